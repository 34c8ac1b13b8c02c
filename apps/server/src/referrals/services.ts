import { canRespondToReferral, type Actor, type ServiceType } from '@sanad/core';
import { serviceRecords } from '../db/schema/index.ts';
import { placeOf } from '../platform/crypto/envelope.ts';
import { AppError, invalidField } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { tellReferringSide } from './announce.ts';
import { onReferral } from './commands.ts';
import {
  saveReferral,
  staleReferral,
  type ReferralOptions,
  type ReferralRequest,
} from './context.ts';
import { applyStep } from './steps.ts';
import type { ReferralView } from './schemas.ts';

export interface ServiceInput {
  readonly serviceType: ServiceType;
  readonly startedOn: string;
  readonly endedOn?: string | undefined;
  readonly notes?: string | undefined;
  readonly version: number;
}

/**
 * The receiving institution records a service it delivered — shelter (with its dates),
 * listening, orientation, accompaniment, economic support (Law 65.15), legal, medical,
 * psychological — with dates and an encrypted note. Recording the first service on an accepted
 * referral starts the work (`in_progress`): the institution does not have to say it twice.
 */
export async function recordService(
  options: ReferralOptions,
  actor: Actor,
  referralId: string,
  input: ServiceInput,
  request: ReferralRequest,
): Promise<ReferralView> {
  return onReferral(
    options,
    actor,
    referralId,
    request,
    ({ row }) => canRespondToReferral(actor, 'referral.read', row),
    async (work, { row }) => {
      if (!canRespondToReferral(actor, 'referral.record_service', row)) {
        throw new AppError('forbidden');
      }
      if (row.version !== input.version) throw staleReferral(row.version);
      if (row.status !== 'accepted' && row.status !== 'in_progress') {
        throw new AppError('invalid_transition');
      }
      if (input.endedOn !== undefined && input.endedOn < input.startedOn) {
        throw invalidField('body.endedOn', 'invalid');
      }
      const id = newId();
      await work.tx.insert(serviceRecords).values({
        id,
        referralId: row.id,
        caseId: row.caseId,
        institutionId: row.institutionId,
        serviceType: input.serviceType,
        startedOn: input.startedOn,
        endedOn: input.endedOn ?? null,
        notesEnc:
          input.notes === undefined
            ? null
            : await work.box.sealText(
                work.kase.dataKeyId,
                input.notes,
                placeOf('service_records', 'notes_enc', id),
              ),
        recordedBy: actor.id,
      });
      await work.audit({
        action: 'service.recorded',
        recordType: 'service_record',
        recordId: id,
        diff: { referralId: row.id, serviceType: input.serviceType },
      });
      if (row.status === 'accepted') {
        return applyStep(work, row, 'in_progress', { reason: null, note: null });
      }
      const saved = await saveReferral(work.tx, row, {}, work.now);
      await tellReferringSide(work.tx, saved, work.kase, 'referral.updated', {
        status: saved.status,
      });
      return saved;
    },
  );
}
