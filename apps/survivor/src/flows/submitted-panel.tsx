import type { Receipt } from '../api/types.ts';
import { Icon, type IconName } from '../components/icons.tsx';
import { Panel } from '../components/panel.tsx';
import type { FlowMessages } from '../i18n/flow-messages/types.ts';
import { ReceiptCard } from './receipt-card.tsx';
import { SavedNotice } from './saved-notice.tsx';

interface Props {
  readonly title: string;
  readonly icon: IconName;
  readonly name: string;
  readonly f: FlowMessages;
  /** The server's receipt; absent when the request was saved offline, to leave later. */
  readonly receipt: Receipt | undefined;
  readonly backLabel: string;
  readonly onHome: () => void;
}

/** After a report or a support request: her code and secret, or "saved, will be sent". */
export function SubmittedPanel({ title, icon, name, f, receipt, backLabel, onHome }: Props) {
  return (
    <Panel title={title} icon={icon} name={name}>
      {receipt ? (
        <ReceiptCard f={f} receipt={receipt} onNoted={onHome} />
      ) : (
        <>
          <SavedNotice f={f} />
          <button type="button" class="back" onClick={onHome}>
            <Icon name="back" />
            <span>{backLabel}</span>
          </button>
        </>
      )}
    </Panel>
  );
}
