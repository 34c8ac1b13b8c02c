import { callWindows, contactMethods, type ContactChannel } from '@sanad/core';
import { Fragment } from 'preact';
import { useId, useState } from 'preact/hooks';
import { isStaleVersion } from '../../api/conflicts.ts';
import type { EnrolmentStep, EnrolmentView } from '../../api/pathway-types.ts';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { formatDate } from '../../helpline-format.ts';
import { isolate } from '../../i18n/bidi.ts';
import { labelOf } from '../../vocabulary.ts';
import { placeOf } from './opportunity-place.ts';
import { stepEnrolment } from './pathway-api.ts';
import {
  dropReasonLabel,
  economicOutcomeLabel,
  enrolmentStatusLabel,
  opportunityKindLabel,
} from './pathway-vocabulary.ts';
import { OutcomeForm } from './outcome-form.tsx';
import { datedSteps, enrolmentPlain, stepButton, stepNeedsDialog } from './enrolment-wording.ts';
import { EnrolmentStepDialog } from './step-dialog.tsx';

interface Props {
  readonly enrolment: EnrolmentView;
  /** The referring side reads who provides it; the provider reads whose case it is. */
  readonly viewpoint: 'referring' | 'provider';
  readonly headingLevel: 4 | 5;
  readonly defaultChannel: ContactChannel;
  /** The server's answer to a step taken, or to the outcome recorded. */
  readonly onChanged: (enrolment: EnrolmentView, change: 'step' | 'outcome') => void;
  /** The enrolment changed meanwhile: read it again. */
  readonly onStale: () => void;
}

/**
 * One opportunity proposed to her and her path through it: where she stands in plain words,
 * the date of each step reached, why she stopped, what came of it; the steps this viewer may
 * take now (as the server lists them), and the outcome once she finished or stopped.
 */
