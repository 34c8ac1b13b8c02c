import { useState } from 'preact/hooks';
import { canDo } from '../../abilities.ts';
import { claimWinnerOf } from '../../api/conflicts.ts';
import { claimCase, releaseCase } from '../../api/queue.ts';
import type { QueueItem } from '../../api/queue-types.ts';
import type { Me } from '../../api/types.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { urgencyLabel } from '../../helpline-vocabulary.ts';
import { useNow } from '../../hooks/use-now.ts';
import { isolate } from '../../i18n/bidi.ts';
import { payloadString } from '../../live/live-events.ts';
import { newCallHref } from '../../routing.ts';
import { provinceName } from '../../vocabulary.ts';
import { QueueTable } from './queue-table.tsx';
import { useLiveQueue } from './use-live-queue.ts';

/**
 * The listeners' triage queue, live: urgent first then longest waiting, who handles each
 * case, claim and release. New cases are announced to screen readers as they arrive.
 */
export function QueuePage({ me }: { readonly me: Me }) {
  const { api, locale, t } = useConsole();
  const [announcement, setAnnouncement] = useState('');
  const [busyId, setBusyId] = useState<string>();
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState('');
  const now = useNow(1000);
  const { state, refresh, replace } = useLiveQueue((event) => {
    const urgency = payloadString(event.payload, 'urgency');
    const province = payloadString(event.payload, 'provinceCode');
    setAnnouncement(
      t.newCaseAnnounced(
        urgency ? urgencyLabel(urgency, locale) : '',
        province ? provinceName(province, locale) : t.placeUnknown,
      ),
    );
  });

  const setClaimant = (caseId: string, claimedBy: QueueItem['claimedBy']) => {
    replace((items) =>
      items.map((item) =>
        item.caseId === caseId
          ? { ...item, claimedBy, status: claimedBy ? 'in_triage' : item.status }
          : item,
      ),
    );
  };

  const run = async (item: QueueItem, action: 'claim' | 'release') => {
    setBusyId(item.caseId);
    setProblem(undefined);
    setNotice('');
    try {
      if (action === 'claim') {
        const result = await claimCase(api, item.caseId);
        setClaimant(item.caseId, result.claimedBy);
        setNotice(t.claimedNotice(isolate(item.reference)));
      } else {
        await releaseCase(api, item.caseId);
        setClaimant(item.caseId, null);
        setNotice(t.releasedNotice(isolate(item.reference)));
      }
    } catch (error) {
      const winner = claimWinnerOf(error);
      if (winner) {
        setClaimant(item.caseId, winner);
        setProblem(localProblem(t.alreadyClaimedBy(isolate(item.reference), isolate(winner.name))));
      } else {
        setProblem(problemOf(error, t));
      }
    } finally {
      setBusyId(undefined);
    }
  };

  const supervisor = canDo(me, 'queue.supervise');
  const items = state.items;
  const unclaimedUrgent = items?.filter(
    (item) => item.urgency === 'emergency' && !item.claimedBy,
  ).length;
  return (
    <div class="page">
      <div class="page-head">
        <PageHeading>{t.queueTitle}</PageHeading>
        {canDo(me, 'contact.create') && (
          <a class="button" href={newCallHref()}>
            {t.logCall}
          </a>
        )}
      </div>
      <p class="visually-hidden" aria-live="polite" data-queue-announcement>
        {announcement}
      </p>
      <FormAlert problem={problem} />
      <p class="notice" role="status">
        {notice}
      </p>
      {items === undefined ? (
        state.problem ? (
          <LoadFailure problem={state.problem} onRetry={refresh} />
        ) : (
          <p class="loading" role="status">
            {t.loading}
          </p>
        )
      ) : (
        <>
          {state.problem && <FormAlert problem={state.problem} />}
          <p class="count">
            {t.queueCount(items.length)}
            {unclaimedUrgent !== undefined && unclaimedUrgent > 0 && (
              <strong class="count__urgent"> — {t.unclaimedUrgentCount(unclaimedUrgent)}</strong>
            )}
          </p>
          <QueueTable
            items={items}
            myId={me.user.id}
            elapsedSeconds={Math.max(0, Math.floor((now - state.receivedAt) / 1000))}
            busyId={busyId}
            canRelease={(item) => supervisor || item.claimedBy?.id === me.user.id}
            onClaim={(item) => {
              void run(item, 'claim');
            }}
            onRelease={(item) => {
              void run(item, 'release');
            }}
          />
        </>
      )}
    </div>
  );
}
