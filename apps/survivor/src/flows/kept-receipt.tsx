import { Panel } from '../components/panel.tsx';
import type { Receipt } from '../api/types.ts';
import type { FlowProps } from './flow-props.ts';
import { ReceiptCard } from './receipt-card.tsx';

/** The receipt of a request the outbox sent in the background, shown once. */
export function KeptReceipt({
  t,
  pack,
  receipt,
  onNoted,
}: Pick<FlowProps, 't' | 'pack'> & { readonly receipt: Receipt; readonly onNoted: () => void }) {
  const { f } = pack;
  return (
    <Panel title={t.outbox.delivered} icon="check" name="kept-receipt">
      <ReceiptCard f={f} receipt={receipt} onNoted={onNoted} />
    </Panel>
  );
}
