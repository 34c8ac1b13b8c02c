import { useRef, useState } from 'preact/hooks';
import { canDo } from '../../abilities.ts';
import type { ReferralView } from '../../api/referral-types.ts';
import { loadReferral } from '../../api/referrals.ts';
import type { Me } from '../../api/types.ts';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useConsole } from '../../context.ts';
import { useResource } from '../../hooks/use-resource.ts';
import { isolate } from '../../i18n/bidi.ts';
import { useLiveSignals } from '../../live/live-context.ts';
import { caseHref, inboxHref, requestHref, routeHref } from '../../routing.ts';
import { EnrolmentCard } from '../pathway/enrolment-card.tsx';
import { ReferralCard } from '../referrals/referral-card.tsx';
import { referralStatusLabel } from '../referrals/referral-vocabulary.ts';
import { RespondActions } from './respond-actions.tsx';
import { ServiceRecordForm } from './service-record-form.tsx';
import { SharedCase } from './shared-case.tsx';

/**
 * One referral (`#/referrals/<id>`). For the receiving institution: where it stands, its
 * deadline, the steps it may take (acknowledge, accept or decline, start, record the services
 * delivered, complete with a note back), the opportunity it is about when it comes from her
 * economic pathway, and the case as shared with it. For the referring side
 * (a supervisor following an alert): the same card, and the way to the case file.
 */
export function ReferralPage({ me, referralId }: { readonly me: Me; readonly referralId: string }) {
  const { api, locale, t } = useConsole();
  const { resource, reload, refresh, update } = useResource((signal) =>
    loadReferral(api, referralId, signal),
  );
  const [notice, setNotice] = useState('');
  const pending = useRef<number | undefined>(undefined);

  useLiveSignals((signal) => {
    const ours =
      (signal.type === 'ready' && signal.reconnected) ||
      (signal.type === 'referral' && signal.event.referralId === referralId);
    if (!ours || pending.current !== undefined) return;
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      refresh();
    }, 200);
  });

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
        <BackLink me={me} />
      </div>
    );
  }

  const referral = resource.data;
  const receiving = me.user.institution?.id === referral.institution.id;
  const changed = (next: ReferralView) => {
    update(() => next);
    setNotice(t.refStepDone(referralStatusLabel(next.status, locale)));
  };

  return (
    <div class="page referral-page" data-referral-page={referral.id}>
      <p>
        <BackLink me={me} />
      </p>
      <PageHeading>{t.refPageTitle(isolate(referral.caseReference))}</PageHeading>
      <p class="notice" role="status" data-referral-notice>
        {notice}
      </p>
      <ReferralCard
        referral={referral}
        viewpoint={receiving ? 'receiving' : 'referring'}
        headingLevel={3}
      >
        <RespondActions referral={referral} onChanged={changed} onStale={refresh} />
      </ReferralCard>
      <EnrolmentCard
        referralId={referral.id}
        referralKey={`${referral.status}:${String(referral.version)}`}
        viewpoint={receiving ? 'provider' : 'referring'}
        onChanged={refresh}
      />
      {receiving && referral.abilities.recordService && (
        <ServiceRecordForm
          referral={referral}
          onRecorded={(next) => {
            update(() => next);
            setNotice(t.refServiceRecorded);
          }}
          onStale={refresh}
        />
      )}
      {receiving ? (
        // A declined or revoked referral no longer opens her case to the institution.
        referral.scope === 'opportunity' ? (
          <p class="alert alert--info" data-not-shared="opportunity">
            {t.pwOnlyContactShared}
          </p>
        ) : referral.status === 'declined' || referral.status === 'revoked' ? (
          <p class="alert alert--info" data-not-shared="case">
            {t.refCaseNotShared}
          </p>
        ) : (
          <SharedCase me={me} caseId={referral.caseId} />
        )
      ) : (
        <CaseLink me={me} caseId={referral.caseId} />
      )}
    </div>
  );
}

/** Back to where referrals are listed for this person. */
function BackLink({ me }: { readonly me: Me }) {
  const { t } = useConsole();
  if (canDo(me, 'referral.respond')) return <a href={inboxHref()}>{t.refBackToInbox}</a>;
  if (canDo(me, 'queue.read')) return <a href={routeHref('queue')}>{t.backToQueue}</a>;
  return <a href={routeHref('home')}>{t.navHome}</a>;
}

/** The referring side opens the whole file where it works: the case page, or its request. */
function CaseLink({ me, caseId }: { readonly me: Me; readonly caseId: string }) {
  const { t } = useConsole();
  if (canDo(me, 'queue.read') && canDo(me, 'case.read')) {
    return (
      <p>
        <a class="button button--secondary" href={caseHref(caseId)}>
          {t.openCase}
        </a>
      </p>
    );
  }
  if (canDo(me, 'request.read')) {
    return (
      <p>
        <a class="button button--secondary" href={requestHref(caseId)}>
          {t.reqOpen}
        </a>
      </p>
    );
  }
  return null;
}
