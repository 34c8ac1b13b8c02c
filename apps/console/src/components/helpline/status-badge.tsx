import { useConsole } from '../../context.ts';
import { statusLabel } from '../../helpline-vocabulary.ts';

export function StatusBadge({ status }: { readonly status: string }) {
  const { locale } = useConsole();
  return (
    <span class={`badge case-status case-status--${status}`} data-status={status}>
      {statusLabel(status, locale)}
    </span>
  );
}
