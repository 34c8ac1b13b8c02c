import { Icon } from '../components/icons.tsx';
import type { Receipt } from '../api/types.ts';
import type { FlowMessages } from '../i18n/flow-messages/types.ts';

/** Splits a code into groups for reading aloud and copying by hand. */
function groups(code: string) {
  return code.split('-').map((group, index) => (
    <span key={index} class="receipt__group">
      {group}
    </span>
  ));
}

/**
 * The tracking code and secret, shown once, big, in a font where 0/O and 1/I differ. Left to
 * right even in Arabic (they are typed that way). She confirms she has noted them; they are
 * then forgotten by the app.
 */
export function ReceiptCard({
  f,
  receipt,
  onNoted,
}: {
  readonly f: FlowMessages;
  readonly receipt: Receipt;
  readonly onNoted: () => void;
}) {
  return (
    <div class="receipt" data-receipt>
      <h2>
        <Icon name="lock" />
        <span>{f.receipt.title}</span>
      </h2>
      <p>{f.receipt.intro}</p>
      <dl class="receipt__codes">
        <dt>{f.receipt.code}</dt>
        <dd dir="ltr" data-tracking-code={receipt.trackingCode}>
          {groups(receipt.trackingCode)}
        </dd>
        <dt>{f.receipt.secret}</dt>
        <dd dir="ltr" data-secret={receipt.secret}>
          {groups(receipt.secret)}
        </dd>
      </dl>
      <p class="receipt__advice">{f.receipt.advice}</p>
      <button type="button" class="primary" onClick={onNoted}>
        <Icon name="check" />
        <span>{f.receipt.noted}</span>
      </button>
    </div>
  );
}
