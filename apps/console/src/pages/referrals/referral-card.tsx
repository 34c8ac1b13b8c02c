import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { ReferralView } from '../../api/referral-types.ts';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { UrgencyBadge } from '../../components/helpline/urgency-badge.tsx';
import { useConsole } from '../../context.ts';
import { formatList } from '../../helpline-format.ts';
import { institutionTypeLabel, serviceLabel } from '../../vocabulary.ts';
import { DeadlineNote } from './deadline-note.tsx';
import { ReferralStatusBadge } from './referral-status-badge.tsx';
import { referralStatusLabel } from './referral-vocabulary.ts';
import { statusPlain } from './referral-wording.ts';
import { ServiceRecords } from './service-records.tsx';

interface Props {
  readonly referral: ReferralView;
  /**
   * Who is reading: the referring side sees the institution first (and its override reason);
   * the receiving institution sees the case and who referred it.
   */
  readonly viewpoint: 'referring' | 'receiving';
  readonly headingLevel: 3 | 4;
  /** The steps this viewer may take, shown at the foot of the card. */
  readonly children?: ComponentChildren;
}

/**
 * One referral: status in plain words, the deadline it waits on (overdue marked), each step's
 * time, a decline or revocation reason, the note back, the services delivered.
 */
export function ReferralCard({ referral, viewpoint, headingLevel, children }: Props) {
  const { locale, t } = useConsole();
  const titleId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const steps: [string, string | null][] = [
    ['sent', referral.sentAt],
    ['acknowledged', referral.acknowledgedAt],
    ['accepted', referral.acceptedAt],
    ['declined', referral.declinedAt],
    ['in_progress', referral.startedAt],
    ['completed', referral.completedAt],
    ['revoked', referral.revokedAt],
  ];
  const reached = steps.filter((step): step is [string, string] => step[1] !== null);
  return (
    <article
      class={`referral-card referral-card--${referral.status}`}
      aria-labelledby={titleId}
      data-referral={referral.id}
      data-status={referral.status}
      data-institution={referral.institution.id}
      data-institution-type={referral.institution.type}
    >
      <div class="referral-card__head">
        <Heading id={titleId} class="referral-card__title">
          {viewpoint === 'referring' ? (
            <bdi>{referral.institution.name}</bdi>
          ) : (
            <>
              {t.caseTitle} <bdi dir="ltr">{referral.caseReference}</bdi>
            </>
          )}
        </Heading>
        <ul class="tags referral-card__badges" aria-label={t.caseBadges}>
          <li>
            <ReferralStatusBadge status={referral.status} />
          </li>
          <li>
            <UrgencyBadge urgency={referral.urgency} />
          </li>
          {referral.emergencyOverride && (
            <li>
              <span class="badge badge--late" data-override>
                {t.refOverrideMark}
              </span>
            </li>
          )}
        </ul>
      </div>
      {viewpoint === 'referring' && (
        <p class="cell-note">{institutionTypeLabel(referral.institution.type, locale)}</p>
      )}
      <p class="referral-card__plain" data-status-plain>
        {statusPlain(referral.status, t)}
      </p>
      <DeadlineNote referral={referral} />
      {referral.escalation > 0 && (
        <p class="deadline--overdue" data-escalation={referral.escalation}>
          {referral.escalation === 1 ? t.refEscalated1 : t.refEscalated2}
        </p>
      )}
      <dl class="facts facts--compact">
        <dt>{t.refServicesAsked}</dt>
        <dd>
          {formatList(
            referral.services.map((service) => serviceLabel(service, locale)),
            locale,
          )}
        </dd>
        {viewpoint === 'receiving' && (
          <>
            <dt>{t.refReferredBy}</dt>
            <dd>
              {referral.referredBy.kind === 'helpline' ? (
                t.refByHelpline
              ) : (
                <bdi>{referral.referredBy.institution.name}</bdi>
              )}
            </dd>
          </>
        )}
        {referral.sentBy && (
          <>
            <dt>{t.refSentBy}</dt>
            <dd>
              <bdi>{referral.sentBy.name}</bdi>
            </dd>
          </>
        )}
        {reached.map(([status, at]) => (
          <Step key={status} label={referralStatusLabel(status, locale)} at={at} />
        ))}
      </dl>
      {referral.overrideReason && (
        <p class="cell-note">
          {t.refOverrideReasonLabel}: <bdi>{referral.overrideReason}</bdi>
        </p>
      )}
      {referral.reason && (
        <div class="referral-card__reason" data-referral-reason>
          <p class="label">
            {referral.status === 'revoked' ? t.refRevokedBecause : t.refDeclinedBecause}
          </p>
          <p class="narrative" dir="auto">
            {referral.reason}
          </p>
        </div>
      )}
      {referral.noteBack && (
        <div class="referral-card__note" data-note-back>
          <p class="label">{t.refNoteBack}</p>
          <p class="narrative" dir="auto">
            {referral.noteBack}
          </p>
        </div>
      )}
      {viewpoint === 'referring' && referral.nextProposal && (
        <p data-next-proposal={referral.nextProposal.id}>
          {t.refNextProposal}: <bdi>{referral.nextProposal.name}</bdi> (
          {institutionTypeLabel(referral.nextProposal.type, locale)})
        </p>
      )}
      {(referral.serviceRecords.length > 0 ||
        referral.status === 'accepted' ||
        referral.status === 'in_progress' ||
        referral.status === 'completed') && <ServiceRecords records={referral.serviceRecords} />}
      {children}
    </article>
  );
}

function Step({ label, at }: { readonly label: string; readonly at: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <DateTime iso={at} />
      </dd>
    </>
  );
}
