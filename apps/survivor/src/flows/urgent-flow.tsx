import { useState } from 'preact/hooks';
import { ChoiceList } from '../components/choice-list.tsx';
import { Icon } from '../components/icons.tsx';
import { Panel } from '../components/panel.tsx';
import { TextField } from '../components/text-field.tsx';
import { EMPTY_URGENT, urgentBody, type UrgentAnswers } from '../forms/bodies.ts';
import { optionsOf } from '../intake/options.ts';
import { PlacePicker } from '../components/place-picker.tsx';
import type { FlowProps } from './flow-props.ts';
import { LocationConsent } from './location-consent.tsx';
import { UrgentSent } from './urgent-sent.tsx';
import { useSubmit } from './use-submit.ts';

/**
 * "I am in danger now": the home button, then one tap on "Send now". Everything else on this
 * screen is optional and can be skipped; whatever she filled in before tapping goes with it.
 */
export function UrgentFlow({ locale, t, pack, numbers, onHome, outbox, onKept }: FlowProps) {
  const { f, words } = pack;
  const [answers, setAnswers] = useState<UrgentAnswers>(EMPTY_URGENT);
  const { state, send } = useSubmit(locale, outbox, onKept);
  const update = (change: Partial<UrgentAnswers>) => {
    setAnswers((current) => ({ ...current, ...change }));
  };

  if (state.kind === 'sent' || state.kind === 'saved') {
    return (
      <UrgentSent
        f={f}
        t={t}
        locale={locale}
        numbers={numbers}
        receipt={state.kind === 'sent' ? state.receipt : null}
        onDone={onHome}
      />
    );
  }
  const fields = state.kind === 'refused' ? state.fields : {};
  return (
    <Panel
      title={t.actions.danger.label}
      icon="danger"
      name="danger"
      back={{ label: t.back, onBack: onHome }}
    >
      <p>{f.urgent.intro}</p>
      <button
        type="button"
        class="primary primary--danger"
        disabled={state.kind === 'sending'}
        onClick={() => {
          void send({ endpoint: 'reports', body: urgentBody(answers, locale) }, f.unreachable);
        }}
      >
        <Icon name="send" />
        <span>{state.kind === 'sending' ? f.sending : f.urgent.sendNow}</span>
      </button>
      <p class="hint">{f.urgent.sendNote}</p>
      {state.kind === 'refused' ? (
        <p class="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <h2 class="subtitle">{f.urgent.more}</h2>
      <LocationConsent
        f={f}
        position={answers.position}
        onChange={(position) => {
          update({ position });
        }}
      />
      {answers.position ? null : (
        <fieldset class="group">
          <legend>{f.urgent.orProvince}</legend>
          <PlacePicker
            id="urgent-place"
            places={words.places}
            labels={{ region: f.region, province: f.province, choose: f.chooseOne }}
            regionCode={answers.regionCode}
            provinceCode={answers.provinceCode}
            error={fields['provinceCode']}
            onChange={update}
          />
        </fieldset>
      )}
      <TextField
        id="urgent-phone"
        type="tel"
        label={f.phone}
        hint={f.phoneHint}
        value={answers.phone}
        error={fields['contact.phone']}
        onInput={(phone) => {
          update({ phone });
        }}
      />
      <ChoiceList
        name="urgent-window"
        legend={f.callWindow}
        options={optionsOf(words.window, {}, 'clock')}
        value={answers.window}
        error={fields['contact.window']}
        onChange={(window) => {
          update({ window });
        }}
      />
    </Panel>
  );
}
