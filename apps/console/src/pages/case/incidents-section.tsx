import { DateTime } from '../../components/helpline/date-time.tsx';
import { useConsole } from '../../context.ts';
import { formatDate, formatList } from '../../helpline-format.ts';
import {
  areaTypeLabel,
  contextLabel,
  gbvimsTypeLabel,
  relationLabel,
  violenceFormLabel,
} from '../../helpline-vocabulary.ts';
import { provinceName } from '../../vocabulary.ts';
import { useCaseFileContext } from './case-context.ts';
import { IncidentForm } from './incident-form.tsx';
import { CaseSection } from './section.tsx';

/** What happened, classified: Law 103.13 forms, the GBVIMS type, contexts, relation, place. */
export function IncidentsSection() {
  const { locale, t } = useConsole();
  const { view } = useCaseFileContext();
  return (
    <CaseSection title={t.incidentsTitle} name="incidents">
      {view.incidents.length === 0 ? (
        <p class="empty">{t.noIncidents}</p>
      ) : (
        <ol class="history">
          {view.incidents.map((incident) => (
            <li key={incident.id} data-incident-id={incident.id}>
              <ul class="tags">
                {incident.forms.map((form) => (
                  <li key={form}>{violenceFormLabel(form, locale)}</li>
                ))}
              </ul>
              <dl class="facts facts--compact">
                {incident.gbvimsType && (
                  <>
                    <dt>{t.gbvimsType}</dt>
                    <dd>{gbvimsTypeLabel(incident.gbvimsType, locale)}</dd>
                  </>
                )}
                {incident.contexts.length > 0 && (
                  <>
                    <dt>{t.contexts}</dt>
                    <dd>
                      {formatList(
                        incident.contexts.map((c) => contextLabel(c, locale)),
                        locale,
                      )}
                    </dd>
                  </>
                )}
                {incident.perpetratorRelation && (
                  <>
                    <dt>{t.relation}</dt>
                    <dd>{relationLabel(incident.perpetratorRelation, locale)}</dd>
                  </>
                )}
                {incident.occurredOn && (
                  <>
                    <dt>{t.occurredOn}</dt>
                    <dd>{formatDate(incident.occurredOn, locale)}</dd>
                  </>
                )}
                {incident.provinceCode && (
                  <>
                    <dt>{t.colProvince}</dt>
                    <dd>
                      {provinceName(incident.provinceCode, locale)}
                      {incident.areaType && ` — ${areaTypeLabel(incident.areaType, locale)}`}
                    </dd>
                  </>
                )}
                <dt>{t.recordedAt}</dt>
                <dd>
                  <DateTime iso={incident.createdAt} />
                </dd>
              </dl>
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
