import type { CaseSearchHit } from '../../api/case-types.ts';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { HandlerName } from '../../components/helpline/handler-name.tsx';
import { StatusBadge } from '../../components/helpline/status-badge.tsx';
import { UrgencyBadge } from '../../components/helpline/urgency-badge.tsx';
import { useConsole } from '../../context.ts';
import { contactTypeLabel } from '../../helpline-vocabulary.ts';
import { caseHref } from '../../routing.ts';
import { provinceName } from '../../vocabulary.ts';

interface Props {
  readonly hits: readonly CaseSearchHit[];
  readonly myId: string;
  /** When given, each row offers "choose" (attaching a call) instead of only opening. */
  readonly onPick?: (hit: CaseSearchHit) => void;
  readonly pickedId?: string | undefined;
}

/** Cases found, with the same badges as the queue. */
export function SearchResults({ hits, myId, onPick, pickedId }: Props) {
  const { locale, t } = useConsole();
  if (hits.length === 0) return <p class="empty">{t.noCasesFound}</p>;
  return (
    <div class="table-scroll">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t.colCase}</th>
            <th scope="col">{t.colUrgency}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colProvince}</th>
            <th scope="col">{t.receivedAt}</th>
            <th scope="col">{t.colHandledBy}</th>
            {onPick && <th scope="col">{t.colActions}</th>}
          </tr>
        </thead>
        <tbody>
          {hits.map((hit) => (
            <tr key={hit.caseId} data-case-id={hit.caseId}>
              <th scope="row">
                <a href={caseHref(hit.caseId)} dir="ltr" class="case-ref">
                  {hit.reference}
                </a>
                <span class="cell-note">{contactTypeLabel(hit.kind, locale)}</span>
              </th>
              <td>
                <UrgencyBadge urgency={hit.urgency} />
              </td>
              <td>
                <StatusBadge status={hit.status} />
              </td>
              <td>{hit.provinceCode ? provinceName(hit.provinceCode, locale) : t.placeUnknown}</td>
              <td>
                <DateTime iso={hit.createdAt} />
              </td>
              <td>
                <HandlerName staff={hit.claimedBy} myId={myId} />
              </td>
              {onPick && (
                <td>
                  <button
                    type="button"
                    class="button button--small button--secondary"
                    aria-pressed={pickedId === hit.caseId}
                    onClick={() => {
                      onPick(hit);
                    }}
                  >
                    {pickedId === hit.caseId ? t.chosen : t.choose}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
