import { useEffect, useState } from 'preact/hooks';

/** A module loaded on demand: the first screen never pays for a journey she has not opened. */
export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly retry: () => void }
  | { readonly state: 'ready'; readonly value: T };

export function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
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
