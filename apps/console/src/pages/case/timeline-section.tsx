import type { TimelineEntry } from '../../api/case-types.ts';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { useConsole } from '../../context.ts';
import { timelineLabel } from '../../helpline-labels.ts';
import type { Locale } from '../../i18n/locale.ts';
import { formatDate } from '../../helpline-format.ts';
import { provinceName } from '../../vocabulary.ts';
import {
  dropReasonLabel,
  economicOutcomeLabel,
  enrolmentStatusLabel,
  mobilityLabel,
  opportunityKindLabel,
  opportunityKindsLabel,
} from '../pathway/pathway-vocabulary.ts';
import {
  callOutcomeLabel,
  channelLabel,
  closingReasonLabel,
  consentPurposeLabel,
  contactTypeLabel,
  reopeningReasonLabel,
  statusLabel,
  urgencyLabel,
} from '../../helpline-vocabulary.ts';

/** Summary fields whose code the console can name; others (ids, counts, flags) stay unsaid. */
const SUMMARY_LABELS: Readonly<Record<string, (code: string, locale: Locale) => string>> = {
  kind: contactTypeLabel,
  type: contactTypeLabel,
  channel: channelLabel,
  status: statusLabel,
  previousStatus: statusLabel,
  from: statusLabel,
  to: statusLabel,
  urgency: urgencyLabel,
  computedLevel: urgencyLabel,
  finalLevel: urgencyLabel,
  purpose: consentPurposeLabel,
  outcome: callOutcomeLabel,
  closingReason: closingReasonLabel,
  reopeningReason: reopeningReasonLabel,
  // A status change's reason is a closing or a reopening code.
  reason: (code, locale) => {
    const closing = closingReasonLabel(code, locale);
    return closing === code ? reopeningReasonLabel(code, locale) : closing;
  },
  // The economic pathway (`outcome` above is a call's outcome: the pathway says `economicOutcome`).
  opportunityKind: opportunityKindLabel,
  enrolmentStatus: enrolmentStatusLabel,
  dropReason: dropReasonLabel,
  economicOutcome: economicOutcomeLabel,
  outcomeOn: formatDate,
  seeking: opportunityKindsLabel,
  mobility: mobilityLabel,
  provinceCode: provinceName,
};

/** The entry's codes in words: "Phone · Violence report · Emergency". */
function describeSummary(summary: TimelineEntry['summary'], locale: Locale): string[] {
  return Object.entries(summary).flatMap(([key, value]) => {
    const label = Object.hasOwn(SUMMARY_LABELS, key) ? SUMMARY_LABELS[key] : undefined;
    return label && typeof value === 'string' ? [label(value, locale)] : [];
  });
}
import { useCaseFileContext } from './case-context.ts';
import { CaseSection } from './section.tsx';

/** Everything that happened to the case, oldest first, from the audit trail. */
export function TimelineSection() {
  const { locale, t } = useConsole();
  const { view } = useCaseFileContext();
  return (
    <CaseSection title={t.timelineTitle} name="timeline">
      {view.timeline.length === 0 ? (
        <p class="empty">{t.noTimeline}</p>
      ) : (
        <ol class="timeline">
          {view.timeline.map((entry, index) => {
            const label = timelineLabel(t, entry.kind);
            const details = describeSummary(entry.summary, locale);
            return (
              <li key={`${entry.at}-${String(index)}`} data-timeline-kind={entry.kind}>
                <p>
                  <DateTime iso={entry.at} /> — {label ?? <code dir="ltr">{entry.kind}</code>}
                  {entry.by && (
                    <>
                      {' '}
                      — <bdi>{entry.by.name}</bdi>
                    </>
                  )}
                </p>
                {details.length > 0 && <p class="cell-note">{details.join(' · ')}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </CaseSection>
  );
}
