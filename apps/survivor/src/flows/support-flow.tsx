import { useMemo, useState } from 'preact/hooks';
import { ChoiceList } from '../components/choice-list.tsx';
import { ConsentList } from '../components/consent-list.tsx';
import { ContactFields } from '../components/contact-fields.tsx';
import { Icon } from '../components/icons.tsx';
import { Panel } from '../components/panel.tsx';
import { PlacePicker } from '../components/place-picker.tsx';
import { TextField } from '../components/text-field.tsx';
import { EMPTY_SUPPORT, supportBody, type SupportAnswers } from '../forms/bodies.ts';
import { choices } from '../intake/options.ts';
import type { FlowProps } from './flow-props.ts';
import { SubmittedPanel } from './submitted-panel.tsx';
import { useSubmit } from './use-submit.ts';

/** The three answers a support request cannot do without, checked before sending. */
export function missingSupportAnswers(answers: SupportAnswers): string[] {
  return [
    ...(answers.seeking.length === 0 ? ['seeking'] : []),
    ...(answers.provinceCode === '' ? ['provinceCode'] : []),
    ...(answers.ageBand === '' ? ['ageBand'] : []),
  ];
}

/** "Ask for support": work, training, a project near her. One page, plain choices. */
export function SupportFlow({ locale, t, pack, onHome, outbox, onKept }: FlowProps) {
  const { f, words } = pack;
  const options = useMemo(() => choices(words), [words]);
  const [answers, setAnswers] = useState<SupportAnswers>(EMPTY_SUPPORT);
  const [missing, setMissing] = useState<readonly string[]>([]);
  const { state, send } = useSubmit(locale, outbox, onKept);
  const update = (change: Partial<SupportAnswers>) => {
    setAnswers((current) => ({ ...current, ...change }));
  };

  if (state.kind === 'sent' || state.kind === 'saved') {
    return (
      <SubmittedPanel
        title={t.actions.support.label}
        icon="support"
        name="support-sent"
        f={f}
        receipt={state.kind === 'sent' ? state.receipt : undefined}
        backLabel={t.back}
        onHome={onHome}
      />
    );
  }

  const server = state.kind === 'refused' ? state.fields : {};
  const errors: Record<string, string> = { ...server };
  for (const field of missing) errors[field] ??= f.required;

  return (
    <Panel
      title={t.actions.support.label}
      icon="support"
      name="support"
      back={{ label: t.back, onBack: onHome }}
    >
      <form
        class="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const absent = missingSupportAnswers(answers);
          setMissing(absent);
          if (absent.length > 0) {
            const [first] = absent;
            document
              .querySelector<HTMLElement>(
                `[data-field="${first ?? ''}"] input, [data-field="${first ?? ''}"] select`,
              )
              ?.focus();
            return;
          }
          void send(
            { endpoint: 'support-requests', body: supportBody(answers, locale) },
            f.unreachable,
          );
        }}
      >
        <div data-field="seeking">
          <ChoiceList
            name="seeking"
            multiple
            legend={f.support.seeking}
            hint={f.chooseAll}
            options={options.seeking}
            value={answers.seeking}
            error={errors['seeking']}
            onChange={(seeking) => {
              update({ seeking });
            }}
          />
        </div>
        <fieldset class="group" data-field="provinceCode">
          <legend>{f.support.where}</legend>
          <PlacePicker
            id="support-place"
            places={words.places}
            labels={{ region: f.region, province: f.province, choose: f.chooseOne }}
            regionCode={answers.regionCode}
            provinceCode={answers.provinceCode}
            error={errors['provinceCode']}
            onChange={update}
          />
        </fieldset>
        <div data-field="ageBand">
          <ChoiceList
            name="age-band"
            legend={f.support.age}
            options={options.ageBand}
            value={answers.ageBand}
            error={errors['ageBand']}
            onChange={(ageBand) => {
              update({ ageBand });
            }}
          />
        </div>
        <ChoiceList
          name="schooling"
          legend={f.support.schooling}
          options={options.schooling}
          value={answers.schooling}
          error={errors['schooling']}
          onChange={(schooling) => {
            update({ schooling });
          }}
        />
        <TextField
          id="skills"
          label={f.support.skills}
          hint={f.support.skillsHint}
          value={answers.skills}
          maxLength={500}
          error={errors['skills']}
          onInput={(skills) => {
            update({ skills });
          }}
        />
        <fieldset class="choices">
          <legend>{f.support.constraints}</legend>
          <ul class="choices__list">
            <li>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={answers.childcare}
                  onChange={() => {
                    update({ childcare: !answers.childcare });
                  }}
                />
                <Icon name="child" />
                <span>{f.support.childcare}</span>
              </label>
            </li>
            <li>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={answers.mobility}
                  onChange={() => {
                    update({ mobility: !answers.mobility });
                  }}
                />
                <Icon name="walk" />
                <span>{f.support.mobility}</span>
              </label>
            </li>
          </ul>
        </fieldset>
        <h2 class="subtitle">{f.support.contact}</h2>
        <ContactFields
          id="support-contact"
          f={f}
          options={options}
          value={answers.contact}
          errors={errors}
          withCodeWord={false}
          onChange={(contact) => {
            update({ contact });
          }}
        />
        <ConsentList
          f={f}
          value={answers.consents}
          error={errors['consents']}
          onChange={(consents) => {
            update({ consents });
          }}
        />
        {state.kind === 'refused' ? (
          <p class="form-error" role="alert">
            {state.message}
          </p>
        ) : null}
        <button type="submit" class="primary" disabled={state.kind === 'sending'}>
          <Icon name="send" />
          <span>{state.kind === 'sending' ? f.sending : f.send}</span>
        </button>
      </form>
    </Panel>
  );
}
