import type { ComponentChildren } from 'preact';
import type { IncidentView } from '../../api/case-types.ts';
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

/**
 * One incident as classified — Law 103.13 forms, GBVIMS type, contexts, relation, date, place —
 * for the helpline's case file and for the case as shared with an institution. `children` adds
 * facts at the end of the list (when it was recorded, for the helpline).
 */
export function IncidentFacts({
  incident,
  children,
}: {
  readonly incident: IncidentView;
  readonly children?: ComponentChildren;
}) {
  const { locale, t } = useConsole();
  return (
    <>
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
        {children}
      </dl>
    </>
  );
}
