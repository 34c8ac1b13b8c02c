import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useConsole } from '../../context.ts';

/**
 * A page whose code (and the vocabularies and territory it shows) is fetched the first time it
 * opens, keeping the sign-in screen small. A failed fetch can be retried.
 */
export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;

  return function LazyPage(props: P) {
    const { t } = useConsole();
    const [component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);

    useEffect(() => {
      if (component) return;
      let live = true;
      pending ??= load();
      pending.then(
        (found) => {
          loaded = found;
          if (live) setComponent(() => found);
        },
        () => {
          pending = undefined;
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    }, [attempt, component]);

    if (component) return h(component, props);
    if (failed) {
      return (
        <div class="alert alert--error" role="alert">
          <p>{t.pageLoadFailed}</p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setFailed(false);
              setAttempt((n) => n + 1);
            }}
          >
            {t.retry}
          </button>
        </div>
      );
    }
    return (
      <p class="loading" role="status">
        {t.loading}
      </p>
    );
  };
}
