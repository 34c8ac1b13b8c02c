import { useConsole } from '../../context.ts';
import { formatDateTime, formatDuration } from '../../helpline-format.ts';
import { isAlarm, type Alarm, type Attention } from '../../live/attention.ts';
import { useLiveStatus } from '../../live/live-context.ts';
import type { ToneOutcome } from '../../live/alert-tone.ts';
import { caseHref } from '../../routing.ts';

interface Props {
  readonly items: readonly Attention[];
  readonly onDismiss: (key: string) => void;
  readonly muted: boolean;
  readonly onMutedChange: (muted: boolean) => void;
  readonly lastTone: ToneOutcome | undefined;
}

/**
 * On every page of a listener's or supervisor's console: the live connection, the sound
 * switch, and the alerts (urgent cases, urgent cases nobody took) with a way to open the case;
 * then quieter reminders (a follow-up due, a message from her).
 */
export function AttentionBanners({ items, onDismiss, muted, onMutedChange, lastTone }: Props) {
  const { locale, t } = useConsole();
  const status = useLiveStatus();
  const alarms = items.filter(isAlarm);
  const reminders = items.filter((item): item is Exclude<Attention, Alarm> => !isAlarm(item));
  return (
    <div class="attention" data-live-status={status}>
      <div class="live-bar">
        <p class={`live-bar__status live-bar__status--${status}`}>
          <span aria-hidden="true">●</span>{' '}
          {status === 'live' ? t.liveConnected : status === 'off' ? t.liveOff : t.liveReconnecting}
        </p>
        <button
          type="button"
          class="button button--small button--secondary"
          aria-pressed={muted}
          data-mute-toggle
          onClick={() => {
            onMutedChange(!muted);
          }}
        >
          {t.muteSound}
        </button>
        {lastTone === 'blocked' && !muted && <p class="live-bar__hint">{t.soundBlocked}</p>}
      </div>
      {alarms.map((item) => (
        <div
          key={item.key}
          class={`attention__alarm attention__alarm--${item.kind}`}
          role="alert"
          data-alert-kind={item.kind}
          data-case-id={item.caseId}
          data-tone={lastTone}
        >
          <p>
            <strong>{item.kind === 'urgent' ? t.urgentAlertTitle : t.unclaimedAlertTitle}</strong>{' '}
            {item.kind === 'urgent'
              ? t.urgentAlertBody(formatDateTime(item.at, locale))
              : t.unclaimedAlertBody(
                  item.waitingSeconds === undefined ? '' : formatDuration(item.waitingSeconds),
                )}
          </p>
          <div class="row-actions">
            <a class="button button--danger" href={caseHref(item.caseId)}>
              {t.openCase}
            </a>
            <button
              type="button"
              class="button button--small button--secondary"
              onClick={() => {
                onDismiss(item.key);
              }}
            >
              {t.dismiss}
            </button>
          </div>
        </div>
      ))}
      <div role="status" class="attention__reminders">
        {reminders.map((item) => (
          <div key={item.key} class="attention__reminder" data-alert-kind={item.kind}>
            <p>
              {item.kind === 'followup'
                ? t.followUpDueReminder(formatDateTime(item.dueAt, locale))
                : t.messageReceivedReminder}
            </p>
            <a class="button button--small" href={caseHref(item.caseId)}>
              {t.openCase}
            </a>
            <button
              type="button"
              class="button button--small button--secondary"
              onClick={() => {
                onDismiss(item.key);
              }}
            >
              {t.dismiss}
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
