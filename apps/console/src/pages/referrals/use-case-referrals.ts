import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReferralView } from '../../api/referral-types.ts';
import { loadCaseReferrals } from '../../api/referrals.ts';
import { useConsole } from '../../context.ts';
import { problemOf, type FormProblem } from '../../forms.ts';
import { isolate } from '../../i18n/bidi.ts';
import { useLiveSignals } from '../../live/live-context.ts';
import { sortNewestFirst, statusChanges, upsertReferral } from './referral-order.ts';
import { referralStatusLabel } from './referral-vocabulary.ts';

export interface CaseReferrals {
  /** Newest first; undefined until the first read. */
  readonly referrals: readonly ReferralView[] | undefined;
  readonly problem: FormProblem | undefined;
  /** What changed on the other side since the last read, for screen readers. */
  readonly announcement: string;
  readonly refresh: () => void;
  /** A referral the server just answered (our own write): shown at once. */
  readonly put: (referral: ReferralView) => void;
}

/**
 * A case's referrals, kept current by the live stream: a referral of this case acknowledged,
 * accepted, declined or completed elsewhere is read again and its new status said aloud.
 */
export function useCaseReferrals(
  caseId: string,
  onStatusChanged?: (changed: readonly ReferralView[]) => void,
): CaseReferrals {
  const { api, locale, t } = useConsole();
  const [referrals, setReferrals] = useState<readonly ReferralView[]>();
  const [problem, setProblem] = useState<FormProblem>();
  const [announcement, setAnnouncement] = useState('');
  const latest = useRef<readonly ReferralView[] | undefined>(undefined);
  const controller = useRef<AbortController | undefined>(undefined);
  const pending = useRef<number | undefined>(undefined);

  const show = (next: readonly ReferralView[]) => {
    latest.current = next;
    setReferrals(next);
  };

  const fetchNow = () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    loadCaseReferrals(api, caseId, current.signal).then(
      (answer) => {
        const next = sortNewestFirst(answer);
        const changed = latest.current ? statusChanges(latest.current, next) : [];
        show(next);
        setProblem(undefined);
        if (changed.length > 0) {
          onStatusChanged?.(changed);
          setAnnouncement(
            changed
              .map((referral) =>
                t.refStatusNow(
                  isolate(referral.institution.name),
                  referralStatusLabel(referral.status, locale),
                ),
              )
              .join(' '),
          );
        }
      },
      (error: unknown) => {
        if (!current.signal.aborted) setProblem(problemOf(error, t));
      },
    );
  };

  /** Several events in a burst (a replay) make one request. */
  const refreshSoon = () => {
    if (pending.current !== undefined) return;
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      fetchNow();
    }, 200);
  };

  useEffect(() => {
    fetchNow();
    return () => {
      controller.current?.abort();
      if (pending.current !== undefined) window.clearTimeout(pending.current);
    };
  }, [caseId]);

  useLiveSignals((signal) => {
    if (signal.type === 'ready') {
      if (signal.reconnected) refreshSoon();
      return;
    }
    if (signal.type !== 'referral') return;
    const { event } = signal;
    const ours =
      event.caseId === caseId ||
      (latest.current?.some((referral) => referral.id === event.referralId) ?? false);
    if (ours) refreshSoon();
  });

  return {
    referrals,
    problem,
    announcement,
    refresh: fetchNow,
    put: (referral) => {
      show(sortNewestFirst(upsertReferral(latest.current ?? [], referral)));
    },
  };
}
