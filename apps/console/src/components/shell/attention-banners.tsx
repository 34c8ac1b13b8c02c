import { useConsole } from '../../context.ts';
import { formatDateTime, formatDuration } from '../../helpline-format.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locale.ts';
import {
  isAlarm,
  isWarning,
  type Alarm,
  type Attention,
  type Warning,
} from '../../live/attention.ts';
import { useLiveStatus } from '../../live/live-context.ts';
import type { ToneOutcome } from '../../live/alert-tone.ts';
import { caseHref, referralHref } from '../../routing.ts';

interface Props {
  readonly items: readonly Attention[];
  readonly onDismiss: (key: string) => void;
  readonly muted: boolean;
  readonly onMutedChange: (muted: boolean) => void;
  readonly lastTone: ToneOutcome | undefined;
}

type Reminder = Exclude<Attention, Alarm | Warning>;

/** Where an item leads: its case, or its referral. */
function hrefOf(item: Attention): string {
  return 'referralId' in item ? referralHref(item.referralId) : caseHref(item.caseId);
}

/** A loud item's title and sentence. */
function alarmWords(item: Alarm | Warning, t: Messages, locale: Locale): [string, string] {
  switch (item.kind) {
    case 'urgent':
      return [t.urgentAlertTitle, t.urgentAlertBody(formatDateTime(item.at, locale))];
    case 'unclaimed':
      return [
        t.unclaimedAlertTitle,
        t.unclaimedAlertBody(
          item.waitingSeconds === undefined ? '' : formatDuration(item.waitingSeconds),
        ),
      ];
    case 'referral_urgent':
      return [
        t.refUrgentAlertTitle,
        item.dueAt ? t.refAcknowledgeBy(formatDateTime(item.dueAt, locale)) : t.refUrgentAlertBody,
      ];
    case 'referral_overdue':
      return [
        t.refOverdueAlertTitle,
        [
          item.stage === 'acknowledge' ? t.refOverdueAcknowledge : t.refOverdueAccept,
          item.escalation === 2 ? t.refEscalated2 : item.escalation === 1 ? t.refEscalated1 : '',
        ]
          .filter(Boolean)
          .join(' — '),
      ];
  }
}

function reminderWords(item: Reminder, t: Messages, locale: Locale): string {
  switch (item.kind) {
    case 'followup':
      return t.followUpDueReminder(formatDateTime(item.dueAt, locale));
    case 'message':
      return t.messageReceivedReminder;
    case 'referral_override':
      return t.refOverrideReminder;
  }
}

/**
 * On every page of a console that listens live: the connection, the sound switch, and the
 * alerts (urgent cases, urgent cases nobody took, emergency referrals received, referrals
 * overdue) with a way to open them; then quieter reminders (a follow-up due, a message from
 * her, a referral sent without her consent).
 */
export function AttentionBanners({ items, onDismiss, muted, onMutedChange, lastTone }: Props) {
  const { locale, t } = useConsole();
  const status = useLiveStatus();
  const loud = items.filter((item): item is Alarm | Warning => isAlarm(item) || isWarning(item));
  const reminders = items.filter((item): item is Reminder => !isAlarm(item) && !isWarning(item));
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
      {loud.map((item) => {
        const [title, body] = alarmWords(item, t, locale);
        const referral = 'referralId' in item;
        return (
          <div
            key={item.key}
            class={`attention__alarm attention__alarm--${item.kind}`}
            role="alert"
            data-alert-kind={item.kind}
            data-case-id={'caseId' in item ? item.caseId : undefined}
            data-referral-id={'referralId' in item ? item.referralId : undefined}
            data-tone={isAlarm(item) ? lastTone : undefined}
          >
            <p>
              <strong>{title}</strong> {body}
            </p>
            <div class="row-actions">
              <a class="button button--danger" href={hrefOf(item)}>
                {referral ? t.refOpenReferralShort : t.openCase}
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
        );
      })}
      <div role="status" class="attention__reminders">
        {reminders.map((item) => (
          <div key={item.key} class="attention__reminder" data-alert-kind={item.kind}>
            <p>{reminderWords(item, t, locale)}</p>
            <a class="button button--small" href={hrefOf(item)}>
              {'referralId' in item ? t.refOpenReferralShort : t.openCase}
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
