import { useEffect, useRef } from 'preact/hooks';
import type { EnrolmentView } from '../../api/pathway-types.ts';
import { useConsole } from '../../context.ts';
import { useResource } from '../../hooks/use-resource.ts';
import { useLiveSignals } from '../../live/live-context.ts';
import { loadCaseEnrolments, loadMatches, loadProfile } from './pathway-api.ts';

/** Newest proposal last: the order in which she heard of them. */
export function upsertEnrolment(
  list: readonly EnrolmentView[],
  enrolment: EnrolmentView,
): EnrolmentView[] {
  const found = list.some((item) => item.id === enrolment.id);
  return found
    ? list.map((item) => (item.id === enrolment.id ? enrolment : item))
    : [...list, enrolment];
}

/**
 * A case's economic pathway: her profile, the opportunities matched to it, and those proposed
 * to her. Read when the section opens; the proposals are read again when the live stream says
 * something moved on the case or its referrals (the provider stepping her enrolment moves its
 * referral too).
 */
export function usePathway(caseId: string) {
  const { api } = useConsole();
  const profile = useResource((signal) => loadProfile(api, caseId, signal));
  const matches = useResource((signal) => loadMatches(api, caseId, signal));
  const enrolments = useResource((signal) => loadCaseEnrolments(api, caseId, signal));
  const pending = useRef<number | undefined>(undefined);

  useEffect(
    () => () => {
      if (pending.current !== undefined) window.clearTimeout(pending.current);
    },
    [],
  );

  useLiveSignals((signal) => {
    const ours =
      (signal.type === 'ready' && signal.reconnected) ||
      ((signal.type === 'event' || signal.type === 'referral') && signal.event.caseId === caseId);
    if (!ours || pending.current !== undefined) return;
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      enrolments.refresh();
      matches.refresh();
    }, 300);
  });

  return {
    profile,
    matches,
    enrolments,
    /** An enrolment the server just answered (our own write): shown at once. */
    putEnrolment: (enrolment: EnrolmentView) => {
      enrolments.update((list) => upsertEnrolment(list, enrolment));
    },
  };
}
