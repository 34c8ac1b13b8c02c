import { useEffect, useId, useRef } from 'preact/hooks';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { useConsole } from '../../context.ts';
import { useResource } from '../../hooks/use-resource.ts';
import { useLiveSignals } from '../../live/live-context.ts';
import { referralHref } from '../../routing.ts';
import { loadCandidates } from './pathway-api.ts';
import { enrolmentStatusLabel, opportunityKindLabel } from './pathway-vocabulary.ts';

/**
 * A provider's candidates (issue #7): the women referred to one of its opportunities, where each
 * stands (the open ones, or those that ended — whose outcome is still to record). Each opens on
 * its referral's page, where the steps are taken. Shows nothing for an institution that offers
 * no opportunity, or has no candidate on this tab.
 */
export function CandidatesSection({ view }: { readonly view: 'open' | 'closed' }) {
  const { api, locale, t } = useConsole();
  const titleId = useId();
  const { resource, reload, refresh } = useResource((signal) => loadCandidates(api, view, signal));
  const pending = useRef<number | undefined>(undefined);
  useEffect(
    () => () => {
      if (pending.current !== undefined) window.clearTimeout(pending.current);
    },
    [],
  );

  // A referral moved (accepted, completed…): her enrolment may have moved with it.
  useLiveSignals((signal) => {
    const ours = (signal.type === 'ready' && signal.reconnected) || signal.type === 'referral';
    if (!ours || pending.current !== undefined) return;
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      refresh();
    }, 300);
  });

  if (resource.kind === 'loading') return null;
  if (resource.kind === 'failed')
    return <LoadFailure problem={resource.problem} onRetry={reload} />;
  const candidates = resource.data.filter((enrolment) => enrolment.referralId !== null);
  if (candidates.length === 0) return null;
  return (
    <section class="card stack" aria-labelledby={titleId} data-candidates={view}>
      <h3 id={titleId}>{t.pwCandidatesTitle}</h3>
      <div class="table-scroll">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t.colCase}</th>
              <th scope="col">{t.pwCandidatesOpportunity}</th>
              <th scope="col">{t.inboxColStatus}</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((enrolment) => (
              <tr key={enrolment.id} data-candidate={enrolment.id} data-status={enrolment.status}>
                <th scope="row">
                  <a
                    href={referralHref(enrolment.referralId ?? '')}
                    class="case-ref"
                    dir="ltr"
                    aria-label={t.refOpenReferral(enrolment.caseReference)}
                  >
                    {enrolment.caseReference}
                  </a>
                </th>
                <td>
                  <bdi dir="auto">{enrolment.opportunity.title}</bdi>
                  <span class="cell-note">
                    {opportunityKindLabel(enrolment.opportunity.kind, locale)}
                  </span>
                </td>
                <td>{enrolmentStatusLabel(enrolment.status, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
