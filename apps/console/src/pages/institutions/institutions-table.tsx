import type { InstitutionRecord } from '../../api/admin.ts';
import { useConsole } from '../../context.ts';
import { isolate } from '../../i18n/bidi.ts';
import { describePlace, institutionTypeLabel, serviceLabel } from '../../vocabulary.ts';
import { dayName } from './opening-hours-field.tsx';
import { scheduleSummary } from './schedule-draft.ts';

interface Props {
  readonly institutions: readonly InstitutionRecord[];
  readonly busyId: string | undefined;
  readonly onEdit: (institution: InstitutionRecord) => void;
  readonly onToggle: (institution: InstitutionRecord) => void;
}

/** The institutions of the referral network; actions follow each row's `abilities`. */
export function InstitutionsTable({ institutions, busyId, onEdit, onToggle }: Props) {
  const { locale, t } = useConsole();
  if (institutions.length === 0) return <p class="empty">{t.noInstitutions}</p>;
  return (
    <div class="table-scroll">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t.instName}</th>
            <th scope="col">{t.instType}</th>
            <th scope="col">{t.colPlace}</th>
            <th scope="col">{t.colServices}</th>
            <th scope="col">{t.colHours}</th>
            <th scope="col">{t.colCapacity}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {institutions.map((institution) => (
            <tr
              key={institution.id}
              data-institution-id={institution.id}
              class={institution.active ? undefined : 'row--muted'}
            >
              <th scope="row">
                <bdi>{institution.name}</bdi>
                <span class="cell-note">
                  <bdi>{institution.agency}</bdi>
                </span>
                {institution.code !== undefined && (
                  <span class="cell-note">
                    <code dir="ltr">{institution.code}</code>
                  </span>
                )}
              </th>
              <td>{institutionTypeLabel(institution.type, locale)}</td>
              <td>{describePlace(institution.regionCode, institution.provinceCode, locale)}</td>
              <td>
                <ul class="tags">
                  {institution.services.map((service) => (
                    <li key={service}>{serviceLabel(service, locale)}</li>
                  ))}
                </ul>
              </td>
              <td>
                {institution.open247 ? (
                  t.hoursAlways
                ) : (
                  <bdi>
                    {scheduleSummary(institution.openingHours, (day) => dayName(day, t)) ??
                      t.hoursNotGiven}
                  </bdi>
                )}
              </td>
              <td>
                {institution.capacityTotal === undefined
                  ? '—'
                  : `${institution.capacityFree ?? '—'} / ${institution.capacityTotal}`}
              </td>
              <td>
                <span class={`badge ${institution.active ? 'badge--on' : 'badge--off'}`}>
                  {institution.active ? t.statusActive : t.statusDisabled}
                </span>
              </td>
              <td>
                {institution.abilities.update && (
                  <div
                    class="row-actions"
                    role="group"
                    aria-label={t.actionsFor(isolate(institution.name))}
                  >
                    <button
                      type="button"
                      class="button button--small button--secondary"
                      disabled={busyId === institution.id}
                      onClick={() => {
                        onEdit(institution);
                      }}
                    >
                      {t.edit}
                    </button>
                    <button
                      type="button"
                      class="button button--small button--secondary"
                      disabled={busyId === institution.id}
                      onClick={() => {
                        onToggle(institution);
                      }}
                    >
                      {institution.active ? t.disable : t.enable}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
