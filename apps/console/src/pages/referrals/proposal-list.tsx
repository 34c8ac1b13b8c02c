import { useId, useState } from 'preact/hooks';
import type { ProposalView } from '../../api/referral-types.ts';
import { useConsole } from '../../context.ts';
import { isolate } from '../../i18n/bidi.ts';
import { institutionTypeLabel } from '../../vocabulary.ts';
import { firstProposals } from './referral-order.ts';
import { reasonText, reasonTone } from './referral-wording.ts';

interface Props {
  readonly proposals: readonly ProposalView[];
  /** Whether this viewer may refer (otherwise the list only informs). */
  readonly canRefer: boolean;
  readonly onRefer: (proposal: ProposalView) => void;
}

/**
 * The institutions the server proposes, best first, each with the reasons for its place in
 * words ("covers her province, Settat · open now · 3 beds free · handles listening") and
 * whether she has already agreed to share with it. The first few and those of her own region
 * show; institutions elsewhere in the country on demand.
 */
export function ProposalList({ proposals, canRefer, onRefer }: Props) {
  const { t } = useConsole();
  const [all, setAll] = useState(false);
  if (proposals.length === 0) return <p class="empty">{t.refNoProposals}</p>;
  const shown = all ? proposals : firstProposals(proposals);
  return (
    <>
      <ol class="proposals" data-proposals>
        {shown.map((proposal) => (
          <ProposalRow
            key={proposal.institution.id}
            proposal={proposal}
            canRefer={canRefer}
            onRefer={onRefer}
          />
        ))}
      </ol>
      {shown.length < proposals.length && (
        <button
          type="button"
          class="button button--secondary"
          data-action="more-proposals"
          onClick={() => {
            setAll(true);
          }}
        >
          {t.refMoreProposals(proposals.length)}
        </button>
      )}
    </>
  );
}

function ProposalRow({
  proposal,
  canRefer,
  onRefer,
}: {
  readonly proposal: ProposalView;
  readonly canRefer: boolean;
  readonly onRefer: (proposal: ProposalView) => void;
}) {
  const { locale, t } = useConsole();
  const nameId = useId();
  const { institution } = proposal;
  return (
    <li
      class={`proposal${proposal.full ? ' proposal--full' : ''}`}
      aria-labelledby={nameId}
      data-proposal={institution.id}
      data-institution-type={institution.type}
      data-rank={proposal.rank}
      data-consent={proposal.consentGranted ? 'given' : 'missing'}
      data-already-referred={String(proposal.alreadyReferred)}
    >
      <div class="proposal__head">
        <span class="proposal__rank">{t.refRank(proposal.rank)}</span>
        <div>
          <strong id={nameId} class="proposal__name">
            <bdi>{institution.name}</bdi>
          </strong>
          <p class="cell-note">
            {institutionTypeLabel(institution.type, locale)}
            {institution.agency && (
              <>
                {' — '}
                <bdi>{institution.agency}</bdi>
              </>
            )}
          </p>
        </div>
      </div>
      <ul class="tags proposal__badges">
        <li>
          <span class={`badge ${proposal.openNow ? 'badge--on' : 'badge--off'}`}>
            {proposal.openNow ? t.refOpenNowBadge : t.refClosedNowBadge}
          </span>
        </li>
        {proposal.full && (
          <li>
            <span class="badge badge--late">{t.refReasonFull}</span>
          </li>
        )}
        <li>
          <span
            class={`badge ${proposal.consentGranted ? 'badge--on' : 'badge--off'}`}
            data-consent-state={proposal.consentGranted ? 'given' : 'missing'}
          >
            {proposal.consentGranted ? t.refConsentGivenBadge : t.refConsentMissingBadge}
          </span>
        </li>
      </ul>
      <ul class="reasons" aria-label={t.refWhyLabel}>
        {proposal.reasons.map((reason, index) => {
          const tone = reasonTone(reason.code);
          return (
            <li key={index} class={`reason reason--${tone}`} data-reason={reason.code}>
              <span aria-hidden="true">
                {tone === 'for' ? '✓ ' : tone === 'against' ? '✗ ' : ''}
              </span>
              {reasonText(reason, t, locale)}
            </li>
          );
        })}
      </ul>
      {institution.phone && (
        <p class="cell-note">
          {t.refPhone}:{' '}
          <a href={`tel:${institution.phone.replace(/[^\d+]/g, '')}`} dir="ltr">
            {institution.phone}
          </a>
        </p>
      )}
      {canRefer && (
        <div class="row-actions">
          <button
            type="button"
            class={`button${proposal.alreadyReferred ? ' button--secondary' : ''}`}
            aria-disabled={proposal.alreadyReferred ? 'true' : undefined}
            aria-label={
              proposal.alreadyReferred
                ? t.refAlreadyReferredTo(isolate(institution.name))
                : t.refReferTo(isolate(institution.name))
            }
            data-action="refer-to"
            onClick={() => {
              // Kept focusable once referred, so focus stays here after the dialog closes.
              if (!proposal.alreadyReferred) onRefer(proposal);
            }}
          >
            {proposal.alreadyReferred ? t.refAlreadyReferred : t.refReferButton}
          </button>
        </div>
      )}
    </li>
  );
}
