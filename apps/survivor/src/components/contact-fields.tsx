import type { ContactAnswers } from '../forms/bodies.ts';
import type { FlowMessages } from '../i18n/flow-messages/types.ts';
import type { Choices } from '../intake/options.ts';
import { ChoiceList } from './choice-list.tsx';
import { TextField } from './text-field.tsx';

/** How and when it is safe to reach her: method, time of day, number, and a code word. */
export function ContactFields({
  id,
  f,
  options,
  value,
  onChange,
  errors,
  withCodeWord,
}: {
  readonly id: string;
  readonly f: FlowMessages;
  readonly options: Choices;
  readonly value: ContactAnswers;
  readonly onChange: (value: ContactAnswers) => void;
  readonly errors: Readonly<Record<string, string>>;
  readonly withCodeWord: boolean;
}) {
  const update = (change: Partial<ContactAnswers>) => {
    onChange({ ...value, ...change });
  };
  return (
    <>
      <ChoiceList
        name={`${id}-method`}
        legend={f.report.method}
        options={options.method}
        value={value.method}
        error={errors['contact.method']}
        onChange={(method) => {
          update({ method });
        }}
      />
      {value.method === 'none' ? null : (
        <>
          <TextField
            id={`${id}-phone`}
            type="tel"
            label={f.phone}
            hint={f.phoneHint}
            value={value.phone}
            error={errors['contact.phone']}
            onInput={(phone) => {
              update({ phone });
            }}
          />
          <ChoiceList
            name={`${id}-window`}
            legend={f.callWindow}
            options={options.window}
            value={value.window}
            error={errors['contact.window']}
            onChange={(window) => {
              update({ window });
            }}
          />
          {withCodeWord ? (
            <TextField
              id={`${id}-code-word`}
              label={f.report.codeWord}
              hint={f.report.codeWordHint}
              value={value.codeWord}
              maxLength={40}
              error={errors['contact.codeWord']}
              onInput={(codeWord) => {
                update({ codeWord });
              }}
            />
          ) : null}
        </>
      )}
    </>
  );
}
