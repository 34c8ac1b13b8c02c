import type { ReferralView } from '../../api/referral-types.ts';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { UrgencyBadge } from '../../components/helpline/urgency-badge.tsx';
import { useConsole } from '../../context.ts';
import { formatList } from '../../helpline-format.ts';
import { useNow } from '../../hooks/use-now.ts';
import { referralHref } from '../../routing.ts';
import { serviceLabel } from '../../vocabulary.ts';
import { DeadlineNote } from '../referrals/deadline-note.tsx';
import { pendingDeadline } from '../referrals/referral-deadlines.ts';
import { ReferralStatusBadge } from '../referrals/referral-status-badge.tsx';

interface Props {
  readonly referrals: readonly ReferralView[];
  readonly caption: string;
  readonly empty: string;
}

/**
 * Referrals addressed to the institution: urgency, the case, what is asked, where it stands,
 * the deadline it waits on (overdue marked in words and colour), who referred it.
 */
export function InboxTable({ referrals, caption, empty }: Props) {
  const { locale, t } = useConsole();
  const now = useNow(30_000);
  if (referrals.length === 0) return <p class="empty">{empty}</p>;
  return (
    <div class="table-scroll">
      <table class="table inbox-table" data-inbox>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colUrgency}</th>
            <th scope="col">{t.colCase}</th>
            <th scope="col">{t.refServicesAsked}</th>
            <th scope="col">{t.inboxColStatus}</th>
            <th scope="col">{t.inboxColDeadline}</th>
            <th scope="col">{t.refReferredBy}</th>
          </tr>
        </thead>
        <tbody>
          {referrals.map((referral) => {
            const deadline = pendingDeadline(referral, now);
            const overdue = deadline?.overdue ?? false;
            const alarming =
              overdue || (referral.urgency === 'emergency' && deadline !== undefined);
            return (
              <tr
                key={referral.id}
                class={alarming ? 'row--urgent' : undefined}
                data-referral={referral.id}
                data-status={referral.status}
                data-urgency={referral.urgency}
                data-overdue={String(overdue)}
              >
                <td>
                  <UrgencyBadge urgency={referral.urgency} />
                </td>
                <th scope="row">
                  <a
                    href={referralHref(referral.id)}
                    class="case-ref"
                    dir="ltr"
                    aria-label={t.refOpenReferral(referral.caseReference)}
                  >
                    {referral.caseReference}
                  </a>
                  {referral.sentAt && (
                    <span class="cell-note">
                      <DateTime iso={referral.sentAt} />
                    </span>
                  )}
                </th>
                <td>
                  {formatList(
                    referral.services.map((service) => serviceLabel(service, locale)),
                    locale,
                  )}
                </td>
                <td>
                  <ReferralStatusBadge status={referral.status} />
                </td>
                <td>
                  {deadline ? (
                    <DeadlineNote referral={referral} />
                  ) : (
                    <span aria-hidden="true">—</span>
                  )}
                </td>
                <td>
                  {referral.referredBy.kind === 'helpline' ? (
                    t.refByHelpline
                  ) : (
                    <bdi>{referral.referredBy.institution.name}</bdi>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
