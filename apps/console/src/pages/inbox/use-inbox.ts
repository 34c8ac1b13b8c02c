import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReferralInstitution, ReferralView } from '../../api/referral-types.ts';
import { loadInbox } from '../../api/referrals.ts';
import { useConsole } from '../../context.ts';
import { problemOf, type FormProblem } from '../../forms.ts';
import { useLiveSignals } from '../../live/live-context.ts';
import type { ReferralEvent } from '../../live/live-events.ts';
import { sortClosed, sortOpen, type InboxTab } from '../referrals/referral-order.ts';

export interface InboxState {
  readonly institution: ReferralInstitution | undefined;
  /** In the tab's order; undefined until the first read. */
  readonly referrals: readonly ReferralView[] | undefined;
  readonly problem: FormProblem | undefined;
}

/**
 * One tab of the receiving institution's inbox, kept current by the live stream: a referral
 * received, updated or overdue reads the list again (several events in a burst make one read).
 */
export function useInbox(
  tab: InboxTab,
  onReceived: (event: ReferralEvent) => void,
): { readonly state: InboxState; readonly refresh: () => void } {
  const { api, t } = useConsole();
  const [state, setState] = useState<InboxState>({
    institution: undefined,
    referrals: undefined,
    problem: undefined,
  });
  const controller = useRef<AbortController | undefined>(undefined);
  const pending = useRef<number | undefined>(undefined);

  const fetchNow = () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    loadInbox(api, tab, current.signal).then(
      (answer) => {
        const referrals =
          tab === 'open' ? sortOpen(answer.referrals, Date.now()) : sortClosed(answer.referrals);
        setState({ institution: answer.institution, referrals, problem: undefined });
      },
      (error: unknown) => {
        if (!current.signal.aborted) {
          setState((previous) => ({ ...previous, problem: problemOf(error, t) }));
        }
      },
    );
  };

  const refreshSoon = () => {
    if (pending.current !== undefined) return;
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      fetchNow();
    }, 200);
  };

  useEffect(() => {
    setState({ institution: undefined, referrals: undefined, problem: undefined });
    fetchNow();
    return () => {
      controller.current?.abort();
      if (pending.current !== undefined) window.clearTimeout(pending.current);
      pending.current = undefined;
    };
  }, [tab]);

  useLiveSignals((signal) => {
    if (signal.type === 'ready') {
      if (signal.reconnected) refreshSoon();
      return;
    }
    if (signal.type !== 'referral') return;
    if (signal.event.kind === 'referral.received') onReceived(signal.event);
    refreshSoon();
  });

  return { state, refresh: fetchNow };
}
