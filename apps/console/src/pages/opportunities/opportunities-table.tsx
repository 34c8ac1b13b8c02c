import { formatDate } from '../../helpline-format.ts';
import { useConsole } from '../../context.ts';
import { isolate } from '../../i18n/bidi.ts';
import type { Opportunity } from './api.ts';
import { ConditionChips } from './condition-chips.tsx';
import { describeWhere, opportunityKindLabel, statusLabel } from './labels.ts';

interface Props {
  readonly opportunities: readonly Opportunity[];
  readonly busyId: string | undefined;
  readonly onEdit: (opportunity: Opportunity) => void;
  readonly onClose: (opportunity: Opportunity) => void;
}

const STATUS_BADGE = {
  open: 'badge--on',
  full: 'badge--late',
  expired: 'badge--off',
  closed: 'badge--off',
};

/** The catalogue's offers; edit and close follow each row's `abilities`. */
export function OpportunitiesTable({ opportunities, busyId, onEdit, onClose }: Props) {
  const { locale, t } = useConsole();
  if (opportunities.length === 0) return <p class="empty">{t.noOpportunities}</p>;
  return (
    <div class="table-scroll">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t.oppColOffer}</th>
            <th scope="col">{t.oppKind}</th>
            <th scope="col">{t.colPlace}</th>
            <th scope="col">{t.oppColDates}</th>
            <th scope="col">{t.oppColPlaces}</th>
            <th scope="col">{t.oppColConditions}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {opportunities.map((o) => (
            <tr
              key={o.id}
              data-opportunity-id={o.id}
              class={o.status === 'closed' || o.status === 'expired' ? 'row--muted' : undefined}
            >
              <th scope="row">
                <bdi>{o.title}</bdi>
                <span class="cell-note">
                  <bdi>{o.provider.name}</bdi>
                </span>
                {o.code !== null && (
                  <span class="cell-note">
                    <code dir="ltr">{o.code}</code>
                  </span>
                )}
              </th>
              <td>{opportunityKindLabel(o.kind, locale)}</td>
              <td>{describeWhere(o, locale, t)}</td>
              <td>
                {o.applyBy === null && o.startsOn === null ? (
                  t.oppNoDates
                ) : (
                  <>
                    {o.applyBy !== null && (
                      <span>{t.oppApplyBy(formatDate(o.applyBy, locale))}</span>
                    )}
                    {o.startsOn !== null && (
                      <span class="cell-note">{t.oppStartsOn(formatDate(o.startsOn, locale))}</span>
                    )}
                  </>
                )}
              </td>
              <td>
                {o.placesTotal === null || o.placesLeft === null
                  ? t.oppPlacesUncounted
                  : t.oppPlacesLeft(o.placesLeft, o.placesTotal)}
              </td>
              <td>
                <ConditionChips conditions={o.conditions} />
              </td>
              <td>
                <span class={`badge ${STATUS_BADGE[o.status]}`}>{statusLabel(o.status, t)}</span>
              </td>
              <td>
                {o.abilities.canManage && o.status !== 'closed' && (
                  <div class="row-actions" role="group" aria-label={t.actionsFor(isolate(o.title))}>
                    <button
                      type="button"
                      class="button button--small button--secondary"
                      disabled={busyId === o.id}
                      onClick={() => {
                        onEdit(o);
                      }}
                    >
                      {t.edit}
                    </button>
                    <button
                      type="button"
                      class="button button--small button--secondary"
                      disabled={busyId === o.id}
                      onClick={() => {
                        onClose(o);
                      }}
                    >
                      {t.oppClose}
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
