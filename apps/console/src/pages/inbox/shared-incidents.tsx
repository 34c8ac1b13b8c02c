import type { CaseView } from '../../api/case-types.ts';
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
import { CaseSection } from '../case/section.tsx';

/**
 * What happened, as classified (forms, type, context, relation, date, place). Her narrative
 * appears only when she agreed to share it with the institution; otherwise the page says it
 * was not shared (her own answers being withheld is the sign).
 */
export function SharedIncidents({ view }: { readonly view: CaseView }) {
  const { locale, t } = useConsole();
  const narrativesWithheld = view.intake === null;
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
                        incident.contexts.map((code) => contextLabel(code, locale)),
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
              </dl>
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
