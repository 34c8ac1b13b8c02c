import { payloadNumber, payloadString, type LiveEvent, type ReferralEvent } from './live-events.ts';

/**
 * What the console puts in front of everyone, on every page, until it is dealt with: an urgent
 * case (a sound and a banner), an urgent case nobody claimed in time (supervisors), a follow-up
 * that fell due, a message from a survivor; and for referrals, an emergency referral received
 * by an institution (a sound and a banner), a referral left overdue (its managers, then the
 * supervisors), a referral sent without her consent (supervisors). Derived from the live
 * events only.
 */
export type Attention =
  | {
      readonly kind: 'urgent';
      readonly key: string;
      readonly caseId: string;
      readonly at: string;
      readonly channel: string | undefined;
      readonly provinceCode: string | undefined;
    }
  | {
      readonly kind: 'unclaimed';
      readonly key: string;
      readonly caseId: string;
      readonly at: string;
      readonly waitingSeconds: number | undefined;
    }
  | {
      readonly kind: 'followup';
      readonly key: string;
      readonly caseId: string;
      readonly dueAt: string;
    }
  | {
      readonly kind: 'message';
      readonly key: string;
      readonly caseId: string;
      readonly at: string;
    }
  | {
      readonly kind: 'referral_urgent';
      readonly key: string;
      readonly referralId: string;
      readonly at: string;
      readonly dueAt: string | undefined;
    }
  | {
      readonly kind: 'referral_overdue';
      readonly key: string;
      readonly referralId: string;
      readonly at: string;
      readonly stage: 'acknowledge' | 'accept';
      readonly escalation: number | undefined;
    }
  | {
      readonly kind: 'referral_override';
      readonly key: string;
      readonly referralId: string;
      readonly at: string;
    };

export type Alarm = Extract<
  Attention,
  { readonly kind: 'urgent' | 'unclaimed' | 'referral_urgent' }
>;

/** Urgent items raise the alarm (sound, counter in the tab title); the others only remind. */
export const isAlarm = (item: Attention): item is Alarm =>
  item.kind === 'urgent' || item.kind === 'unclaimed' || item.kind === 'referral_urgent';

/** A referral past its deadline: shown as loudly as an alarm, without the sound. */
export type Warning = Extract<Attention, { readonly kind: 'referral_overdue' }>;

export const isWarning = (item: Attention): item is Warning => item.kind === 'referral_overdue';

/** The items after one more event: new alerts first, and alerts gone once the case is taken. */
export function applyToAttention(items: readonly Attention[], event: LiveEvent): Attention[] {
  const caseId = event.caseId;
  if (caseId === null) return [...items];
  const others = (kinds: readonly Attention['kind'][]) =>
    items.filter(
      (item) => !('caseId' in item && item.caseId === caseId && kinds.includes(item.kind)),
    );
  switch (event.kind) {
    case 'alert.urgent':
      return [
        {
          kind: 'urgent',
          key: `urgent:${caseId}`,
          caseId,
          at: event.at,
          channel: payloadString(event.payload, 'channel'),
          provinceCode: payloadString(event.payload, 'provinceCode'),
        },
        ...others(['urgent']),
      ];
    case 'alert.unclaimed':
      return [
        {
          kind: 'unclaimed',
          key: `unclaimed:${caseId}`,
          caseId,
          at: event.at,
          waitingSeconds: payloadNumber(event.payload, 'waitingSeconds'),
        },
        ...others(['unclaimed']),
      ];
    case 'followup.due': {
      const followUpId = payloadString(event.payload, 'followUpId') ?? String(event.id);
      const key = `followup:${followUpId}`;
      return [
        { kind: 'followup', key, caseId, dueAt: payloadString(event.payload, 'dueAt') ?? event.at },
        ...items.filter((item) => item.key !== key),
      ];
    }
    case 'message.received':
      return [
        { kind: 'message', key: `message:${caseId}`, caseId, at: event.at },
        ...others(['message']),
      ];
    case 'case.claimed':
      return others(['urgent', 'unclaimed']);
    case 'case.updated': {
      const status = payloadString(event.payload, 'status');
      return status === 'active' || status === 'closed'
        ? others(['urgent', 'unclaimed'])
        : [...items];
    }
    // An opportunity's step, or an outcome to ask for, is shown by the case page and its
    // follow-ups (the follow-up's own reminder raises it when it falls due), not the alarm.
    case 'case.queued':
    case 'case.released':
    case 'enrolment.updated':
    case 'enrolment.outcome_due':
      return [...items];
  }
}

/** The statuses in which a referral still waits on the step a deadline was about. */
const AWAITING: Readonly<Record<'acknowledge' | 'accept', readonly string[]>> = {
  acknowledge: ['sent'],
  accept: ['sent', 'acknowledged'],
};

/**
 * The items after one referral event: an emergency referral received raises the alarm until
 * someone acknowledges it; an overdue referral shows until its step is taken; a referral sent
 * without her consent reminds the supervisors.
 */
export function applyReferralToAttention(
  items: readonly Attention[],
  event: ReferralEvent,
): Attention[] {
  const { referralId } = event;
  const key = (kind: Attention['kind']) => `${kind}:${referralId}`;
  const without = (kind: Attention['kind']) => items.filter((item) => item.key !== key(kind));
  switch (event.kind) {
    case 'referral.received':
      if (payloadString(event.payload, 'urgency') !== 'emergency') return [...items];
      return [
        {
          kind: 'referral_urgent',
          key: key('referral_urgent'),
          referralId,
          at: event.at,
          dueAt: payloadString(event.payload, 'acknowledgeDueAt'),
        },
        ...without('referral_urgent'),
      ];
    case 'referral.overdue': {
      const stage = payloadString(event.payload, 'stage') === 'accept' ? 'accept' : 'acknowledge';
      return [
        {
          kind: 'referral_overdue',
          key: key('referral_overdue'),
          referralId,
          at: event.at,
          stage,
          escalation: payloadNumber(event.payload, 'escalation'),
        },
        ...without('referral_overdue'),
      ];
    }
    case 'referral.override':
      return [
        { kind: 'referral_override', key: key('referral_override'), referralId, at: event.at },
        ...without('referral_override'),
      ];
    case 'referral.updated': {
      const status = payloadString(event.payload, 'status');
      if (status === undefined) return [...items];
      return items.filter((item) => {
        if (item.key === key('referral_urgent')) return status === 'sent';
        if (item.key === key('referral_overdue') && item.kind === 'referral_overdue') {
          return AWAITING[item.stage].includes(status);
        }
        return true;
      });
    }
  }
}

/** "(2) Sanad — console": a neutral count, never a word that says what the alerts are about. */
export function titleWithCount(title: string, alarms: number): string {
  return alarms > 0 ? `(${alarms}) ${title}` : title;
}
