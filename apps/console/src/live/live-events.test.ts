import { describe, expect, it } from 'vitest';
import { parseLiveEvent, parseReferralEvent } from './live-events.ts';

const line = (value: unknown) => JSON.stringify(value);

describe('referral events', () => {
  it('reads the documented shape, with the referral it is about', () => {
    expect(
      parseReferralEvent(
        line({
          id: 12,
          kind: 'referral.received',
          caseId: 'c1',
          at: '2026-11-22T10:00:00Z',
          payload: {
            referralId: 'r1',
            urgency: 'emergency',
            acknowledgeDueAt: '2026-11-22T10:15:00Z',
          },
        }),
      ),
    ).toEqual({
      id: 12,
      kind: 'referral.received',
      caseId: 'c1',
      referralId: 'r1',
      at: '2026-11-22T10:00:00Z',
      payload: {
        referralId: 'r1',
        urgency: 'emergency',
        acknowledgeDueAt: '2026-11-22T10:15:00Z',
      },
    });
  });

  it('accepts an event that names no case', () => {
    const event = parseReferralEvent(
      line({ id: 3, kind: 'referral.override', at: 'x', payload: { referralId: 'r2' } }),
    );
    expect(event?.caseId).toBeNull();
  });

  it.each([
    ['no referral id', { id: 1, kind: 'referral.updated', at: 'x', payload: { status: 'sent' } }],
    ['a case kind', { id: 1, kind: 'case.queued', at: 'x', payload: { referralId: 'r' } }],
    ['an unknown kind', { id: 1, kind: 'referral.deleted', at: 'x', payload: { referralId: 'r' } }],
    ['no id', { kind: 'referral.updated', at: 'x', payload: { referralId: 'r' } }],
    ['a numeric case', { id: 1, kind: 'referral.updated', caseId: 7, at: 'x', payload: {} }],
  ])('drops an event with %s', (_label, raw) => {
    expect(parseReferralEvent(line(raw))).toBeUndefined();
  });

  it('never reads a referral event as a case event', () => {
    expect(
      parseLiveEvent(line({ id: 1, kind: 'referral.updated', caseId: null, at: 'x', payload: {} })),
    ).toBeUndefined();
  });
});
