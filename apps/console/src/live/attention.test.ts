import { describe, expect, it } from 'vitest';
import { applyToAttention, isAlarm, titleWithCount, type Attention } from './attention.ts';
import type { LiveEvent, LiveEventKind } from './live-events.ts';

const event = (
  kind: LiveEventKind,
  caseId: string,
  payload: Record<string, unknown> = {},
): LiveEvent => ({ id: 1, kind, caseId, at: '2026-11-22T10:00:00Z', payload });

describe('attention', () => {
  it('raises an alarm for an urgent case and lowers it once someone takes it', () => {
    let items: Attention[] = applyToAttention([], event('alert.urgent', 'a'));
    items = applyToAttention(items, event('alert.urgent', 'b'));
    expect(items.filter(isAlarm).map((item) => item.caseId)).toEqual(['b', 'a']);
    items = applyToAttention(
      items,
      event('case.claimed', 'a', { claimedBy: { id: 'x', name: 'S' } }),
    );
    expect(items.map((item) => item.caseId)).toEqual(['b']);
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
