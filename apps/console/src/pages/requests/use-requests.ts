import { useRef } from 'preact/hooks';
import type { RequestSummary } from '../../api/referral-types.ts';
import { loadRequests } from '../../api/referrals.ts';
import { useConsole } from '../../context.ts';
import { useResource, type Resource } from '../../hooks/use-resource.ts';
import { useLiveSignals } from '../../live/live-context.ts';

/**
 * The competent body's requests with their referrals' progress, read again when one of those
 * referrals moves (acknowledged, accepted, completed…) or after a reconnection.
 */
export function useRequests(): {
  readonly resource: Resource<readonly RequestSummary[]>;
  readonly reload: () => void;
} {
  const { api } = useConsole();
  const { resource, reload, refresh } = useResource((signal) => loadRequests(api, signal));
  const pending = useRef<number | undefined>(undefined);

  useLiveSignals((signal) => {
    const known = (referralId: string, caseId: string | null) =>
      resource.kind === 'ready' &&
      resource.data.some(
        (request) =>
          request.caseId === caseId ||
          request.referrals.some((referral) => referral.id === referralId),
      );
    const ours =
      (signal.type === 'ready' && signal.reconnected) ||
      (signal.type === 'referral' && known(signal.event.referralId, signal.event.caseId));
    if (!ours || pending.current !== undefined) return;
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      refresh();
    }, 200);
  });

  return { resource, reload };
}
