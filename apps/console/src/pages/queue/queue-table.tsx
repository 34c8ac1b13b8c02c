import type { QueueItem } from '../../api/queue-types.ts';
import { HandlerName } from '../../components/helpline/handler-name.tsx';
import { UrgencyBadge } from '../../components/helpline/urgency-badge.tsx';
import { useConsole } from '../../context.ts';
import { formatDuration, isoDuration } from '../../helpline-format.ts';
import { channelLabel, contactTypeLabel } from '../../helpline-vocabulary.ts';
import { caseHref } from '../../routing.ts';
import { provinceName } from '../../vocabulary.ts';

interface Props {
  readonly items: readonly QueueItem[];
  readonly myId: string;
  /** Seconds since the list was read: waiting times tick on from the server's count. */
  readonly elapsedSeconds: number;
  readonly busyId: string | undefined;
  readonly canRelease: (item: QueueItem) => boolean;
  readonly onClaim: (item: QueueItem) => void;
  readonly onRelease: (item: QueueItem) => void;
}

/** The triage queue: urgent first, then longest waiting; who handles each case. */
export function QueueTable({
  items,
  myId,
  elapsedSeconds,
  busyId,
  canRelease,
  onClaim,
  onRelease,
}: Props) {
  const { locale, t } = useConsole();
  if (items.length === 0) return <p class="empty">{t.queueEmpty}</p>;
  return (
    <div class="table-scroll">
      <table class="table queue-table">
        <caption class="visually-hidden">{t.queueCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colUrgency}</th>
            <th scope="col">{t.colCase}</th>
            <th scope="col">{t.colProvince}</th>
            <th scope="col">{t.colChannel}</th>
            <th scope="col">{t.colWaiting}</th>
            <th scope="col">{t.colHandledBy}</th>
            <th scope="col">{t.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const waiting = item.waitingSeconds + elapsedSeconds;
            return (
              <tr
                key={item.caseId}
                data-case-id={item.caseId}
                class={item.urgency === 'emergency' && !item.claimedBy ? 'row--urgent' : undefined}
              >
                <td>
                  <UrgencyBadge urgency={item.urgency} />
                </td>
                <th scope="row">
                  <a href={caseHref(item.caseId)} dir="ltr" class="case-ref">
                    {item.reference}
                  </a>
                  <span class="cell-note">{contactTypeLabel(item.kind, locale)}</span>
                </th>
                <td>
                  {item.provinceCode ? provinceName(item.provinceCode, locale) : t.placeUnknown}
                </td>
                <td>{channelLabel(item.channel, locale)}</td>
                <td>
                  <time dateTime={isoDuration(waiting)} dir="ltr" class="waiting">
                    {formatDuration(waiting)}
                  </time>
                </td>
                <td>
                  <HandlerName staff={item.claimedBy} myId={myId} />
                </td>
                <td>
                  <div
                    class="row-actions"
                    role="group"
                    aria-label={t.actionsForCase(item.reference)}
                  >
                    {!item.claimedBy && (
                      <button
                        type="button"
                        class="button button--small"
                        disabled={busyId === item.caseId}
                        onClick={() => {
                          onClaim(item);
                        }}
                      >
                        {t.claim}
                      </button>
                    )}
                    {item.claimedBy && canRelease(item) && (
                      <button
                        type="button"
                        class="button button--small button--secondary"
                        disabled={busyId === item.caseId}
                        onClick={() => {
                          onRelease(item);
                        }}
                      >
                        {t.release}
                      </button>
                    )}
                    <a class="button button--small button--secondary" href={caseHref(item.caseId)}>
                      {t.openCase}
                    </a>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
