import { useMemo, useRef, useState } from 'preact/hooks';
import { newIdempotencyKey, publicApi } from '../api/client.ts';
import type { Receipt, Submission } from '../api/types.ts';
import { fieldMessages } from '../forms/bodies.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Outbox } from '../offline/outbox.ts';
import { submitOrKeep } from '../offline/submit.ts';

export type SendState =
  | { readonly kind: 'editing' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'sent'; readonly receipt: Receipt }
  | { readonly kind: 'saved' }
  | {
      readonly kind: 'refused';
      readonly message: string;
      readonly fields: Readonly<Record<string, string>>;
    };

/**
 * Sending a form: one key per attempt that reached a verdict. A refusal (her answers need a fix)
 * gets a fresh key next time; a submission kept offline keeps its key in the outbox. Her answers
 * stay where they are whatever happens.
 */
export function useSubmit(
  locale: Locale,
  outbox: () => Promise<Outbox | null>,
  onKept: () => void,
) {
  const [state, setState] = useState<SendState>({ kind: 'editing' });
  const key = useRef<string>(newIdempotencyKey());
  const api = useMemo(() => publicApi((input, init) => fetch(input, init), locale), [locale]);

  async function send(submission: Submission, unreachableMessage: string): Promise<void> {
    if (state.kind === 'sending') return;
    setState({ kind: 'sending' });
    const result = await submitOrKeep(api, outbox, submission, key.current);
    switch (result.kind) {
      case 'sent':
        setState({ kind: 'sent', receipt: result.receipt });
        break;
      case 'saved':
        setState({ kind: 'saved' });
        onKept();
        break;
      case 'refused':
        key.current = newIdempotencyKey();
        setState({
          kind: 'refused',
          message: result.message,
          fields: fieldMessages(result.fields),
        });
        break;
      case 'unreachable':
        setState({ kind: 'refused', message: unreachableMessage, fields: {} });
        break;
    }
  }

  return { state, send, api };
}
