import { useConsole } from '../../context.ts';
import { referralStatusLabel } from './referral-vocabulary.ts';

/** A referral's status in colour and in words. */
export function ReferralStatusBadge({ status }: { readonly status: string }) {
  const { locale } = useConsole();
  return (
    <span class={`badge referral-status referral-status--${status}`} data-referral-status={status}>
      {referralStatusLabel(status, locale)}
    </span>
  );
}
