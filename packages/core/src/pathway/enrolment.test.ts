import { describe, expect, it } from 'vitest';
import { enrolmentStatuses, type EnrolmentStatus } from '../vocabulary/enrolment-statuses.ts';
import {
  ENROLMENT_OPEN_STATUSES,
  ENROLMENT_STEPS,
  canRecordOutcome,
  dropReasonFor,
  enrolmentStep,
  isEnrolmentOpen,
  needsReason,
  releasesPlace,
  stepsOpenTo,
  takesPlace,
} from './enrolment.ts';
import { dropReasons } from './vocabularies.ts';
import type { EnrolmentSide, EnrolmentStep } from './types.ts';

const SIDES: readonly EnrolmentSide[] = ['survivor', 'referring', 'provider'];

// Every move the enrolment allows, written out: a change to who may do what shows up here in
// review. Any other (status, step, side) is refused.
const ALLOWED: readonly (readonly [
  EnrolmentStatus,
  EnrolmentStep,
  EnrolmentSide,
  EnrolmentStatus,
])[] = [
  ['proposed', 'interest', 'survivor', 'interested'],
  ['proposed', 'interest', 'referring', 'interested'],
  ['proposed', 'not_interested', 'survivor', 'dropped'],
  ['proposed', 'not_interested', 'referring', 'dropped'],
  ['interested', 'not_interested', 'survivor', 'dropped'],
  ['interested', 'not_interested', 'referring', 'dropped'],
  ['interested', 'refer', 'referring', 'referred'],
  ['referred', 'apply', 'provider', 'applied'],
  ['referred', 'enrol', 'provider', 'enrolled'],
  ['applied', 'enrol', 'provider', 'enrolled'],
  ['enrolled', 'complete', 'provider', 'completed'],
  ['proposed', 'drop', 'referring', 'dropped'],
  ['proposed', 'drop', 'provider', 'dropped'],
  ['interested', 'drop', 'referring', 'dropped'],
  ['interested', 'drop', 'provider', 'dropped'],
  ['referred', 'drop', 'referring', 'dropped'],
  ['referred', 'drop', 'provider', 'dropped'],
  ['applied', 'drop', 'referring', 'dropped'],
  ['applied', 'drop', 'provider', 'dropped'],
  ['enrolled', 'drop', 'referring', 'dropped'],
  ['enrolled', 'drop', 'provider', 'dropped'],
];

const EVERY = enrolmentStatuses.codes.flatMap((status) =>
  ENROLMENT_STEPS.flatMap((step) => SIDES.map((side) => [status, step, side] as const)),
);

describe('enrolment steps', () => {
  it('knows the seven steps', () => {
    expect(ENROLMENT_STEPS).toEqual([
      'interest',
      'not_interested',
      'refer',
      'apply',
      'enrol',
      'complete',
      'drop',
    ]);
  });

  it.each(EVERY)('%s, %s by %s', (status, step, side) => {
    const allowed = ALLOWED.find(([s, t, d]) => s === status && t === step && d === side);
    const sideTakesStep = ALLOWED.some(([, t, d]) => t === step && d === side);
    const decision = enrolmentStep(status, step, side);
    if (allowed !== undefined) expect(decision).toEqual({ ok: true, next: allowed[3] });
    else if (!sideTakesStep) expect(decision).toEqual({ ok: false, reason: 'not_your_step' });
    else expect(decision).toEqual({ ok: false, reason: 'invalid_transition' });
  });

  it('never moves a finished enrolment', () => {
    for (const status of ['completed', 'dropped'] as const) {
      for (const side of SIDES) expect(stepsOpenTo(status, side)).toEqual([]);
    }
  });

  it.each([
    ['proposed', 'survivor', ['interest', 'not_interested']],
    ['proposed', 'referring', ['interest', 'not_interested', 'drop']],
    ['proposed', 'provider', ['drop']],
    ['interested', 'survivor', ['not_interested']],
    ['interested', 'referring', ['not_interested', 'refer', 'drop']],
    ['referred', 'provider', ['apply', 'enrol', 'drop']],
    ['applied', 'provider', ['enrol', 'drop']],
    ['enrolled', 'provider', ['complete', 'drop']],
    ['enrolled', 'survivor', []],
  ] as const)('opens to %s / %s: %j', (status, side, expected) => {
    expect(stepsOpenTo(status, side)).toEqual(expected);
  });

  it('reaches every status from a proposal', () => {
    const reached = new Set<EnrolmentStatus>(['proposed']);
    for (let grew = true; grew;) {
      grew = false;
      for (const [status, step, side] of EVERY) {
        const decision = enrolmentStep(status, step, side);
        if (reached.has(status) && decision.ok && !reached.has(decision.next)) {
          reached.add(decision.next);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...enrolmentStatuses.codes].sort());
  });

  it('keeps the open statuses and the outcome in step with the lifecycle', () => {
    expect(ENROLMENT_OPEN_STATUSES).toEqual([
      'proposed',
      'interested',
      'referred',
      'applied',
      'enrolled',
    ]);
    for (const status of enrolmentStatuses.codes) {
      const open = isEnrolmentOpen(status);
      expect(open).toBe(ENROLMENT_STEPS.some((step) => enrolmentStep(status, step, 'provider').ok));
      expect(canRecordOutcome(status)).toBe(status === 'completed' || status === 'dropped');
      expect(canRecordOutcome(status)).toBe(!open);
    }
  });

  it('takes a place on enrolling, and gives it back on dropping out after', () => {
    expect(ENROLMENT_STEPS.filter(takesPlace)).toEqual(['enrol']);
    const releasing = EVERY.filter(([status, step]) => releasesPlace(status, step));
    expect(new Set(releasing.map(([status, step]) => `${status} ${step}`))).toEqual(
      new Set(['enrolled drop']),
    );
  });
});

describe('drop reasons', () => {
  it('only a drop asks for one', () => {
    expect(ENROLMENT_STEPS.filter(needsReason)).toEqual(['drop']);
  });

  it.each([
    ['drop', 'childcare', { ok: true, dropReason: 'childcare' }],
    ['drop', undefined, { ok: false, refusal: 'reason_required' }],
    ['drop', null, { ok: false, refusal: 'reason_required' }],
    ['drop', 'bored', { ok: false, refusal: 'invalid_reason' }],
    ['not_interested', undefined, { ok: true, dropReason: 'not_interested' }],
    ['not_interested', 'not_interested', { ok: true, dropReason: 'not_interested' }],
    ['not_interested', 'health', { ok: false, refusal: 'unexpected_reason' }],
    ['enrol', undefined, { ok: true, dropReason: null }],
    ['complete', 'other', { ok: false, refusal: 'unexpected_reason' }],
  ] as const)('%s with %s', (step, given, expected) => {
    expect(dropReasonFor(step, given)).toEqual(expected);
  });

  it('accepts every drop reason code', () => {
    for (const code of dropReasons.codes) {
      expect(dropReasonFor('drop', code)).toEqual({ ok: true, dropReason: code });
    }
  });
});
