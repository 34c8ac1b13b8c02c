import { Panel } from '../components/panel.tsx';
import type { Receipt } from '../api/types.ts';
import { flowMessages } from '../i18n/flow-messages/index.ts';
import type { FlowProps } from './flow-props.ts';
import { ReceiptCard } from './receipt-card.tsx';

/** The receipt of a request the outbox sent in the background, shown once. */
export function KeptReceipt({
  locale,
  t,
  receipt,
  onNoted,
}: Pick<FlowProps, 'locale' | 't'> & { readonly receipt: Receipt; readonly onNoted: () => void }) {
  const f = flowMessages[locale];
  return (
    <Panel title={t.outbox.delivered} icon="check" name="kept-receipt">
      <ReceiptCard f={f} receipt={receipt} onNoted={onNoted} />
    </Panel>
  );
}
