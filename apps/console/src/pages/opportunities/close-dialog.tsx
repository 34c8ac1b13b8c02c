import { useState } from 'preact/hooks';
import { isStaleVersion } from '../../api/conflicts.ts';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { useConsole } from '../../context.ts';
import { isolate } from '../../i18n/bidi.ts';
import { closeOpportunity, type ClosingReason, type Opportunity } from './api.ts';

interface Props {
  readonly opportunity: Opportunity;
  readonly onClosed: (opportunity: Opportunity) => void;
  readonly onCancel: () => void;
  /** Someone changed it meanwhile: the page reads it again and says so. */
  readonly onStale: () => void;
}

/** Close an offer before its time, with an optional reason; "Cancel" has the focus. */
export function CloseOpportunityDialog({ opportunity, onClosed, onCancel, onStale }: Props) {
  const { api, t } = useConsole();
  const [reason, setReason] = useState<ClosingReason | ''>('');
  const reasons: [ClosingReason, string][] = [
    ['filled', t.oppReasonFilled],
    ['cancelled', t.oppReasonCancelled],
    ['postponed', t.oppReasonPostponed],
    ['other', t.oppReasonOther],
  ];
  return (
    <ConfirmDialog
      title={t.oppCloseTitle(isolate(opportunity.title))}
      confirmLabel={t.oppClose}
      onClose={onCancel}
      onConfirm={async () => {
        try {
          const closed = await closeOpportunity(api, opportunity.id, {
            version: opportunity.version,
            ...(reason !== '' ? { reason } : {}),
          });
          onClosed(closed);
        } catch (error) {
          if (!isStaleVersion(error)) throw error;
          onStale();
        }
      }}
    >
      <p>{t.oppCloseBody}</p>
      <SelectField
        label={t.oppCloseReason}
        name="reason"
        value={reason}
        onChange={(value) => {
          setReason(value as ClosingReason | '');
        }}
      >
        <option value="">{t.oppCloseNoReason}</option>
        {reasons.map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </SelectField>
    </ConfirmDialog>
  );
}
