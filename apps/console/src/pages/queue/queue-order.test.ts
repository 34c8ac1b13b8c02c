import { describe, expect, it } from 'vitest';
import type { QueueItem } from '../../api/queue-types.ts';
import type { LiveEvent } from '../../live/live-events.ts';
import { applyToQueue, sortQueue } from './queue-order.ts';

const item = (caseId: string, urgency: QueueItem['urgency'], createdAt: string): QueueItem => ({
  caseId,
  reference: `R-${caseId}`,
  kind: 'violence_report',
  urgency,
  status: 'new',
  channel: 'app',
  provinceCode: null,
  regionCode: null,
  createdAt,
  waitingSeconds: 0,
  claimedBy: null,
  claimedAt: null,
  version: 1,
});

const event = (kind: LiveEvent['kind'], caseId: string, payload = {}): LiveEvent => ({
  id: 9,
  kind,
  caseId,
  at: '2026-11-22T10:00:00Z',
  payload,
});

describe('queue order', () => {
  it('puts urgent first, then the longest waiting', () => {
    const sorted = sortQueue([
      item('a', 'standard', '2026-01-01T08:00:00Z'),
      item('b', 'emergency', '2026-01-01T09:00:00Z'),
      item('c', 'high', '2026-01-01T07:00:00Z'),
      item('d', 'emergency', '2026-01-01T08:30:00Z'),
    ]);
    expect(sorted.map((i) => i.caseId)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('shows claims at once, fetches unknown cases, drops cases that left triage', () => {
    const items = [item('a', 'high', '2026-01-01T08:00:00Z')];
    const claimed = applyToQueue(
      items,
      event('case.claimed', 'a', { claimedBy: { id: 's', name: 'Salma' } }),
    );
    expect(claimed.items[0]?.claimedBy).toEqual({ id: 's', name: 'Salma' });
    expect(claimed.refetch).toBe(false);
    expect(applyToQueue(claimed.items, event('case.released', 'a')).items[0]?.claimedBy).toBe(null);
    expect(applyToQueue(items, event('case.queued', 'z')).refetch).toBe(true);
    expect(applyToQueue(items, event('case.updated', 'a', { status: 'active' })).items).toEqual([]);
    const raised = applyToQueue(
      items,
      event('case.updated', 'a', { urgency: 'emergency', version: 3 }),
    );
    expect(raised.items[0]).toMatchObject({ urgency: 'emergency', version: 3 });
  });
});
