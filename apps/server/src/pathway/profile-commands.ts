import { missingProfileFields, type Actor } from '@sanad/core';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import { withKeys } from '../cases/key-box.ts';
import { AppError } from '../platform/errors.ts';
import type { ReferralRequest } from '../referrals/context.ts';
import type { PathwayOptions } from './commands.ts';
import { caseForPathway } from './matches.ts';
import { plainProfile, readProfile, saveProfile, type ProfileState } from './profile.ts';
import type { ProfileBody } from './schemas.ts';

const viewOf = (state: ProfileState) => ({
  ...state,
  profile: plainProfile(state.profile),
  missing: [...missingProfileFields(state.profile)],
});

/** Her profile of needs, for the case's referring side (audited: it is about her). */
export async function readCaseProfile(
  options: PathwayOptions,
  actor: Actor,
  caseId: string,
  request: ReferralRequest,
) {
  return options.db.transaction(async (tx) => {
    const loaded = await caseForPathway(tx, actor, 'enrolment.read', caseId, request, false);
    const state = await withKeys(tx, options.keyring, (box) => readProfile(tx, box, loaded.row));
    await recordAudit(tx, {
      action: 'economic_profile.viewed',
      actor: auditActorOf(actor),
      recordType: 'economic_profile',
      recordId: caseId,
      caseId,
      requestId: request.id,
    });
    return viewOf(state);
  });
}

/**
 * Saves her profile with the version read (409 `stale_version` with the current one). The audit
 * keeps which fields were set — codes only; her skills, in her words, never leave the sealed
 * column.
 */
export async function updateCaseProfile(
  options: PathwayOptions,
  actor: Actor,
  caseId: string,
  body: ProfileBody,
  request: ReferralRequest,
) {
  return options.db.transaction(async (tx) => {
    const loaded = await caseForPathway(tx, actor, 'enrolment.propose', caseId, request, true);
    if (loaded.row.status === 'closed') throw new AppError('invalid_transition');
    return withKeys(tx, options.keyring, async (box) => {
      await saveProfile(tx, box, actor, loaded.row, body, new Date());
      await recordAudit(tx, {
        action: 'economic_profile.updated',
        actor: auditActorOf(actor),
        recordType: 'economic_profile',
        recordId: caseId,
        caseId,
        requestId: request.id,
        diff: {
          seeking: body.seeking,
          provinceCode: body.provinceCode,
          mobility: body.mobility,
          needsChildcare: body.needsChildcare,
          skillsGiven: body.skills !== null && body.skills !== '',
        },
      });
      return viewOf(await readProfile(tx, box, loaded.row));
    });
  });
}
