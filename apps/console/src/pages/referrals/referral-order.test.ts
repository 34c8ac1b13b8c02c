import { describe, expect, it } from 'vitest';
import { proposalFixture, referralFixture } from './referral-fixture.ts';
import {
  firstProposals,
  inboxTabOf,
  isLiveReferral,
  sortClosed,
  sortNewestFirst,
  sortOpen,
  statusChanges,
  upsertReferral,
} from './referral-order.ts';

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
const now = Date.parse('2026-11-22T12:00:00Z');

describe('the inbox order', () => {
  it('puts the nearest (or most overdue) deadline first, then the work under way', () => {
    const list = [
      referralFixture({ id: 'underway', status: 'in_progress', sentAt: '2026-11-20T09:00:00Z' }),
      referralFixture({ id: 'later', acknowledgeDueAt: '2026-11-24T09:00:00Z' }),
      referralFixture({ id: 'overdue', acknowledgeDueAt: '2026-11-22T11:00:00Z' }),
      referralFixture({
        id: 'accept-soon',
        status: 'acknowledged',
        acceptDueAt: '2026-11-22T12:10:00Z',
      }),
      referralFixture({ id: 'accepted', status: 'accepted', sentAt: '2026-11-19T09:00:00Z' }),
    ];
    expect(ids(sortOpen(list, now))).toEqual([
      'overdue',
      'accept-soon',
      'later',
      'accepted',
      'underway',
    ]);
  });

  it('breaks a tie in deadlines in favour of the emergency', () => {
    const due = '2026-11-22T12:30:00Z';
    const list = [
      referralFixture({ id: 'b', urgency: 'medium', acknowledgeDueAt: due }),
      referralFixture({ id: 'a', urgency: 'emergency', acknowledgeDueAt: due }),
    ];
    expect(ids(sortOpen(list, now))).toEqual(['a', 'b']);
  });

  it('lists closed referrals by when they ended, the latest first', () => {
    const list = [
      referralFixture({ id: 'old', status: 'completed', completedAt: '2026-11-01T09:00:00Z' }),
      referralFixture({ id: 'new', status: 'declined', declinedAt: '2026-11-21T09:00:00Z' }),
      referralFixture({ id: 'mid', status: 'revoked', revokedAt: '2026-11-10T09:00:00Z' }),
    ];
    expect(ids(sortClosed(list))).toEqual(['new', 'mid', 'old']);
  });

  it('sorts a case’s referrals newest first', () => {
    const list = [
      referralFixture({ id: 'first', createdAt: '2026-11-22T10:00:00Z' }),
      referralFixture({ id: 'second', createdAt: '2026-11-22T10:01:00Z' }),
    ];
    expect(ids(sortNewestFirst(list))).toEqual(['second', 'first']);
  });

  it('files each status under its tab', () => {
    expect(inboxTabOf('sent')).toBe('open');
    expect(inboxTabOf('in_progress')).toBe('open');
    expect(inboxTabOf('completed')).toBe('closed');
    expect(inboxTabOf('draft')).toBeUndefined();
    expect(isLiveReferral('draft')).toBe(true);
    expect(isLiveReferral('accepted')).toBe(true);
    expect(isLiveReferral('declined')).toBe(false);
  });
});

describe('keeping a list current', () => {
  it('replaces a referral in place, or adds a new one first', () => {
    const list = [referralFixture({ id: 'a' }), referralFixture({ id: 'b' })];
    const changed = upsertReferral(list, referralFixture({ id: 'b', status: 'acknowledged' }));
    expect(changed.map((item) => [item.id, item.status])).toEqual([
      ['a', 'sent'],
      ['b', 'acknowledged'],
    ]);
    expect(ids(upsertReferral(list, referralFixture({ id: 'c' })))).toEqual(['c', 'a', 'b']);
  });

  it('finds the referrals whose status moved between two reads', () => {
    const before = [referralFixture({ id: 'a' }), referralFixture({ id: 'b' })];
    const after = [
      referralFixture({ id: 'a', status: 'completed', noteBack: 'Accompanied to court.' }),
      referralFixture({ id: 'b' }),
      referralFixture({ id: 'c', status: 'sent' }),
    ];
    expect(ids(statusChanges(before, after))).toEqual(['a']);
  });
});

describe('the proposals shown first', () => {
  it('keeps the first five, every local one and those referred; others wait', () => {
    const proposal = (
      id: string,
      territory: 'province' | 'region' | 'elsewhere',
      referred = false,
    ) =>
      proposalFixture({
        institution: { ...proposalFixture().institution, id },
        territory,
        alreadyReferred: referred,
      });
    const list = [
      proposal('a', 'province'),
      proposal('b', 'province'),
      proposal('c', 'elsewhere'),
      proposal('d', 'elsewhere'),
      proposal('e', 'elsewhere'),
      proposal('f', 'elsewhere'),
      proposal('g', 'region'),
      proposal('h', 'elsewhere', true),
      proposal('i', 'elsewhere'),
    ];
    expect(firstProposals(list).map((item) => item.institution.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'g',
      'h',
    ]);
  });
});
