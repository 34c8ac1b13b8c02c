import { useMemo, useRef } from 'preact/hooks';
import { canDo } from '../../abilities.ts';
import type { Me } from '../../api/types.ts';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { useConsole } from '../../context.ts';
import { useLiveSignals } from '../../live/live-context.ts';
import { payloadNumber } from '../../live/live-events.ts';
import { routeHref } from '../../routing.ts';
import { PathwaySection } from '../pathway/pathway-section.tsx';
import { ReferralPanel } from '../referrals/referral-panel.tsx';
import { CaseFileContext } from './case-context.ts';
import { CaseHeader } from './case-header.tsx';
import { ConsentsSection } from './consents-section.tsx';
import { ContactsSection } from './contacts-section.tsx';
import { FollowUpsSection } from './follow-ups-section.tsx';
import { IncidentsSection } from './incidents-section.tsx';
import { IntakeAnswers } from './intake-answers.tsx';
import { MessagesSection } from './messages-section.tsx';
import { RiskChecklist } from './risk-checklist.tsx';
import { SafetyPlanSection } from './safety-plan-section.tsx';
import { TimelineSection } from './timeline-section.tsx';
import { UrgentPathBox } from './urgent-path-box.tsx';
import { useCaseFile } from './use-case-file.ts';

/**
 * One case file on one screen: who handles it, her own answers (never asked twice), her
 * economic pathway, risk, incidents, consents, safety plan, follow-ups, contacts, messages and
 * the timeline. Changes
 * made elsewhere (a colleague, her message) are read again as the live stream announces them.
 */
export function CasePage({ me, caseId }: { readonly me: Me; readonly caseId: string }) {
  const { t } = useConsole();
  const file = useCaseFile(caseId);
  const pending = useRef<number | undefined>(undefined);

  useLiveSignals((signal) => {
    if (signal.type === 'ready') {
      if (signal.reconnected) file.refresh();
      return;
    }
    if (signal.type !== 'event' || signal.event.caseId !== caseId) return;
    const { event } = signal;
    if (event.kind === 'case.queued' || event.kind === 'alert.urgent') return;
    // Our own write already shows: its echo carries the version we hold.
    const version = payloadNumber(event.payload, 'version');
    if (version !== undefined && file.view && version <= file.view.version) return;
    if (pending.current !== undefined) window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      file.refresh();
    }, 300);
  });

  const context = useMemo(
    () => (file.view ? { view: file.view, me, save: file.save, refresh: file.refresh } : undefined),
    [file.view, me],
  );

  if (!context) {
    return file.loadProblem ? (
      <div class="page">
        <LoadFailure problem={file.loadProblem} onRetry={file.refresh} />
        <a href={routeHref('queue')}>{t.backToQueue}</a>
      </div>
    ) : (
      <p class="loading" role="status">
        {t.loading}
      </p>
    );
  }

  return (
    <CaseFileContext.Provider value={context}>
      <div class="page case-page" data-case-id={caseId}>
        <p>
          <a href={routeHref('queue')}>{t.backToQueue}</a>
        </p>
        <CaseHeader />
        {file.stale && (
          <div class="alert alert--warning" role="alert" data-stale-notice>
            <p>{t.staleVersion}</p>
            <button
              type="button"
              class="button button--small button--secondary"
              onClick={file.dismissStale}
            >
              {t.understood}
            </button>
          </div>
        )}
        <p class="notice" role="status" data-case-notice>
          {file.notice}
        </p>
        <div class="case-grid">
          <div class="case-column">
            <UrgentPathBox />
            {canDo(me, 'referral.read') && (
              <ReferralPanel me={me} caseId={caseId} urgency={context.view.urgency} />
            )}
            <IntakeAnswers />
            {canDo(me, 'enrolment.read') && (
              <PathwaySection
                me={me}
                caseId={caseId}
                // What a support request asks for; for a violence report, on demand.
                startOpen={context.view.kind === 'support_request'}
                onCaseChanged={file.refresh}
              />
            )}
            <RiskChecklist />
            <IncidentsSection />
            <ConsentsSection />
            <SafetyPlanSection />
          </div>
          <div class="case-column">
            <FollowUpsSection />
            <ContactsSection />
            <MessagesSection />
            <TimelineSection />
          </div>
        </div>
      </div>
    </CaseFileContext.Provider>
  );
}
