import type { PublicApi } from '../api/client.ts';
import type { FieldProblem, Receipt, Submission } from '../api/types.ts';
import type { Outbox } from './outbox.ts';

/** What happened to a submission she made. */
export type SubmitResult =
  | { readonly kind: 'sent'; readonly receipt: Receipt }
  /** No network (or the server failed): kept, encrypted, to be sent by the outbox. */
  | { readonly kind: 'saved' }
  | {
      readonly kind: 'refused';
      readonly message: string;
      readonly fields: readonly FieldProblem[];
    }
  /** No network and nowhere to keep it (storage refused): she must try again later. */
  | { readonly kind: 'unreachable' };

/**
 * Sends now if the network allows, or keeps it in the outbox under the same key. A request
 * whose answer was lost may already exist on the server: sending it again later with the same
 * key answers the same receipt, so it still ends as one case.
 */
export async function submitOrKeep(
  api: Pick<PublicApi, 'submit'>,
  outbox: () => Promise<Outbox | null>,
  submission: Submission,
  key: string,
): Promise<SubmitResult> {
  const outcome = await api.submit(submission, key);
  if (outcome.kind === 'ok') {
    return {
      kind: 'sent',
      receipt: { trackingCode: outcome.data.trackingCode, secret: outcome.data.secret },
    };
  }
  const serverFailed = outcome.kind === 'refused' && outcome.status >= 500;
  if (outcome.kind === 'unreachable' || serverFailed) {
    const box = await outbox().catch(() => null);
    if (!box) return { kind: 'unreachable' };
    await box.add(submission, key);
    return { kind: 'saved' };
  }
  return { kind: 'refused', message: outcome.error.message, fields: outcome.error.fields ?? [] };
}
