import type { Receipt } from '../api/types.ts';
import { Icon } from '../components/icons.tsx';
import { Panel } from '../components/panel.tsx';
import type { FlowMessages } from '../i18n/flow-messages/index.ts';
import type { Messages } from '../i18n/messages.ts';
import { ReceiptCard } from './receipt-card.tsx';
import { SavedNotice } from './saved-notice.tsx';

const FIRST_CALLS = [
  { service: 'police', number: '19' },
  { service: 'gendarmerie', number: '177' },
] as const;

/** After "Send now": what happens next, the two numbers to call at once, then the receipt. */
export function UrgentSent({
  f,
  t,
  receipt,
  onDone,
}: {
  readonly f: FlowMessages;
  readonly t: Messages;
  readonly receipt: Receipt | null;
  readonly onDone: () => void;
}) {
  return (
    <Panel
      title={receipt ? f.urgent.sentTitle : f.savedTitle}
      icon={receipt ? 'check' : 'clock'}
      name="danger-sent"
    >
      {receipt ? <p>{f.urgent.sentBody}</p> : <SavedNotice f={f} />}
      <p>
        <strong>{f.urgent.sentCall}</strong>
      </p>
      <ul class="calls">
        {FIRST_CALLS.map(({ service, number }) => (
          <li key={service}>
            <a class="call" href={`tel:${number}`}>
              <Icon name="phone" />
              <bdi dir="ltr">{number}</bdi>
              <span>{t.services[service]}</span>
            </a>
          </li>
        ))}
      </ul>
      {receipt ? (
        <ReceiptCard f={f} receipt={receipt} onNoted={onDone} />
      ) : (
        <button type="button" class="back" onClick={onDone}>
          <Icon name="back" />
          <span>{t.back}</span>
        </button>
      )}
    </Panel>
  );
}
