import type { Me } from '../../api/types.ts';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { UrgencyBadge } from '../../components/helpline/urgency-badge.tsx';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useConsole } from '../../context.ts';
import { isolate } from '../../i18n/bidi.ts';
import { routeHref } from '../../routing.ts';
import { ReferralPanel } from '../referrals/referral-panel.tsx';
import { useRequests } from './use-requests.ts';

/**
 * One of the competent body's requests (`#/requests/<caseId>`): the woman it registered, and
 * the referral panel to choose the institutions that will serve her and follow them. Just
 * after registering, the proposals open at once.
 */
export function RequestCasePage({
  me,
  caseId,
  justCreated,
}: {
  readonly me: Me;
  readonly caseId: string;
  readonly justCreated: boolean;
}) {
  const { t } = useConsole();
  const { resource, reload } = useRequests();
  if (resource.kind === 'loading') {
    return (
      <p class="loading" role="status">
        {t.loading}
      </p>
    );
  }
  if (resource.kind === 'failed') {
    return (
      <div class="page">
        <LoadFailure problem={resource.problem} onRetry={reload} />
        <a href={routeHref('requests')}>{t.reqBack}</a>
      </div>
    );
  }
  const request = resource.data.find((candidate) => candidate.caseId === caseId);
  if (!request) {
    return (
      <div class="page">
        <p class="alert alert--error" role="alert">
          {t.reqNotFound}
        </p>
        <a href={routeHref('requests')}>{t.reqBack}</a>
      </div>
    );
  }
  return (
    <div class="page request-case-page" data-case-id={caseId}>
      <p>
        <a href={routeHref('requests')}>{t.reqBack}</a>
      </p>
      <PageHeading>{t.reqCaseTitle(isolate(request.reference))}</PageHeading>
      {justCreated && (
        <p class="alert alert--success" role="status" data-request-created>
          {t.reqCreated(isolate(request.reference))}
        </p>
      )}
      <p class="case-badges">
        <UrgencyBadge urgency={request.urgency} /> {t.reqColRegistered}:{' '}
        <DateTime iso={request.createdAt} />
      </p>
      <ReferralPanel me={me} caseId={caseId} urgency={request.urgency} startOpen={justCreated} />
    </div>
  );
}
