import type { Receipt } from '../api/types.ts';
import { Icon } from '../components/icons.tsx';
import { Panel } from '../components/panel.tsx';
import {
  BUILT_IN_NUMBERS,
  labelOf,
  numbersOfKinds,
  type EmergencyNumber,
} from '../emergency/numbers.ts';
import type { Locale } from '../i18n/locale.ts';
import type { FlowMessages } from '../i18n/flow-messages/types.ts';
import type { Messages } from '../i18n/messages.ts';
import { ReceiptCard } from './receipt-card.tsx';
import { SavedNotice } from './saved-notice.tsx';

/** Who to call first after "Send now": the police and the gendarmerie of the current list. */
export function firstCalls(numbers: readonly EmergencyNumber[]): EmergencyNumber[] {
  const calls = numbersOfKinds(numbers, ['police', 'gendarmerie']);
  return calls.length > 0 ? calls : numbersOfKinds(BUILT_IN_NUMBERS, ['police', 'gendarmerie']);
}

/** After "Send now": what happens next, the two numbers to call at once, then the receipt. */
export function UrgentSent({
  f,
  t,
  locale,
  numbers,
  receipt,
  onDone,
}: {
  readonly f: FlowMessages;
  readonly t: Messages;
  readonly locale: Locale;
  readonly numbers: readonly EmergencyNumber[];
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
        {firstCalls(numbers).map((entry) => (
          <li key={entry.number}>
            <a class="call" href={`tel:${entry.number}`}>
              <Icon name="phone" />
              <bdi dir="ltr">{entry.number}</bdi>
              <span>{labelOf(entry, locale, t.services)}</span>
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
