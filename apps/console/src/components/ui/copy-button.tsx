import { useState } from 'preact/hooks';
import { useConsole } from '../../context.ts';

interface Props {
  readonly text: string;
  readonly label: string;
}

/**
 * Copies a secret the person must carry elsewhere (a key, recovery codes, a temporary
 * password), and says whether it worked. Without clipboard access (plain http, a refusing
 * browser) it says to copy by hand: the text is always shown next to it.
 */
export function CopyButton({ text, label }: Props) {
  const { t } = useConsole();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <div class="copy">
      <button
        type="button"
        class="button button--secondary"
        onClick={() => {
          void copy();
        }}
      >
        {label}
      </button>
      <span class="copy__status" role="status">
        {state === 'copied' ? t.copied : state === 'failed' ? t.copyFailed : ''}
      </span>
    </div>
  );
}
