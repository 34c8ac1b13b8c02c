import { quickExit } from '../quick-exit.ts';
import { Icon } from './icons.tsx';

/** The way out, in the same place on every screen. */
export function QuickExitButton({
  label,
  hint,
}: {
  readonly label: string;
  readonly hint: string;
}) {
  return (
    <button
      type="button"
      class="quick-exit"
      title={hint}
      onClick={() => {
        quickExit(window);
      }}
    >
      <Icon name="exit" />
      <span>{label}</span>
    </button>
  );
}
