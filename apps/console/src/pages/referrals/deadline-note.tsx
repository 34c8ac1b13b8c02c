import type { ReferralView } from '../../api/referral-types.ts';
import { useConsole } from '../../context.ts';
import { formatDateTime } from '../../helpline-format.ts';
import { useNow } from '../../hooks/use-now.ts';
import { pendingDeadline } from './referral-deadlines.ts';
import { durationText } from './referral-wording.ts';

type Deadlines = Pick<ReferralView, 'status' | 'acknowledgeDueAt' | 'acceptDueAt' | 'overdue'>;

/**
 * The deadline a referral waits on — "to acknowledge by 14:05, 12 minutes left" — marked
 * overdue in words and colour once it passes. Refreshed every 30 s while shown.
 */
export function DeadlineNote({ referral }: { readonly referral: Deadlines }) {
  const { locale, t } = useConsole();
  const now = useNow(30_000);
  const deadline = pendingDeadline(referral, now);
  if (!deadline) return null;
  const { stage, dueAt, overdue, secondsLeft } = deadline;
  return (
    <p
      class={`deadline${overdue ? ' deadline--overdue' : ''}`}
      data-deadline={stage}
      data-overdue={String(overdue)}
    >
      {overdue && <strong class="badge badge--late">{t.refOverdue}</strong>}{' '}
      {dueAt === null ? (
        stage === 'acknowledge' ? (
          t.refOverdueAcknowledge
        ) : (
          t.refOverdueAccept
        )
      ) : (
        <>
          {stage === 'acknowledge'
            ? t.refAcknowledgeBy(formatDateTime(dueAt, locale))
            : t.refAcceptBy(formatDateTime(dueAt, locale))}{' '}
          <time dateTime={dueAt} class="deadline__left">
            (
            {overdue
              ? t.refLateBy(durationText(secondsLeft, t))
              : t.refDueIn(durationText(secondsLeft, t))}
            )
          </time>
        </>
      )}
    </p>
  );
}
