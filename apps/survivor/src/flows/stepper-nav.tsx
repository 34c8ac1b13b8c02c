import { Icon } from '../components/icons.tsx';
import type { FlowMessages } from '../i18n/flow-messages/types.ts';
import { fill } from '../i18n/flow-messages/fill.ts';

/** "Step 3 of 8", previous, and next (or send on the last step). */
export function StepperNav({
  f,
  index,
  total,
  sending,
  onPrevious,
}: {
  readonly f: FlowMessages;
  readonly index: number;
  readonly total: number;
  readonly sending: boolean;
  readonly onPrevious: (() => void) | null;
}) {
  const last = index === total - 1;
  return (
    <div class="stepper">
      <p class="stepper__count" aria-live="polite">
        {fill(f.stepOf, index + 1, total)}
      </p>
      <div class="stepper__buttons">
        {onPrevious ? (
          <button type="button" class="secondary" onClick={onPrevious}>
            <Icon name="back" />
            <span>{f.previous}</span>
          </button>
        ) : null}
        <button type="submit" class="primary" disabled={sending}>
          <Icon name={last ? 'send' : 'next'} />
          <span>{last ? (sending ? f.sending : f.send) : f.next}</span>
        </button>
      </div>
    </div>
  );
}
