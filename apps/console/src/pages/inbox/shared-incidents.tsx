import type { CaseView } from '../../api/case-types.ts';
import { useConsole } from '../../context.ts';
import { IncidentFacts } from '../case/incident-facts.tsx';
import { CaseSection } from '../case/section.tsx';

/**
 * What happened, as classified (forms, type, context, relation, date, place). Her narrative
 * appears only when she agreed to share it with the institution; otherwise the page says it
 * was not shared (her own answers being withheld is the sign).
 */
export function SharedIncidents({ view }: { readonly view: CaseView }) {
  const { t } = useConsole();
  const narrativesWithheld = view.intake === null;
  return (
    <CaseSection title={t.incidentsTitle} name="incidents">
      {view.incidents.length === 0 ? (
        <p class="empty">{t.noIncidents}</p>
      ) : (
        <ol class="history">
          {view.incidents.map((incident) => (
            <li key={incident.id} data-incident-id={incident.id}>
              <IncidentFacts incident={incident} />
              {incident.narrative ? (
                <p class="narrative" dir="auto">
                  {incident.narrative}
                </p>
              ) : (
                narrativesWithheld && (
                  <p class="not-shared" data-not-shared="narrative">
                    {t.refNotSharedNarrative}
                  </p>
                )
              )}
            </li>
          ))}
        </ol>
      )}
    </CaseSection>
  );
}
