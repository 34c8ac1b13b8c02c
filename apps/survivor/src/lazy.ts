import { useEffect, useState } from 'preact/hooks';

/** A module loaded on demand: the first screen never pays for a journey she has not opened. */
export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly retry: () => void }
  | { readonly state: 'ready'; readonly value: T };

/** A loader that remembers what it loaded, so a second use can show it at once. */
export interface Loader<T> {
  (): Promise<T>;
  /** The value, once a call has resolved. */
  readonly peek: () => T | undefined;
}

/** Wraps `load` so it runs once (again after a failure) and its value can be read at once. */
export function loader<T>(load: () => Promise<T>): Loader<T> {
  let pending: Promise<T> | undefined;
  let value: { readonly value: T } | undefined;
  const run = () => {
    pending ??= load().then(
      (loaded) => {
        value = { value: loaded };
        return loaded;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return Object.assign(run, { peek: () => value?.value });
}

export function useLoaded<T>(load: () => Promise<T>, peek?: () => T | undefined): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>(() => {
    // Already on the phone (warmed while the home screen was idle): no loading round.
    const ready = peek?.();
    return ready === undefined ? { state: 'loading' } : { state: 'ready', value: ready };
  });
  useEffect(() => {
    if (loaded.state === 'ready') return undefined;
    let current = true;
    setLoaded({ state: 'loading' });
    load().then(
      (value) => {
        if (current) setLoaded({ state: 'ready', value });
      },
      () => {
        if (current) {
          setLoaded({
            state: 'failed',
            retry: () => {
              setAttempt((n) => n + 1);
            },
          });
        }
      },
    );
    return () => {
      current = false;
    };
    // `load` is a module-level function for each screen; only a retry reloads.
  }, [attempt]);
  return loaded;
}
