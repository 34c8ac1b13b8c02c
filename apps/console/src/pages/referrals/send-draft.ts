import type { ContactChannel, ServiceType } from '@sanad/core';
import type {
  CreateReferralInput,
  ProposalView,
  SendReferralInput,
} from '../../api/referral-types.ts';

/**
 * The send dialog as typed: which services to ask of the institution, and how her consent is
 * met — already on record, given now (through a channel), or, in an emergency only, overridden
 * with a reason (the supervisor is alerted).
 */
export interface SendDraft {
  readonly services: readonly ServiceType[];
  readonly consentNow: boolean;
  readonly channel: ContactChannel;
  readonly override: boolean;
  readonly overrideReason: string;
}

/** What the dialog must fix before sending; the keys are the form's (and the server's) fields. */
export type SendProblems = Partial<
  Record<'services' | 'consent' | 'emergencyOverride.reason', 'required'>
>;

export type SendCheck<T> =
  | { readonly ok: true; readonly input: T }
  | { readonly ok: false; readonly problems: SendProblems };

/** Everything the institution covers of her needs is asked by default. */
export function initialSendDraft(proposal: ProposalView, channel: ContactChannel): SendDraft {
  return {
    services: [...proposal.servicesCovered],
    consentNow: false,
    channel,
    override: false,
    overrideReason: '',
  };
}

/** Ticking one way of meeting consent unticks the other: she agrees, or it is overridden. */
export function chooseConsent(draft: SendDraft, way: 'now' | 'override', on: boolean): SendDraft {
  return way === 'now'
    ? { ...draft, consentNow: on, override: on ? false : draft.override }
    : { ...draft, override: on, consentNow: on ? false : draft.consentNow };
}

export function toggleService(draft: SendDraft, service: ServiceType, on: boolean): SendDraft {
  const others = draft.services.filter((code) => code !== service);
  return { ...draft, services: on ? [...others, service] : others };
}

interface ConsentContext {
  /** The server says she already agreed to share with this institution. */
  readonly consentOnRecord: boolean;
  /** Only an emergency may go without her consent. */
  readonly emergency: boolean;
}

/** How her consent is met, for a new referral; problems when it is not. */
function consentPart(
  draft: SendDraft,
  context: ConsentContext,
): SendCheck<Pick<CreateReferralInput, 'consent' | 'emergencyOverride'>> {
  if (context.consentOnRecord) return { ok: true, input: {} };
  if (draft.consentNow) return { ok: true, input: { consent: { channel: draft.channel } } };
  if (draft.override && context.emergency) {
    const reason = draft.overrideReason.trim();
    if (reason === '') return { ok: false, problems: { 'emergencyOverride.reason': 'required' } };
    return { ok: true, input: { emergencyOverride: { reason } } };
  }
  return { ok: false, problems: { consent: 'required' } };
}

/** The body of `POST /cases/:caseId/referrals`, sent at once. */
export function createInputOf(
  draft: SendDraft,
  institutionId: string,
  context: ConsentContext,
): SendCheck<CreateReferralInput> {
  const consent = consentPart(draft, context);
  const problems: SendProblems = consent.ok ? {} : { ...consent.problems };
  if (draft.services.length === 0) problems.services = 'required';
  if (!consent.ok || problems.services) return { ok: false, problems };
  return {
    ok: true,
    input: { institutionId, services: [...draft.services], send: true, ...consent.input },
  };
}

/**
 * The body of `POST /referrals/:id/send` for a draft. Whether consent is on record is the
 * server's to say (409 `consent_required`), so nothing is required here unless the override
 * was chosen, which needs its reason.
 */
export function sendInputOf(
  draft: SendDraft,
  version: number,
  emergency: boolean,
): SendCheck<SendReferralInput> {
  if (draft.consentNow) {
    return { ok: true, input: { version, consent: { channel: draft.channel } } };
  }
  if (draft.override && emergency) {
    const reason = draft.overrideReason.trim();
    if (reason === '') return { ok: false, problems: { 'emergencyOverride.reason': 'required' } };
    return { ok: true, input: { version, emergencyOverride: { reason } } };
  }
  return { ok: true, input: { version } };
}
