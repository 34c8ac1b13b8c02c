import { useEffect, useRef, useState } from 'preact/hooks';
import { loadQueue } from '../../api/queue.ts';
import type { QueueItem } from '../../api/queue-types.ts';
import { useConsole } from '../../context.ts';
import { problemOf, type FormProblem } from '../../forms.ts';
import { useLiveSignals } from '../../live/live-context.ts';
import type { LiveEvent } from '../../live/live-events.ts';
import { applyToQueue } from './queue-order.ts';

export interface QueueState {
  readonly items: readonly QueueItem[] | undefined;
  /** When the list was last read (client clock): waiting times count on from there. */
  readonly receivedAt: number;
  readonly problem: FormProblem | undefined;
}

/**
 * The triage queue, kept current by the live stream: claims and releases show at once, new
 * cases are fetched, and after a reconnection the whole list is read again (to be safe: the
 * replay covers 24 h, the list has no such limit).
 */
export function useLiveQueue(onNewCase: (event: LiveEvent) => void): {
  readonly state: QueueState;
  readonly refresh: () => void;
  readonly replace: (change: (items: readonly QueueItem[]) => QueueItem[]) => void;
} {
  const { api, t } = useConsole();
  const [state, setState] = useState<QueueState>({
    items: undefined,
    receivedAt: Date.now(),
    problem: undefined,
  });
  // The list as last changed, for events that arrive before the next render (a replay).
  const latest = useRef<readonly QueueItem[] | undefined>(undefined);
  const pending = useRef<number | undefined>(undefined);
  const controller = useRef<AbortController | undefined>(undefined);

  const commit = (items: readonly QueueItem[]) => {
    latest.current = items;
    setState((previous) => ({ ...previous, items }));
  };

  const fetchNow = () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    loadQueue(api, current.signal).then(
      (snapshot) => {
        latest.current = snapshot.items;
        setState({ items: snapshot.items, receivedAt: Date.now(), problem: undefined });
      },
      (error: unknown) => {
        if (!current.signal.aborted) {
          setState((previous) => ({ ...previous, problem: problemOf(error, t) }));
        }
      },
    );
  };

  /** Several events in a burst (a replay) make one request. */
  const refresh = () => {
    if (pending.current !== undefined) return;
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      fetchNow();
    }, 150);
  };

  useEffect(() => {
    fetchNow();
    return () => {
      controller.current?.abort();
      if (pending.current !== undefined) window.clearTimeout(pending.current);
    };
  }, []);

  useLiveSignals((signal) => {
    if (signal.type === 'ready') {
      if (signal.reconnected) refresh();
      return;
    }
    if (signal.type !== 'event') return;
    const { event } = signal;
    if (event.kind === 'case.queued') onNewCase(event);
    if (!latest.current) return;
    const change = applyToQueue(latest.current, event);
    if (change.refetch) refresh();
    commit(change.items);
  });

  return {
    state,
    refresh: fetchNow,
    replace: (change) => {
      if (latest.current) commit(change(latest.current));
    },
  };
}
