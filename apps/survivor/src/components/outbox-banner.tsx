import type { Messages } from '../i18n/messages.ts';
import type { OutboxEntry } from '../offline/outbox.ts';
import { Icon } from './icons.tsx';

/**
 * What waits on this phone, on the home screen: requests kept offline ("will be sent"), ones
 * the server refused for good ("could not be sent"), and receipts of ones sent in the
 * background, until she has noted them.
 */
export function OutboxBanner({
  t,
  entries,
  onShow,
  onDismiss,
}: {
  readonly t: Messages;
  readonly entries: readonly OutboxEntry[];
  readonly onShow: (entry: OutboxEntry) => void;
  readonly onDismiss: (entry: OutboxEntry) => void;
}) {
  if (entries.length === 0) return null;
  return (
    <ul class="outbox" aria-live="polite">
      {entries.map((entry) => (
        <li key={entry.id} class={`notice notice--${entry.state}`} data-outbox={entry.state}>
          <Icon
            name={
              entry.state === 'pending' ? 'clock' : entry.state === 'failed' ? 'cross' : 'check'
            }
          />
          <div>
            <p>{t.outbox[entry.state]}</p>
            {entry.state === 'failed' && entry.message ? <p class="hint">{entry.message}</p> : null}
            {entry.state === 'delivered' ? (
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  onShow(entry);
                }}
              >
                <Icon name="lock" />
                <span>{t.outbox.show}</span>
              </button>
            ) : null}
            {entry.state === 'failed' ? (
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  onDismiss(entry);
                }}
              >
                <Icon name="cross" />
                <span>{t.outbox.dismiss}</span>
              </button>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
