import { useEffect, useRef, useState } from 'preact/hooks';
import { loadQueueHealth } from '../../api/queue.ts';
import type { QueueItem } from '../../api/queue-types.ts';
import type { Me } from '../../api/types.ts';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { HandlerName } from '../../components/helpline/handler-name.tsx';
import { UrgencyBadge } from '../../components/helpline/urgency-badge.tsx';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useConsole } from '../../context.ts';
import { formatDuration } from '../../helpline-format.ts';
import { useResource } from '../../hooks/use-resource.ts';
import { isolate } from '../../i18n/bidi.ts';
import { useLiveSignals } from '../../live/live-context.ts';
import { caseHref } from '../../routing.ts';
import { roleLabel } from '../../vocabulary.ts';
import { useLiveQueue } from '../queue/use-live-queue.ts';
import { ReassignDialog } from './reassign-dialog.tsx';

/**
 * The supervisor's view: how the queue is doing, who is on duty with how many cases, which
 * follow-ups are late, and reassignment of any case in the queue.
 */
export function SupervisionPage({ me }: { readonly me: Me }) {
  const { api, locale, t } = useConsole();
  const health = useResource((signal) => loadQueueHealth(api, signal));
  const queue = useLiveQueue(() => undefined);
  const [reassigning, setReassigning] = useState<QueueItem>();
  const [notice, setNotice] = useState('');

  // Claims, new cases and alerts change the figures: read them again, once per burst.
  const pending = useRef<number | undefined>(undefined);
  useEffect(
    () => () => {
      window.clearTimeout(pending.current);
    },
    [],
  );
  useLiveSignals((signal) => {
    if (signal.type === 'status' || pending.current !== undefined) return;
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      health.refresh();
    }, 2000);
  });

  return (
    <div class="page">
      <div class="page-head">
        <PageHeading>{t.supervisionTitle}</PageHeading>
        <button type="button" class="button button--secondary" onClick={health.reload}>
          {t.refresh}
        </button>
      </div>
      <p class="notice" role="status">
        {notice}
      </p>
      {health.resource.kind === 'loading' && (
        <p class="loading" role="status">
          {t.loading}
        </p>
      )}
      {health.resource.kind === 'failed' && (
        <LoadFailure problem={health.resource.problem} onRetry={health.reload} />
      )}
      {health.resource.kind === 'ready' && (
        <>
          <section class="stats" aria-label={t.queueHealth}>
            <div class="stat card">
              <p class="stat__label">{t.statWaiting}</p>
              <p class="stat__value" data-stat="waiting">
                {health.resource.data.waiting}
              </p>
            </div>
            <div
              class={`stat card${health.resource.data.unclaimedUrgent > 0 ? ' stat--alarm' : ''}`}
            >
              <p class="stat__label">{t.statUnclaimedUrgent}</p>
              <p class="stat__value" data-stat="unclaimed-urgent">
                {health.resource.data.unclaimedUrgent}
              </p>
            </div>
            <div class="stat card">
              <p class="stat__label">{t.statOldestWait}</p>
              <p class="stat__value" dir="ltr" data-stat="oldest-wait">
                {health.resource.data.oldestWaitingSeconds === null
                  ? '—'
                  : formatDuration(health.resource.data.oldestWaitingSeconds)}
              </p>
            </div>
          </section>

          <section class="card" aria-labelledby="listeners-title">
            <h3 id="listeners-title">{t.listenersTitle}</h3>
            <div class="table-scroll">
              <table class="table">
                <thead>
                  <tr>
                    <th scope="col">{t.colName}</th>
                    <th scope="col">{t.colRole}</th>
                    <th scope="col">{t.colOnDuty}</th>
                    <th scope="col">{t.colLastSeen}</th>
                    <th scope="col">{t.colOpenCases}</th>
                  </tr>
                </thead>
                <tbody>
                  {health.resource.data.listeners.map((listener) => (
                    <tr key={listener.id} class={listener.onDuty ? undefined : 'row--muted'}>
                      <th scope="row">
                        <bdi>{listener.name}</bdi>
                      </th>
                      <td>{roleLabel(listener.role, locale)}</td>
                      <td>
                        <span class={`badge ${listener.onDuty ? 'badge--on' : 'badge--off'}`}>
                          {listener.onDuty ? t.onDuty : t.offDuty}
                        </span>
                      </td>
                      <td>{listener.lastSeenAt ? <DateTime iso={listener.lastSeenAt} /> : '—'}</td>
                      <td>{listener.openCases}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section class="card" aria-labelledby="overdue-title">
            <h3 id="overdue-title">{t.overdueTitle}</h3>
            {health.resource.data.overdueFollowUps.length === 0 ? (
              <p class="empty">{t.noOverdue}</p>
            ) : (
              <ul class="history">
                {health.resource.data.overdueFollowUps.map((late) => (
                  <li key={late.followUpId}>
                    <a href={caseHref(late.caseId)} dir="ltr">
                      {late.reference}
                    </a>{' '}
                    — {t.dueAt} <DateTime iso={late.dueAt} />
                    {late.ownerName && (
                      <>
                        {' '}
                        — <bdi>{late.ownerName}</bdi>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}

      <section class="card" aria-labelledby="reassign-title">
        <h3 id="reassign-title">{t.reassignSectionTitle}</h3>
        {queue.state.items === undefined ? (
          <p class="loading">{t.loading}</p>
        ) : queue.state.items.length === 0 ? (
          <p class="empty">{t.queueEmpty}</p>
        ) : (
          <ul class="history">
            {queue.state.items.map((item) => (
              <li key={item.caseId} class="reassign-row">
                <UrgencyBadge urgency={item.urgency} />{' '}
                <a href={caseHref(item.caseId)} dir="ltr">
                  {item.reference}
                </a>{' '}
                — <HandlerName staff={item.claimedBy} myId={me.user.id} />{' '}
                <button
                  type="button"
                  class="button button--small button--secondary"
                  onClick={() => {
                    setNotice('');
                    setReassigning(item);
                  }}
                >
                  {t.reassign}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {reassigning && (
        <ReassignDialog
          caseId={reassigning.caseId}
          reference={reassigning.reference}
          onClose={() => {
            setReassigning(undefined);
          }}
          onReassigned={(name) => {
            const ref = reassigning.reference;
            setReassigning(undefined);
            setNotice(t.reassignedNotice(isolate(ref), isolate(name)));
            queue.refresh();
            health.refresh();
          }}
        />
      )}
    </div>
  );
}
