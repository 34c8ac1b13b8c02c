import type { AreaType, CallOutcome, ContactChannel, ContactType, UrgencyLevel } from '@sanad/core';
import type { LogContactInput } from '../../api/call-types.ts';
import type { ContactDirection } from '../../api/case-types.ts';
import type { CaseKind } from '../../api/queue-types.ts';
import { fromLocalInput } from '../../helpline-format.ts';

/** Where the call goes: logged on its own, added to a case, or opening a new one. */
export type Destination = 'none' | 'existing' | 'new';

/** The call form as typed; '' for "not said". */
export interface CallDraft {
  readonly direction: ContactDirection;
  readonly channel: ContactChannel;
  readonly type: ContactType | '';
  readonly phone: string;
  readonly durationSeconds: string;
  readonly notes: string;
  readonly outcome: CallOutcome | '';
  /** Logged after the call: `occurredAt` (datetime-local) says when it happened. */
  readonly afterTheFact: boolean;
  readonly occurredAt: string;
  readonly destination: Destination;
  readonly caseId: string;
  readonly caseReference: string;
  readonly newCase: {
    readonly kind: CaseKind;
    readonly urgency: UrgencyLevel;
    readonly provinceCode: string;
    readonly areaType: AreaType | '';
  };
}

export const blankCall = (caseId = '', caseReference = ''): CallDraft => ({
  direction: 'inbound',
  channel: 'phone',
  type: '',
  phone: '',
  durationSeconds: '',
  notes: '',
  outcome: '',
  afterTheFact: false,
  occurredAt: '',
  destination: caseId === '' ? 'none' : 'existing',
  caseId,
  caseReference,
  newCase: { kind: 'violence_report', urgency: 'standard', provinceCode: '', areaType: '' },
});

/** Problems found before sending, keyed by field (empty when the draft can be sent). */
export function checkCall(draft: CallDraft): Record<string, 'required' | 'invalid'> {
  const problems: Record<string, 'required' | 'invalid'> = {};
  if (draft.type === '') problems['type'] = 'required';
  if (draft.durationSeconds !== '' && !/^\d+$/.test(draft.durationSeconds.trim())) {
    problems['durationSeconds'] = 'invalid';
  }
  if (draft.afterTheFact && fromLocalInput(draft.occurredAt) === undefined) {
    problems['occurredAt'] = 'required';
  }
  if (draft.destination === 'existing' && draft.caseId === '') problems['caseId'] = 'required';
  return problems;
}

/** The request body: only what was said. Call after `checkCall` found nothing. */
export function contactInputOf(draft: CallDraft): LogContactInput {
  const notes = draft.notes.trim();
  const phone = draft.phone.trim();
  const occurredAt = draft.afterTheFact ? fromLocalInput(draft.occurredAt) : undefined;
  const duration = draft.durationSeconds.trim();
  const newCase = draft.newCase;
  return {
    direction: draft.direction,
    channel: draft.channel,
    type: draft.type === '' ? 'other' : draft.type,
    ...(phone === '' ? {} : { phone }),
    ...(occurredAt === undefined ? {} : { occurredAt }),
    ...(duration === '' ? {} : { durationSeconds: Number.parseInt(duration, 10) }),
    ...(notes === '' ? {} : { notes }),
    ...(draft.outcome === '' ? {} : { outcome: draft.outcome }),
    ...(draft.destination === 'existing' ? { caseId: draft.caseId } : {}),
    ...(draft.destination === 'new'
      ? {
          openCase: {
            kind: newCase.kind,
            urgency: newCase.urgency,
            ...(newCase.provinceCode === '' ? {} : { provinceCode: newCase.provinceCode }),
            ...(newCase.areaType === '' ? {} : { areaType: newCase.areaType }),
          },
        }
      : {}),
  };
}
