import { describe, expect, it } from 'vitest';
import {
  applyReferralToAttention,
  applyToAttention,
  isAlarm,
  isWarning,
  titleWithCount,
  type Attention,
} from './attention.ts';
import type { LiveEvent, LiveEventKind, ReferralEvent, ReferralEventKind } from './live-events.ts';

const event = (
  kind: LiveEventKind,
  caseId: string,
  payload: Record<string, unknown> = {},
): LiveEvent => ({ id: 1, kind, caseId, at: '2026-11-22T10:00:00Z', payload });

const referralEvent = (
  kind: ReferralEventKind,
  referralId: string,
  payload: Record<string, unknown> = {},
): ReferralEvent => ({
  id: 2,
  kind,
  caseId: null,
  referralId,
  at: '2026-11-22T10:00:00Z',
  payload: { referralId, ...payload },
});

const caseOf = (item: Attention) => ('caseId' in item ? item.caseId : undefined);
const referralOf = (item: Attention) => ('referralId' in item ? item.referralId : undefined);

describe('attention', () => {
  it('raises an alarm for an urgent case and lowers it once someone takes it', () => {
    let items: Attention[] = applyToAttention([], event('alert.urgent', 'a'));
    items = applyToAttention(items, event('alert.urgent', 'b'));
    expect(items.filter(isAlarm).map(caseOf)).toEqual(['b', 'a']);
    items = applyToAttention(
      items,
      event('case.claimed', 'a', { claimedBy: { id: 'x', name: 'S' } }),
    );
    expect(items.map(caseOf)).toEqual(['b']);
  });

  it('keeps one alert per case, and reminders apart from alarms', () => {
    let items = applyToAttention([], event('alert.unclaimed', 'a', { waitingSeconds: 120 }));
    items = applyToAttention(items, event('alert.unclaimed', 'a', { waitingSeconds: 240 }));
    items = applyToAttention(items, event('followup.due', 'a', { followUpId: 'f', dueAt: 'x' }));
    expect(items.map((item) => item.kind)).toEqual(['followup', 'unclaimed']);
    expect(items.filter(isAlarm)).toHaveLength(1);
  });

  it('counts alarms in neutral words in the tab title', () => {
    expect(titleWithCount('Sanad — console', 0)).toBe('Sanad — console');
    expect(titleWithCount('Sanad — console', 2)).toBe('(2) Sanad — console');
  });
});

describe('attention to referrals', () => {
  it('raises the alarm for an emergency referral received, until it is acknowledged', () => {
    let items = applyReferralToAttention(
      [],
      referralEvent('referral.received', 'r1', {
        urgency: 'emergency',
        acknowledgeDueAt: '2026-11-22T10:15:00Z',
      }),
    );
    items = applyReferralToAttention(
      items,
      referralEvent('referral.received', 'r2', { urgency: 'high' }),
    );
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'referral_urgent',
        referralId: 'r1',
        dueAt: '2026-11-22T10:15:00Z',
      }),
    ]);
    expect(items.filter(isAlarm)).toHaveLength(1);
    const stillSent = applyReferralToAttention(
      items,
      referralEvent('referral.updated', 'r1', { status: 'sent' }),
    );
    expect(stillSent).toHaveLength(1);
    const acknowledged = applyReferralToAttention(
      items,
      referralEvent('referral.updated', 'r1', { status: 'acknowledged' }),
    );
    expect(acknowledged).toEqual([]);
  });

  it('shows an overdue referral until the awaited step is taken, without sounding', () => {
    let items = applyReferralToAttention(
      [],
      referralEvent('referral.overdue', 'r1', { stage: 'accept', escalation: 1 }),
    );
    items = applyReferralToAttention(
      items,
      referralEvent('referral.overdue', 'r1', { stage: 'accept', escalation: 2 }),
    );
    expect(items).toEqual([
      expect.objectContaining({ kind: 'referral_overdue', stage: 'accept', escalation: 2 }),
    ]);
    expect(items.filter(isAlarm)).toEqual([]);
    expect(items.filter(isWarning)).toHaveLength(1);
    expect(
      applyReferralToAttention(
        items,
        referralEvent('referral.updated', 'r1', { status: 'acknowledged' }),
      ),
    ).toHaveLength(1);
    expect(
      applyReferralToAttention(
        items,
        referralEvent('referral.updated', 'r1', { status: 'declined' }),
      ),
    ).toEqual([]);
  });

  it('reminds the supervisors of a referral sent without consent', () => {
    const items = applyReferralToAttention([], referralEvent('referral.override', 'r9'));
    expect(items.map((item) => [item.kind, referralOf(item)])).toEqual([
      ['referral_override', 'r9'],
    ]);
    expect(items.filter(isAlarm)).toEqual([]);
    expect(items.filter(isWarning)).toEqual([]);
  });

  it('leaves case alerts alone', () => {
    const items = applyToAttention([], event('alert.urgent', 'a'));
    const after = applyReferralToAttention(
      items,
      referralEvent('referral.updated', 'r1', { status: 'completed' }),
    );
    expect(after.map(caseOf)).toEqual(['a']);
  });
});
