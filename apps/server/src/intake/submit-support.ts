import type { Db } from '../db/database.ts';
import { intakeDetails } from '../db/schema/index.ts';
import { encryptText, placeOf } from '../platform/crypto/envelope.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { openCase } from './open-case.ts';
import type { SupportBody, SupportCreated } from './schemas.ts';

/**
 * A jobs-and-training request (Kollona Maak's second stream), in the caller's transaction:
 * routine urgency (DOMAIN.md §6.3), placed in her province so the regional team and local
 * opportunities can be matched. Her skills, in her own words, are encrypted under the case key.
 */
export async function submitSupportRequest(
  tx: Db,
  keyring: Keyring,
  body: SupportBody,
  requestId: string,
): Promise<SupportCreated> {
  const phone = body.contact?.phone;
  const opened = await openCase(
    tx,
    keyring,
    {
      kind: 'support_request',
      urgency: 'standard',
      language: body.language,
      provinceCode: body.provinceCode,
      phone,
      withPerson: phone !== undefined,
      reporterIsSurvivor: true,
      consents: { care: body.consents.care, statistics: body.consents.statistics },
      requestId,
    },
    async ({ caseId, caseKey }) => {
      await tx.insert(intakeDetails).values({
        caseId,
        reporter: 'self',
        harms: [],
        contactMethod: body.contact?.method ?? null,
        callWindow: body.contact?.window ?? null,
        sharingConsent: body.consents.sharing,
        seeking: [...new Set(body.seeking)],
        ageBand: body.ageBand,
        schooling: body.schooling ?? null,
        skillsEnc: body.skills
          ? encryptText(caseKey.key, body.skills, placeOf('intake_details', 'skills_enc', caseId))
          : null,
        needsChildcare: body.constraints?.childcare ?? null,
        needsMobility: body.constraints?.mobility ?? null,
      });
    },
  );
  return { trackingCode: opened.trackingCode, secret: opened.secret, status: 'received' };
}