export function EnrolmentItem(props: Props) {
  const { enrolment, viewpoint } = props;
  const { api, locale, t } = useConsole();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const [dialog, setDialog] = useState<'refer' | 'drop'>();
  const Heading = props.headingLevel === 4 ? 'h4' : 'h5';
  const { opportunity } = enrolment;
  const title = isolate(opportunity.title);

  const take = async (step: EnrolmentStep) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const next = await stepEnrolment(api, enrolment.id, { step, version: enrolment.version });
      props.onChanged(next, 'step');
    } catch (error) {
      if (isStaleVersion(error)) {
        setProblem(localProblem(t.pwEnrolmentStale));
        props.onStale();
      } else {
        setProblem(problemOf(error, t));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      class={`referral-card enrolment-card referral-card--${enrolment.status}`}
      aria-labelledby={titleId}
      data-enrolment={enrolment.id}
      data-status={enrolment.status}
      data-opportunity={opportunity.id}
      data-referral={enrolment.referralId ?? undefined}
    >
      <div class="referral-card__head">
        <Heading id={titleId} class="referral-card__title">
          <bdi dir="auto">{opportunity.title}</bdi>
        </Heading>
        <ul class="tags referral-card__badges" aria-label={t.caseBadges}>
          <li>
            <span class="badge badge--off">{opportunityKindLabel(opportunity.kind, locale)}</span>
          </li>
          <li>
            <span class="badge badge--on" data-enrolment-status={enrolment.status}>
              {enrolmentStatusLabel(enrolment.status, locale)}
            </span>
          </li>
        </ul>
      </div>
      <p class="cell-note">
        {viewpoint === 'referring' ? (
          <bdi>{opportunity.provider.name}</bdi>
        ) : (
          <>
            {t.caseTitle} <bdi dir="ltr">{enrolment.caseReference}</bdi>
          </>
        )}
      </p>
      {enrolment.contact && <ContactFacts contact={enrolment.contact} />}
      <p class="cell-note" data-place>
        {placeOf(opportunity, t, locale)}
      </p>
      <p class="referral-card__plain" data-enrolment-plain>
        {enrolmentPlain(enrolment.status, t)}
      </p>
      <dl class="facts facts--compact" data-enrolment-steps>
        {datedSteps(enrolment).map((step) => (
          <Fragment key={step.status}>
            <dt data-step={step.status}>{enrolmentStatusLabel(step.status, locale)}</dt>
            <dd>
              {step.kind === 'day' ? (
                <time dateTime={step.at}>{formatDate(step.at, locale)}</time>
              ) : (
                <DateTime iso={step.at} />
              )}
            </dd>
          </Fragment>
        ))}
        {enrolment.dropReason !== null && (
          <>
            <dt>{t.pwDropReasonLabel}</dt>
            <dd data-drop-reason={enrolment.dropReason}>
              {dropReasonLabel(enrolment.dropReason, locale)}
            </dd>
          </>
        )}
        {enrolment.outcome !== null && (
          <>
            <dt>{t.pwOutcome}</dt>
            <dd data-outcome={enrolment.outcome}>
              {economicOutcomeLabel(enrolment.outcome, locale)}
              {enrolment.outcomeOn !== null && (
                <>
                  {' — '}
                  <time dateTime={enrolment.outcomeOn}>
                    {formatDate(enrolment.outcomeOn, locale)}
                  </time>
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      {enrolment.abilities.steps.length > 0 && (
        <div class="row-actions" role="group" aria-label={t.pwStepsLabel(title)}>
          {enrolment.abilities.steps.map((step) => {
            const { label, action } = stepButton(step, t);
            const quiet = step === 'drop' || step === 'not_interested';
            return (
              <button
                key={step}
                type="button"
                class={`button button--small${quiet ? ' button--danger-quiet' : ''}`}
                disabled={busy}
                data-action={action}
                onClick={() => {
                  if (stepNeedsDialog(step)) setDialog(step);
                  else void take(step);
                }}
              >
                {label}
              </button>
            );
          })}
        </div>
      )}
      <FormAlert problem={problem} />
      {enrolment.abilities.recordOutcome && (
        <OutcomeForm
          key={`${enrolment.id}:${String(enrolment.version)}`}
          enrolment={enrolment}
          onRecorded={(next) => {
            props.onChanged(next, 'outcome');
          }}
          onStale={props.onStale}
        />
      )}
      {dialog && (
        <EnrolmentStepDialog
          enrolment={enrolment}
          step={dialog}
          defaultChannel={props.defaultChannel}
          onDone={(next) => {
            setDialog(undefined);
            props.onChanged(next, 'step');
          }}
          onStale={props.onStale}
          onClose={() => {
            setDialog(undefined);
          }}
        />
      )}
    </article>
  );
}

/**
 * How the provider reaches her about this opportunity — all it learns of her: her first name,
 * her number, how and when she wants to be called.
 */
function ContactFacts({ contact }: { readonly contact: NonNullable<EnrolmentView['contact']> }) {
  const { locale, t } = useConsole();
  return (
    <dl class="facts facts--compact" data-enrolment-contact aria-label={t.pwContactTitle}>
      {contact.firstName !== null && (
        <>
          <dt>{t.pwContactName}</dt>
          <dd>
            <bdi dir="auto">{contact.firstName}</bdi>
          </dd>
        </>
      )}
      {contact.phone !== null && (
        <>
          <dt>{t.intakePhone}</dt>
          <dd>
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} dir="ltr">
              {contact.phone}
            </a>
          </dd>
        </>
      )}
      {contact.method !== null && (
        <>
          <dt>{t.intakeContactMethod}</dt>
          <dd>{labelOf(contactMethods, contact.method, locale)}</dd>
        </>
      )}
      {contact.window !== null && (
        <>
          <dt>{t.intakeCallWindow}</dt>
          <dd>{labelOf(callWindows, contact.window, locale)}</dd>
        </>
      )}
    </dl>
  );
}
