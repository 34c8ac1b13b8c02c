import { describe, expect, it } from 'vitest';
import { caseStatuses, type CaseStatus } from '../vocabulary/case-statuses.ts';
import { closingReasons, reopeningReasons } from './closing-reasons.ts';
import { allowedTransitions, decideTransition } from './transitions.ts';

// Every pair of statuses, written out: a change to the lifecycle shows up here in review.
// `reason` is what the transition needs: a closing code, a reopening code, or nothing.
type Row = readonly [from: CaseStatus, to: CaseStatus, expected: 'ok' | 'refused', reason?: string];
const TABLE: readonly Row[] = [
  ['new', 'new', 'refused'],
  ['new', 'in_triage', 'ok'],
  ['new', 'active', 'refused'],
  ['new', 'closed', 'ok', 'duplicate'],
  ['in_triage', 'new', 'refused'],
  ['in_triage', 'in_triage', 'refused'],
  ['in_triage', 'active', 'ok'],
  ['in_triage', 'closed', 'ok', 'out_of_scope'],
  ['active', 'new', 'refused'],
  ['active', 'in_triage', 'refused'],
  ['active', 'active', 'refused'],
  ['active', 'closed', 'ok', 'resolved'],
  ['closed', 'new', 'refused'],
  ['closed', 'in_triage', 'refused'],
  ['closed', 'active', 'ok', 'new_incident'],
  ['closed', 'closed', 'refused', 'resolved'],
];

describe('case lifecycle', () => {
  it('the table covers every pair of statuses', () => {
    const pairs = TABLE.map(([from, to]) => `${from}>${to}`).sort();
    const all = caseStatuses.codes.flatMap((from) =>
      caseStatuses.codes.map((to) => `${from}>${to}`),
    );
    expect(pairs).toEqual(all.sort());
  });

  it.each(TABLE.map(([from, to, expected, reason]) => ({ from, to, expected, reason })))(
    '$from → $to: $expected',
    ({ from, to, expected, reason }) => {
      const decision = decideTransition(from, to, reason);
      expect(decision.ok).toBe(expected === 'ok');
      if (!decision.ok) {
        expect(decision.refusal).toBe(from === to ? 'same_status' : 'not_allowed');
      }
      expect(allowedTransitions(from).includes(to)).toBe(expected === 'ok');
    },
  );

  it('says what kind of transition it is and keeps the reason code', () => {
    expect(decideTransition('new', 'in_triage')).toEqual({
      ok: true,
      kind: 'advance',
      reason: null,
    });
    expect(decideTransition('active', 'closed', 'unreachable')).toEqual({
      ok: true,
      kind: 'close',
      reason: 'unreachable',
    });
    expect(decideTransition('closed', 'active', 'new_contact')).toEqual({
      ok: true,
      kind: 'reopen',
      reason: 'new_contact',
    });
  });

  it.each([
    ['new', 'closed', undefined, 'reason_required'],
    ['in_triage', 'closed', null, 'reason_required'],
    ['active', 'closed', undefined, 'reason_required'],
    ['closed', 'active', undefined, 'reason_required'],
    ['active', 'closed', 'she was fine', 'invalid_reason'],
    ['active', 'closed', 'new_contact', 'invalid_reason'],
    ['closed', 'active', 'resolved', 'invalid_reason'],
    ['new', 'in_triage', 'resolved', 'unexpected_reason'],
    ['in_triage', 'active', 'new_contact', 'unexpected_reason'],
  ] as const)('%s → %s with reason %s is refused: %s', (from, to, reason, refusal) => {
    expect(decideTransition(from, to, reason)).toEqual({ ok: false, refusal });
  });

  it('accepts every closing code to close and every reopening code to reopen', () => {
    for (const code of closingReasons.codes)
      expect(decideTransition('active', 'closed', code).ok).toBe(true);
    for (const code of reopeningReasons.codes)
      expect(decideTransition('closed', 'active', code).ok).toBe(true);
  });

  it('a state conflict wins over a missing reason', () => {
    expect(decideTransition('closed', 'closed')).toEqual({ ok: false, refusal: 'same_status' });
    expect(decideTransition('closed', 'in_triage')).toEqual({ ok: false, refusal: 'not_allowed' });
  });
});
