// What the console hears on `GET /api/v1/console/events`. Payloads hold codes, ids and times
// only (never a name she gave, a number or a word she wrote); the claimant's name in
// `case.claimed` is staff data. Each event is checked here before any screen uses it.

export const LIVE_EVENT_KINDS = [
  'case.queued',
  'alert.urgent',
  'case.claimed',
  'case.released',
  'case.updated',
  'alert.unclaimed',
  'followup.due',
  'message.received',
  /** Her path through an opportunity moved (`{ enrolmentId, status }` or `{ outcome }`). */
  'enrolment.updated',
  /** Three or six months after she completed one: ask her what came of it. */
  'enrolment.outcome_due',
] as const;

export type LiveEventKind = (typeof LIVE_EVENT_KINDS)[number];

export type LivePayload = Readonly<Record<string, unknown>>;

export interface LiveEvent {
  readonly id: number;
  readonly kind: LiveEventKind;
  readonly caseId: string | null;
  readonly at: string;
  readonly payload: LivePayload;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isKind(value: unknown): value is LiveEventKind {
  return (LIVE_EVENT_KINDS as readonly unknown[]).includes(value);
}

function parseJson(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}

/** One event's `data` line, or `undefined` when it does not have the documented shape. */
export function parseLiveEvent(data: string): LiveEvent | undefined {
  const raw = parseJson(data);
  if (!isRecord(raw)) return undefined;
  const { id, kind, caseId, at, payload } = raw;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || !isKind(kind)) return undefined;
  if (caseId !== null && typeof caseId !== 'string') return undefined;
  if (typeof at !== 'string') return undefined;
  return { id, kind, caseId, at, payload: isRecord(payload) ? payload : {} };
}

/**
 * Referral events (issue #6): `referral.received` (the receiving institution: `{ referralId,
 * urgency, acknowledgeDueAt }`), `referral.updated` (both sides: `{ referralId, status }`),
 * `referral.overdue` (managers, then supervisors: `{ referralId, stage, escalation }`) and
 * `referral.override` (supervisors: `{ referralId }`, sent without her consent). They are about
 * a referral rather than a case in the queue, so they travel apart from the case events.
 */
export const REFERRAL_EVENT_KINDS = [
  'referral.received',
  'referral.updated',
  'referral.overdue',
  'referral.override',
] as const;

export type ReferralEventKind = (typeof REFERRAL_EVENT_KINDS)[number];

export interface ReferralEvent {
  readonly id: number;
  readonly kind: ReferralEventKind;
  /** The case referred, when the server names it. */
  readonly caseId: string | null;
  readonly referralId: string;
  readonly at: string;
  readonly payload: LivePayload;
}

function isReferralKind(value: unknown): value is ReferralEventKind {
  return (REFERRAL_EVENT_KINDS as readonly unknown[]).includes(value);
}

/** A referral event's `data` line, or `undefined` when it lacks the documented shape. */
export function parseReferralEvent(data: string): ReferralEvent | undefined {
  const raw = parseJson(data);
  if (!isRecord(raw)) return undefined;
  const { id, kind, caseId, at, payload } = raw;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || !isReferralKind(kind)) {
    return undefined;
  }
  if (caseId !== undefined && caseId !== null && typeof caseId !== 'string') return undefined;
  if (typeof at !== 'string' || !isRecord(payload)) return undefined;
  const referralId = payload['referralId'];
  if (typeof referralId !== 'string' || referralId === '') return undefined;
  return { id, kind, caseId: caseId ?? null, referralId, at, payload };
}

/** The `ready` event's `data`: the id of the last event replayed (or the newest one). */
export function parseReady(data: string): number | undefined {
  const raw = parseJson(data);
  if (!isRecord(raw)) return undefined;
  const { lastEventId } = raw;
  return typeof lastEventId === 'number' && Number.isSafeInteger(lastEventId)
    ? lastEventId
    : undefined;
}

/** A payload field as a string, when it is one. */
export function payloadString(payload: LivePayload, key: string): string | undefined {
  const value = payload[key];
  return typeof value === 'string' ? value : undefined;
}

export function payloadNumber(payload: LivePayload, key: string): number | undefined {
  const value = payload[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** `case.claimed`'s claimant: `{ id, name }`. */
export function payloadStaff(
  payload: LivePayload,
  key: string,
): { readonly id: string; readonly name: string } | undefined {
  const value = payload[key];
  if (!isRecord(value)) return undefined;
  const { id, name } = value;
  return typeof id === 'string' && typeof name === 'string' ? { id, name } : undefined;
}
