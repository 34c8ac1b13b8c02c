import { describe, expect, it } from 'vitest';
import { referralStatuses, type ReferralStatus } from '../vocabulary/referral-statuses.ts';
import {
  allowedReferralTransitions,
  canSend,
  decideReferralTransition,
  isFinalReferralStatus,
  referralStepTakenBy,
} from './lifecycle.ts';

type Side = 'helpline' | 'institution';
// Every allowed step, with who takes it and what it needs; every other pair is refused.
const STEPS: readonly (readonly [
  ReferralStatus,
  ReferralStatus,
  Side,
  'reason' | 'note' | null,
])[] = [
  ['draft', 'sent', 'helpline', null],
  ['draft', 'revoked', 'helpline', 'reason'],
  ['sent', 'acknowledged', 'institution', null],
  ['sent', 'revoked', 'helpline', 'reason'],
  ['acknowledged', 'accepted', 'institution', null],
  ['acknowledged', 'declined', 'institution', 'reason'],
  ['acknowledged', 'revoked', 'helpline', 'reason'],
  ['accepted', 'in_progress', 'institution', null],
  ['accepted', 'revoked', 'helpline', 'reason'],
  ['in_progress', 'completed', 'institution', 'note'],
  ['in_progress', 'revoked', 'helpline', 'reason'],
];

const other = (side: Side): Side => (side === 'helpline' ? 'institution' : 'helpline');
const PAIRS = referralStatuses.codes.flatMap((from) =>
  referralStatuses.codes.map((to) => [from, to] as const),
);

describe('referral lifecycle', () => {
  it.each(PAIRS)('%s → %s', (from, to) => {
    const step = STEPS.find(([f, t]) => f === from && t === to);
    if (step === undefined) {
      for (const side of ['helpline', 'institution'] as const) {
        const decision = decideReferralTransition(from, to, { side, reason: 'x', note: 'y' });
        expect(decision).toEqual({
          ok: false,
          refusal: from === to ? 'same_status' : 'not_allowed',
        });
      }
      expect(referralStepTakenBy(from, to)).toBeNull();
      expect(allowedReferralTransitions(from)).not.toContain(to);
      return;
    }
    const [, , side, needs] = step;
    const full = {
      side,
      reason: needs === 'reason' ? '  moved away ' : null,
      note: needs === 'note' ? 'done' : null,
    };
    expect(decideReferralTransition(from, to, full)).toEqual({
      ok: true,
      reason: needs === 'reason' ? 'moved away' : null,
      note: needs === 'note' ? 'done' : null,
    });
    expect(decideReferralTransition(from, to, { ...full, side: other(side) })).toEqual({
      ok: false,
      refusal: 'wrong_side',
    });
    if (needs === 'reason') {
      expect(decideReferralTransition(from, to, { side, reason: '   ' })).toEqual({
        ok: false,
        refusal: 'reason_required',
      });
    } else {
      expect(decideReferralTransition(from, to, { ...full, reason: 'why' })).toEqual({
        ok: false,
        refusal: 'unexpected_reason',
      });
    }
    if (needs === 'note') {
      expect(decideReferralTransition(from, to, { side })).toEqual({
        ok: false,
        refusal: 'note_required',
      });
    } else {
      expect(decideReferralTransition(from, to, { ...full, note: 'hi' })).toEqual({
        ok: false,
        refusal: 'unexpected_note',
      });
    }
    expect(referralStepTakenBy(from, to)).toBe(side);
    expect(allowedReferralTransitions(from, side)).toContain(to);
    expect(allowedReferralTransitions(from, other(side))).not.toContain(to);
  });

  it('ends at declined, completed and revoked', () => {
    expect(referralStatuses.codes.filter(isFinalReferralStatus)).toEqual([
      'declined',
      'completed',
      'revoked',
    ]);
  });
});

describe('consent gate', () => {
  it.each([
    [{ sharingConsentGranted: true }, { ok: true, override: false, alertSupervisor: false }],
    [
      { sharingConsentGranted: true, emergencyOverride: { reason: 'x' } },
      { ok: true, override: false, alertSupervisor: false },
    ],
    [{ sharingConsentGranted: false }, { ok: false, refusal: 'consent_required' }],
    [
      { sharingConsentGranted: false, emergencyOverride: null },
      { ok: false, refusal: 'consent_required' },
    ],
    [
      { sharingConsentGranted: false, emergencyOverride: { reason: '  ' } },
      { ok: false, refusal: 'override_reason_required' },
    ],
    [
      {
        sharingConsentGranted: false,
        emergencyOverride: { reason: ' unconscious, partner armed ' },
      },
      { ok: true, override: true, alertSupervisor: true, reason: 'unconscious, partner armed' },
    ],
  ])('%j', (request, expected) => {
    expect(canSend(request)).toEqual(expected);
  });
});
