import type { ComponentChildren } from 'preact';
import type { Messages } from '../i18n/messages.ts';
import { useLoaded } from '../lazy.ts';

/** A journey loaded on demand, with a plain message (and a retry) if it cannot be fetched. */
export function LazyScreen<T>({
  t,
  load,
  peek,
  render,
}: {
  readonly t: Messages;
  readonly load: () => Promise<T>;
  /** The value if it is already loaded: then the screen shows at once. */
  readonly peek?: () => T | undefined;
  readonly render: (loaded: T) => ComponentChildren;
}) {
  const loaded = useLoaded(load, peek);
  switch (loaded.state) {
    case 'loading':
      return (
        <p class="panel" role="status">
          {t.loading}
        </p>
      );
    case 'failed':
      return (
        <div class="panel" role="alert">
          <p>{t.loadFailed}</p>
          <button type="button" class="back" onClick={loaded.retry}>
            {t.back}
          </button>
        </div>
      );
    case 'ready':
      return <>{render(loaded.value)}</>;
  }
}
