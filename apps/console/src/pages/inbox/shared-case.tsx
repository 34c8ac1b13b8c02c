import { useMemo } from 'preact/hooks';
import { loadCase } from '../../api/cases.ts';
import type { CaseView } from '../../api/case-types.ts';
import type { Me } from '../../api/types.ts';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { UrgencyBadge } from '../../components/helpline/urgency-badge.tsx';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { useConsole } from '../../context.ts';
import { localProblem } from '../../forms.ts';
import { areaTypeLabel, contactTypeLabel } from '../../helpline-vocabulary.ts';
import { useResource } from '../../hooks/use-resource.ts';
import { provinceName } from '../../vocabulary.ts';
import { CaseFileContext, type CaseFileContextValue } from '../case/case-context.ts';
import { IntakeAnswers } from '../case/intake-answers.tsx';
import { RiskHistory } from '../case/risk-history.tsx';
import { CaseSection } from '../case/section.tsx';
import { SharedIncidents } from './shared-incidents.tsx';

/**
 * The case as the server shares it with the receiving institution: only what is present is
 * shown, and where she did not consent to share (her own answers, what happened in her words)
 * the page says so plainly instead of leaving a gap. Nothing here can be changed.
 */
export function SharedCase({ me, caseId }: { readonly me: Me; readonly caseId: string }) {
  const { api, t } = useConsole();
  const { resource, reload } = useResource((signal) => loadCase(api, caseId, signal));
  if (resource.kind === 'loading') {
    return (
      <p class="loading" role="status">
        {t.loading}
      </p>
    );
  }
  if (resource.kind === 'failed') {
    // A referral declined or revoked no longer opens the case to the institution.
    return resource.problem.code === 'not_found' ? (
      <p class="alert alert--info" data-not-shared="case">
        {t.refCaseNotShared}
      </p>
    ) : (
      <LoadFailure problem={resource.problem} onRetry={reload} />
    );
  }
  return <SharedCaseView me={me} view={resource.data} onReload={reload} />;
}

function SharedCaseView({
  me,
  view,
  onReload,
}: {
  readonly me: Me;
  readonly view: CaseView;
  readonly onReload: () => void;
}) {
  const { locale, t } = useConsole();
  // The case sections read the file from this context; here nothing can be saved.
  const context = useMemo<CaseFileContextValue>(
    () => ({
      view,
      me,
      refresh: onReload,
      save: () =>
        Promise.resolve({ kind: 'refused' as const, problem: localProblem(t.refCaseReadOnly) }),
    }),
    [view, me, t],
  );
  const place = view.provinceCode ? provinceName(view.provinceCode, locale) : t.placeUnknown;
  return (
    <CaseFileContext.Provider value={context}>
      <div class="shared-case" data-shared-case={view.id}>
        <CaseSection title={t.refSharedCaseTitle} name="shared-case">
          <p class="field__hint">{t.refSharedCaseHint}</p>
          <dl class="facts">
            <dt>{t.colCase}</dt>
            <dd>
              <bdi dir="ltr" class="case-ref">
                {view.reference}
              </bdi>{' '}
              — {contactTypeLabel(view.kind, locale)}
            </dd>
            <dt>{t.colUrgency}</dt>
            <dd>
              <UrgencyBadge urgency={view.urgency} />
            </dd>
            <dt>{t.colProvince}</dt>
            <dd>
              {place}
              {view.areaType && ` — ${areaTypeLabel(view.areaType, locale)}`}
            </dd>
            <dt>{t.receivedAt}</dt>
            <dd>
              <DateTime iso={view.createdAt} />
            </dd>
          </dl>
        </CaseSection>
        {view.intake ? (
          <IntakeAnswers />
        ) : (
          <CaseSection title={t.intakeTitle} name="intake">
            <p class="not-shared" data-not-shared="intake">
              {t.refNotSharedIntake}
            </p>
          </CaseSection>
        )}
        <SharedIncidents view={view} />
        {view.riskAssessments.length > 0 && (
          <CaseSection title={t.riskTitle} name="risk">
            <RiskHistory />
          </CaseSection>
        )}
        {view.safetyPlan && (
          <CaseSection title={t.safetyPlanTitle} name="safety-plan">
            <p class="narrative" dir="auto">
              {view.safetyPlan}
            </p>
          </CaseSection>
        )}
      </div>
    </CaseFileContext.Provider>
  );
}
