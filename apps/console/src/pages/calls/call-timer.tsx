import { useEffect, useRef, useState } from 'preact/hooks';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { formatDuration } from '../../helpline-format.ts';

interface Props {
  /** Whole seconds as typed ('' when unknown). */
  readonly seconds: string;
  readonly onChange: (seconds: string) => void;
}

/**
 * The call's length: a start/stop timer for the call in progress, and the seconds field to
 * correct it or type it after the fact.
 */
export function CallTimer({ seconds, onChange }: Props) {
  const { t } = useConsole();
  const [startedAt, setStartedAt] = useState<number>();
  const base = useRef(0);

  useEffect(() => {
    if (startedAt === undefined) return;
    const timer = window.setInterval(() => {
      onChange(String(base.current + Math.floor((Date.now() - startedAt) / 1000)));
    }, 1000);
    return () => {
      window.clearInterval(timer);
    };
  }, [startedAt]);

  const running = startedAt !== undefined;
  const shown = Number.parseInt(seconds, 10);
  return (
    <div class="call-timer">
      <TextField
        label={t.durationSeconds}
        name="durationSeconds"
        type="number"
        inputMode="numeric"
        dir="ltr"
        min={0}
        value={seconds}
        disabled={running}
        hint={Number.isFinite(shown) ? formatDuration(shown) : undefined}
        onInput={onChange}
      />
      <button
        type="button"
        class={`button ${running ? 'button--danger' : 'button--secondary'}`}
        aria-pressed={running}
        onClick={() => {
          if (running) {
            onChange(String(base.current + Math.floor((Date.now() - startedAt) / 1000)));
            setStartedAt(undefined);
            return;
          }
          const current = Number.parseInt(seconds, 10);
          base.current = Number.isFinite(current) ? current : 0;
          setStartedAt(Date.now());
        }}
      >
        {running ? t.stopTimer : t.startTimer}
      </button>
    </div>
  );
}
