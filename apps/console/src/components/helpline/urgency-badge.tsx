import { useConsole } from '../../context.ts';
import { urgencyLabel } from '../../helpline-vocabulary.ts';

/** Urgency in colour and in words (colour alone says nothing to some readers). */
export function UrgencyBadge({ urgency }: { readonly urgency: string }) {
  const { locale } = useConsole();
  return (
    <span class={`badge urgency urgency--${urgency}`} data-urgency={urgency}>
      {urgency === 'emergency' && <span aria-hidden="true">⚠ </span>}
      {urgencyLabel(urgency, locale)}
    </span>
  );
}
