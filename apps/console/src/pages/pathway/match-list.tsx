import { useId } from 'preact/hooks';
import type { AlternativeView, MatchView, OpportunityCard } from '../../api/pathway-types.ts';
import { useConsole } from '../../context.ts';
import { formatList } from '../../helpline-format.ts';
import { isolate } from '../../i18n/bidi.ts';
import { placeOf } from './opportunity-place.ts';
import { enrolmentStatusLabel, opportunityKindLabel } from './pathway-vocabulary.ts';
import { reasonText, reasonTone, relaxationText } from './reason-wording.ts';

interface Props {
  readonly matches: readonly MatchView[];
  readonly alternatives: readonly AlternativeView[];
  /** Whether this viewer may propose (otherwise the list only informs). */
  readonly canPropose: boolean;
  /** The opportunity being proposed now, if any. */
  readonly busyId: string | undefined;
  readonly onPropose: (opportunity: OpportunityCard) => void;
}

/**
 * The opportunities matched to her profile, best first, each with the reasons for its place
 * (for her, or to check with her first); when few match, the nearest alternatives with what
 * each departs from. "Propose to her" puts it in her "follow my request".
 */
export function MatchList({ matches, alternatives, canPropose, busyId, onPropose }: Props) {
  const { t } = useConsole();
  const alternativesId = useId();
  return (
    <div class="stack" data-matches={matches.length}>
      {matches.length === 0 ? (
        <p class="empty" data-no-match>
          {t.pwNoMatch}
        </p>
      ) : (
        <ol class="proposals" aria-label={t.pwMatchesTitle}>
          {matches.map((match, index) => (
            <MatchRow
              key={match.opportunity.id}
              match={match}
              rank={index + 1}
              canPropose={canPropose}
              busy={busyId === match.opportunity.id}
              onPropose={onPropose}
            />
          ))}
        </ol>
      )}
      {alternatives.length > 0 && (
        <section class="stack" aria-labelledby={alternativesId} data-alternatives>
          <h5 id={alternativesId}>{t.pwAlternativesTitle}</h5>
          <p class="field__hint">{t.pwAlternativesHint}</p>
          <ol class="proposals">
            {alternatives.map((alternative, index) => (
              <MatchRow
                key={alternative.opportunity.id}
                match={alternative}
                relaxed={alternative.relaxed}
                rank={index + 1}
                canPropose={canPropose}
                busy={busyId === alternative.opportunity.id}
                onPropose={onPropose}
              />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

function MatchRow({
  match,
  relaxed,
  rank,
  canPropose,
  busy,
  onPropose,
}: {
  readonly match: MatchView;
  readonly relaxed?: readonly string[];
  readonly rank: number;
  readonly canPropose: boolean;
  readonly busy: boolean;
  readonly onPropose: (opportunity: OpportunityCard) => void;
}) {
  const { locale, t } = useConsole();
  const titleId = useId();
  const { opportunity } = match;
  const title = isolate(opportunity.title);
  const standing = match.enrolmentStatus;
  return (
    <li
      class="proposal"
      aria-labelledby={titleId}
      data-match={opportunity.id}
      data-kind={opportunity.kind}
      data-rank={rank}
      data-relaxed={relaxed?.join(' ')}
      data-enrolment-status={match.enrolmentStatus ?? 'none'}
    >
      <div class="proposal__head">
        <span class="proposal__rank">{t.refRank(rank)}</span>
        <div>
          <strong id={titleId} class="proposal__name">
            <bdi dir="auto">{opportunity.title}</bdi>
          </strong>
          <p class="cell-note">
            {opportunityKindLabel(opportunity.kind, locale)} —{' '}
            <bdi>{opportunity.provider.name}</bdi>
          </p>
          <p class="cell-note" data-place>
            {placeOf(opportunity, t, locale)}
          </p>
        </div>
      </div>
      {opportunity.description !== '' && (
        <p class="cell-note" dir="auto">
          {opportunity.description}
        </p>
      )}
      {relaxed && relaxed.length > 0 && (
        <p class="deadline" data-relaxed-text>
          {t.pwRelaxedLabel}{' '}
          {formatList(
            relaxed.map((code) => relaxationText(code, t)),
            locale,
          )}
        </p>
      )}
      <ul class="reasons" aria-label={t.pwWhyLabel}>
        {match.reasons.map((reason, index) => {
          const tone = reasonTone(reason);
          return (
            <li
              key={index}
              class={`reason reason--${tone}`}
              data-reason={reason.code}
              data-side={reason.side}
            >
              <span aria-hidden="true">{tone === 'for' ? '✓ ' : '? '}</span>
              {tone === 'against' && <span class="visually-hidden">{t.pwToCheck}: </span>}
              {reasonText(reason, t, locale)}
            </li>
          );
        })}
      </ul>
      {standing !== null ? (
        <p>
          <span class="badge badge--off" data-already-proposed>
            {t.pwAlreadyProposed(enrolmentStatusLabel(standing, locale))}
          </span>
        </p>
      ) : (
        canPropose && (
          <div class="row-actions">
            <button
              type="button"
              class="button"
              disabled={busy}
              aria-busy={busy}
              aria-label={t.pwProposeTo(title)}
              data-action="propose"
              onClick={() => {
                onPropose(opportunity);
              }}
            >
              {busy ? t.working : t.pwPropose}
            </button>
          </div>
        )
      )}
    </li>
  );
}
