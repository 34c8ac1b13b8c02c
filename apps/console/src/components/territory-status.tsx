import { useEffect, useState } from 'preact/hooks';
import type { Messages } from '../i18n/messages.ts';
import { loadTerritory, type TerritoryCounts } from '../territory.ts';

type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly counts: TerritoryCounts }
  | { readonly kind: 'failed' };

/**
 * A first sign that the console reaches the API: the territory it will route cases across.
 * The counts are kept as numbers, so switching language re-renders them in the new grammar.
 */
export function TerritoryStatus({ t }: { readonly t: Messages }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    loadTerritory(fetch, controller.signal).then(
      (counts) => {
        setState({ kind: 'ready', counts });
      },
      () => {
        if (!controller.signal.aborted) setState({ kind: 'failed' });
      },
    );
    return () => {
      controller.abort();
    };
  }, [attempt]);

  return (
    <section class="card" aria-labelledby="status-title">
      <h2 id="status-title">{t.statusTitle}</h2>
      <p class={`status status--${state.kind}`} role="status" data-state={state.kind}>
        {state.kind === 'loading'
          ? t.territoryLoading
          : state.kind === 'ready'
            ? t.territoryLoaded(state.counts.regions, state.counts.provinces)
            : t.territoryFailed}
      </p>
      {state.kind === 'failed' && (
        <button
          type="button"
          class="retry"
          onClick={() => {
            setAttempt((n) => n + 1);
          }}
        >
          {t.retry}
        </button>
      )}
    </section>
  );
}
