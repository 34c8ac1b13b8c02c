import { useEffect, useRef, useState } from 'preact/hooks';
import { useConsole } from '../context.ts';
import { problemOf, type FormProblem } from '../forms.ts';

export type Resource<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly data: T }
  | { readonly kind: 'failed'; readonly problem: FormProblem };

/**
 * Loads something once (and again on `reload()`), aborting when the component goes away.
 * `update` edits the loaded data in place after a change the server confirmed. `refresh()`
 * reads it again in the background: what is shown stays until the new answer replaces it.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>): {
  readonly resource: Resource<T>;
  readonly reload: () => void;
  readonly refresh: () => void;
  readonly update: (change: (data: T) => T) => void;
} {
  const { t } = useConsole();
  const [resource, setResource] = useState<Resource<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const quiet = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    const background = quiet.current;
    quiet.current = false;
    if (!background) setResource({ kind: 'loading' });
    load(controller.signal).then(
      (data) => {
        setResource({ kind: 'ready', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResource((current) =>
          background && current.kind === 'ready'
            ? current
            : { kind: 'failed', problem: problemOf(error, t) },
        );
      },
    );
    return () => {
      controller.abort();
    };
    // `load` is a fresh closure on each render: only an explicit reload loads again.
  }, [attempt]);

  return {
    resource,
    reload: () => {
      setAttempt((n) => n + 1);
    },
    refresh: () => {
      quiet.current = true;
      setAttempt((n) => n + 1);
    },
    update: (change) => {
      setResource((current) =>
        current.kind === 'ready' ? { kind: 'ready', data: change(current.data) } : current,
      );
    },
  };
}
