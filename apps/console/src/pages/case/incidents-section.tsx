import { DateTime } from '../../components/helpline/date-time.tsx';
import { useConsole } from '../../context.ts';
import { IncidentFacts } from './incident-facts.tsx';
import { useCaseFileContext } from './case-context.ts';
import { IncidentForm } from './incident-form.tsx';
import { CaseSection } from './section.tsx';

/** What happened, classified: Law 103.13 forms, the GBVIMS type, contexts, relation, place. */
export function IncidentsSection() {
  const { t } = useConsole();
  const { view } = useCaseFileContext();
  return (
    <CaseSection title={t.incidentsTitle} name="incidents">
      {view.incidents.length === 0 ? (
        <p class="empty">{t.noIncidents}</p>
      ) : (
        <ol class="history">
          {view.incidents.map((incident) => (
            <li key={incident.id} data-incident-id={incident.id}>
              <IncidentFacts incident={incident}>
                <dt>{t.recordedAt}</dt>
                <dd>
                  <DateTime iso={incident.createdAt} />
                </dd>
              </IncidentFacts>
              {incident.narrative && (
                <p class="narrative" dir="auto">
                  {incident.narrative}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {view.abilities.update && (
        <details class="disclosure">
          <summary>{t.addIncident}</summary>
          <IncidentForm />
        </details>
      )}
    </CaseSection>
  );
}
