import type { Consents } from '../forms/bodies.ts';
import type { FlowMessages } from '../i18n/flow-messages/types.ts';
import { FieldError } from './field-error.tsx';
import { Icon, type IconName } from './icons.tsx';

const ICONS: Readonly<Record<keyof Consents, IconName>> = {
  care: 'hand',
  sharing: 'people',
  statistics: 'lock',
};

/** Each consent on its own, unticked by default, with one sentence saying what it allows. */
export function ConsentList({
  f,
  value,
  onChange,
  error,
}: {
  readonly f: FlowMessages;
  readonly value: Consents;
  readonly onChange: (value: Consents) => void;
  readonly error?: string;
}) {
  const purposes = Object.keys(ICONS) as (keyof Consents)[];
  return (
    <fieldset class="choices">
      <legend>{f.report.steps.consents}</legend>
      <p class="hint">{f.report.consentsIntro}</p>
      <FieldError id="consents-error" message={error} />
      <ul class="choices__list">
        {purposes.map((purpose) => (
          <li key={purpose}>
            <label class="choice choice--consent">
              <input
                type="checkbox"
                checked={value[purpose]}
                aria-describedby={`consent-${purpose}-hint`}
                onChange={() => {
                  onChange({ ...value, [purpose]: !value[purpose] });
                }}
              />
              <Icon name={ICONS[purpose]} />
              <span>
                <strong>{f.consents[purpose].label}</strong>
                <span class="hint" id={`consent-${purpose}-hint`}>
                  {f.consents[purpose].hint}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
