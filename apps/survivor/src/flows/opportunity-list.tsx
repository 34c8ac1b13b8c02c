import { useEffect, useId, useRef } from 'preact/hooks';
import type {
  OpportunityAnswer,
  OpportunityKind,
  OpportunityStage,
  SurvivorOpportunity,
} from '../api/types.ts';
import { Icon, type IconName } from '../components/icons.tsx';
import { fill } from '../i18n/flow-messages/fill.ts';
import type { FlowMessages } from '../i18n/flow-messages/types.ts';
import type { LocaleWords } from '../i18n/locale-words.ts';
import { HTML_LANG, type Locale } from '../i18n/locale.ts';
import { OpportunityAnswerForm } from './opportunity-answer.tsx';

const KIND_ICONS: Readonly<Record<OpportunityKind, IconName>> = {
  job_offer: 'support',
  training: 'school',
  vocational_training: 'tool',
  business_creation: 'sprout',
  income_generating_project: 'money',
  microcredit_grant: 'money',
};

const STAGE_ICONS: Readonly<Record<OpportunityStage, IconName>> = {
  proposed: 'hand',
  waiting: 'clock',
  in_progress: 'walk',
  done: 'check',
  stopped: 'cross',
};

/**
 * A name typed by someone else (an organisation, a place) inside a sentence of her language:
 * isolated, so a Latin name cannot scramble an Arabic sentence around it.
 */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * A calendar date (`2026-03-12`) in her language; the date itself if it cannot be read. Browsers
 * have no Tamazight month names: in Tamazight the date is written in figures, day first.
 */
function formatDay(day: string, locale: Locale): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  try {
    return locale === 'zgh'
      ? new Intl.DateTimeFormat('fr-MA', { dateStyle: 'short', timeZone: 'UTC' }).format(date)
      : new Intl.DateTimeFormat(HTML_LANG[locale], {
          dateStyle: 'long',
          timeZone: 'UTC',
        }).format(date);
  } catch {
    return day;
  }
}

/** Where it takes place, in her words: the provinces' names, and "from home" if remote. */
function placeOf(opportunity: SurvivorOpportunity, words: LocaleWords, f: FlowMessages): string {
  const names = new Map(
    words.places.flatMap((region) => region.provinces.map((p) => [p.code, p.name] as const)),
  );
  const places = opportunity.provinceCodes.map((code) => names.get(code) ?? code);
  if (opportunity.remote) places.push(f.opportunities.fromHome);
  return places.join(' · ');
}

/**
 * The opportunities her listener proposed, in plain words: what it is, who offers it, where and
 * when, what help comes with it, where she stands — and, while it waits for her, her answer.
 */
export function OpportunityList({
  f,
  locale,
  words,
  opportunities,
  announcement,
  onAnswer,
}: {
  readonly f: FlowMessages;
  readonly locale: Locale;
  readonly words: LocaleWords;
  readonly opportunities: readonly SurvivorOpportunity[];
  /** Said once her answer is sent (a polite live region). */
  readonly announcement: string;
  readonly onAnswer: (
    opportunity: SurvivorOpportunity,
    answer: OpportunityAnswer,
  ) => Promise<string | null>;
}) {
  const o = f.opportunities;
  const titleId = useId();
  return (
    <section class="thread" aria-labelledby={titleId} data-opportunities>
      <h2 id={titleId}>{o.title}</h2>
      <p class="hint">{o.intro}</p>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      <ol class="thread__list">
        {opportunities.map((opportunity) => (
          <li key={opportunity.enrolmentId}>
            <OpportunityCard
              f={f}
              locale={locale}
              words={words}
              opportunity={opportunity}
              onAnswer={(answer) => onAnswer(opportunity, answer)}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

function OpportunityCard({
  f,
  locale,
  words,
  opportunity,
  onAnswer,
}: {
  readonly f: FlowMessages;
  readonly locale: Locale;
  readonly words: LocaleWords;
  readonly opportunity: SurvivorOpportunity;
  readonly onAnswer: (answer: OpportunityAnswer) => Promise<string | null>;
}) {
  const o = f.opportunities;
  const titleId = useId();
  const stage = o.stages[opportunity.stage];
  const place = placeOf(opportunity, words, f);
  const provider = isolate(opportunity.provider);
  // Once her answer is in, the choices give way to where she stands: focus goes there.
  const stageLine = useRef<HTMLParagraphElement>(null);
  const shownStage = useRef(opportunity.stage);
  useEffect(() => {
    if (shownStage.current === opportunity.stage) return;
    shownStage.current = opportunity.stage;
    stageLine.current?.focus();
  }, [opportunity.stage]);
  return (
    <article
      class="panel"
      aria-labelledby={titleId}
      data-opportunity={opportunity.enrolmentId}
      data-stage={opportunity.stage}
    >
      <h3 id={titleId} class="status__label">
        <Icon name={KIND_ICONS[opportunity.kind]} />
        <span>{o.kinds[opportunity.kind]}</span>
      </h3>
      <p dir="auto">
        <strong>{opportunity.title}</strong>
      </p>
      {opportunity.description === '' ? null : <p dir="auto">{opportunity.description}</p>}
      <p class="status__label" data-stage-label tabIndex={-1} ref={stageLine}>
        <Icon name={STAGE_ICONS[opportunity.stage]} />
        <strong>{stage.label}</strong>
      </p>
      <p>{stage.next}</p>
      <ul class="points">
        <li>
          <Icon name="people" />
          <span>{fill(o.offeredBy, provider)}</span>
        </li>
        {place === '' ? null : (
          <li>
            <Icon name={opportunity.remote ? 'home' : 'location'} />
            <span>{fill(o.where, isolate(place))}</span>
          </li>
        )}
        {opportunity.startsOn === null ? null : (
          <li>
            <Icon name="clock" />
            <span>{fill(o.startsOn, formatDay(opportunity.startsOn, locale))}</span>
          </li>
        )}
        {opportunity.applyBy === null || opportunity.stage !== 'proposed' ? null : (
          <li>
            <Icon name="clock" />
            <span>{fill(o.answerBy, formatDay(opportunity.applyBy, locale))}</span>
          </li>
        )}
        {opportunity.childcare ? (
          <li>
            <Icon name="child" />
            <span>{o.childcare}</span>
          </li>
        ) : null}
        {opportunity.transport ? (
          <li>
            <Icon name="walk" />
            <span>{o.transport}</span>
          </li>
        ) : null}
        {opportunity.stipend ? (
          <li>
            <Icon name="money" />
            <span>{o.stipend}</span>
          </li>
        ) : null}
      </ul>
      {opportunity.stage === 'proposed' && !opportunity.open ? (
        <p class="status__note" data-opportunity-closed>
          {o.closed}
        </p>
      ) : opportunity.stage === 'proposed' ? (
        <OpportunityAnswerForm
          f={f}
          enrolmentId={opportunity.enrolmentId}
          provider={provider}
          onAnswer={onAnswer}
        />
      ) : null}
    </article>
  );
}
