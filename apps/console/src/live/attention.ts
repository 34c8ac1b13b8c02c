import { payloadNumber, payloadString, type LiveEvent } from './live-events.ts';

/**
 * What the console puts in front of everyone, on every page, until it is dealt with: an urgent
 * case (a sound and a banner), an urgent case nobody claimed in time (supervisors), a follow-up
 * that fell due, a message from a survivor. Derived from the live events only.
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
    };

export type Alarm = Extract<Attention, { readonly kind: 'urgent' | 'unclaimed' }>;

/** Urgent items raise the alarm (sound, counter in the tab title); the others only remind. */
export const isAlarm = (item: Attention): item is Alarm =>
  item.kind === 'urgent' || item.kind === 'unclaimed';

/** The items after one more event: new alerts first, and alerts gone once the case is taken. */
export function applyToAttention(items: readonly Attention[], event: LiveEvent): Attention[] {
  const caseId = event.caseId;
  if (caseId === null) return [...items];
  const others = (kinds: readonly Attention['kind'][]) =>
    items.filter((item) => !(item.caseId === caseId && kinds.includes(item.kind)));
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
    case 'case.queued':
    case 'case.released':
      return [...items];
  }
}

/** "(2) Sanad — console": a neutral count, never a word that says what the alerts are about. */
export function titleWithCount(title: string, alarms: number): string {
  return alarms > 0 ? `(${alarms}) ${title}` : title;
}
