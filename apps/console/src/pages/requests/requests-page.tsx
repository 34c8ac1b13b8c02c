import { canDo } from '../../abilities.ts';
import type { RequestSummary } from '../../api/referral-types.ts';
import type { Me } from '../../api/types.ts';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { UrgencyBadge } from '../../components/helpline/urgency-badge.tsx';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useConsole } from '../../context.ts';
import { useNow } from '../../hooks/use-now.ts';
import { NEW_REQUEST_HREF, requestHref } from '../../routing.ts';
import { pendingDeadline } from '../referrals/referral-deadlines.ts';
import { ReferralStatusBadge } from '../referrals/referral-status-badge.tsx';
import { useRequests } from './use-requests.ts';

/**
 * A competent body's own requests: each woman it registered, and how her referrals stand
 * (institution, status, overdue). A new request starts here.
 */
export function RequestsPage({ me }: { readonly me: Me }) {
  const { t } = useConsole();
  const { resource, reload } = useRequests();
  return (
    <div class="page requests-page">
      <div class="page-head">
        <PageHeading>{t.reqTitle}</PageHeading>
        {canDo(me, 'request.create') && (
          <a class="button" href={NEW_REQUEST_HREF} data-action="new-request">
            {t.reqNew}
          </a>
        )}
      </div>
      {resource.kind === 'loading' && (
        <p class="loading" role="status">
          {t.loading}
        </p>
      )}
      {resource.kind === 'failed' && <LoadFailure problem={resource.problem} onRetry={reload} />}
      {resource.kind === 'ready' && <RequestsTable requests={resource.data} />}
    </div>
  );
}

function RequestsTable({ requests }: { readonly requests: readonly RequestSummary[] }) {
  const { t } = useConsole();
  const now = useNow(30_000);
  if (requests.length === 0) return <p class="empty">{t.reqEmpty}</p>;
  return (
    <>
      <p class="count">{t.reqCount(requests.length)}</p>
      <div class="table-scroll">
        <table class="table requests-table">
          <caption class="visually-hidden">{t.reqTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colCase}</th>
              <th scope="col">{t.colUrgency}</th>
              <th scope="col">{t.reqColRegistered}</th>
              <th scope="col">{t.refPanelTitle}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr key={request.caseId} data-request={request.caseId}>
                <th scope="row">
                  <a href={requestHref(request.caseId)} class="case-ref" dir="ltr">
                    {request.reference}
                  </a>
                </th>
                <td>
                  <UrgencyBadge urgency={request.urgency} />
                </td>
                <td>
                  <DateTime iso={request.createdAt} />
                </td>
                <td>
                  {request.referrals.length === 0 ? (
                    <span class="muted">{t.refNone}</span>
                  ) : (
                    <ul class="referral-progress">
                      {request.referrals.map((referral) => {
                        const overdue = pendingDeadline(referral, now)?.overdue ?? false;
                        return (
                          <li
                            key={referral.id}
                            data-referral={referral.id}
                            data-status={referral.status}
                            data-overdue={String(overdue)}
                          >
                            <bdi>{referral.institution.name}</bdi>{' '}
                            <ReferralStatusBadge status={referral.status} />
                            {overdue && <span class="badge badge--late">{t.refOverdue}</span>}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
