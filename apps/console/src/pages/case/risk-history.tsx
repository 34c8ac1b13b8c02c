import { RISK_QUESTIONS } from '@sanad/core';
import { UrgencyBadge } from '../../components/helpline/urgency-badge.tsx';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { useConsole } from '../../context.ts';
import { useCaseFileContext } from './case-context.ts';

/** Earlier assessments, newest first: who (or her app), the score, proposed and final level. */
export function RiskHistory() {
  const { t } = useConsole();
  const { view } = useCaseFileContext();
  if (view.riskAssessments.length === 0) return <p class="empty">{t.noRiskYet}</p>;
  return (
    <ol class="history" data-risk-history>
      {view.riskAssessments.map((assessment) => (
        <li key={assessment.id} data-assessment-id={assessment.id}>
          <p>
            <DateTime iso={assessment.createdAt} /> —{' '}
            {assessment.assessedBy ? <bdi>{assessment.assessedBy.name}</bdi> : t.fromHerApp}
          </p>
          <p>
            {t.riskScore(assessment.score, RISK_QUESTIONS.length)}:{' '}
            <UrgencyBadge urgency={assessment.computedLevel} />
            {assessment.finalLevel !== assessment.computedLevel && (
              <>
                {' '}
                → {t.finalLevel} <UrgencyBadge urgency={assessment.finalLevel} />
              </>
            )}
          </p>
          {assessment.overrideReason && (
            <p class="cell-note">
              {t.overrideReason}: <bdi>{assessment.overrideReason}</bdi>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
