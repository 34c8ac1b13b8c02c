import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openLiveStream, type LiveSignal, type LiveStatus } from './live-stream.ts';

export const LIVE_EVENTS_URL = '/api/v1/console/events';

type Listener = (signal: LiveSignal) => void;

/** The console's one live connection, shared by every page (it lives in the app shell). */
export interface LiveConnection {
  /** `off` for someone who does not work the queue. */
  readonly status: LiveStatus | 'off';
  readonly subscribe: (listener: Listener) => () => void;
}

const OFF: LiveConnection = { status: 'off', subscribe: () => () => undefined };

export const LiveContext = createContext<LiveConnection>(OFF);

/** Opens the stream while `enabled`, and fans its signals out to the subscribed pages. */
export function useLiveConnection(enabled: boolean): LiveConnection {
  const [status, setStatus] = useState<LiveStatus | 'off'>('off');
  const listeners = useRef(new Set<Listener>());

  useEffect(() => {
    if (!enabled) return;
    const stream = openLiveStream({
      url: LIVE_EVENTS_URL,
      onSignal: (signal) => {
        if (signal.type === 'status') setStatus(signal.status);
        for (const listener of [...listeners.current]) listener(signal);
      },
    });
    return () => {
      stream.close();
      setStatus('off');
    };
  }, [enabled]);

  const subscribe = useMemo(
    () => (listener: Listener) => {
      listeners.current.add(listener);
      return () => {
        listeners.current.delete(listener);
      };
    },
    [],
  );
  return useMemo(() => (enabled ? { status, subscribe } : OFF), [enabled, status, subscribe]);
}

/** Calls `listener` for every signal of the stream while the component is shown. */
export function useLiveSignals(listener: Listener): void {
  const { subscribe } = useContext(LiveContext);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(
    () =>
      subscribe((signal) => {
        latest.current(signal);
      }),
    [subscribe],
  );
}

export function useLiveStatus(): LiveStatus | 'off' {
  return useContext(LiveContext).status;
}
