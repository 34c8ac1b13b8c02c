import { Icon, type IconName } from './icons.tsx';
import { FieldError } from './field-error.tsx';

export interface ChoiceOption<Code extends string> {
  readonly code: Code;
  readonly label: string;
  readonly icon: IconName;
}

interface Common<Code extends string> {
  /** Unique on the page: names the inputs and ties the legend and error to them. */
  readonly name: string;
  readonly legend: string;
  readonly hint?: string;
  readonly options: readonly ChoiceOption<Code>[];
  readonly error?: string;
}

type Props<Code extends string> = Common<Code> &
  (
    | {
        readonly multiple: true;
        readonly value: readonly Code[];
        readonly onChange: (value: Code[]) => void;
      }
    | {
        readonly multiple?: false;
        readonly value: Code | '';
        readonly onChange: (value: Code) => void;
      }
  );

/**
 * Plain choices as large tiles, each with an icon: real radio buttons or check boxes under a
 * fieldset, so keyboards, screen readers and switch access work without any script of ours.
 */
export function ChoiceList<Code extends string>(props: Props<Code>) {
  const { name, legend, hint, options, error } = props;
  const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      class="choices"
      aria-describedby={described || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${name}-error`} message={error} />
      <ul class="choices__list">
        {options.map((option) => {
          const checked = props.multiple
            ? props.value.includes(option.code)
            : props.value === option.code;
          return (
            <li key={option.code}>
              <label class="choice">
                <input
                  type={props.multiple ? 'checkbox' : 'radio'}
                  name={name}
                  value={option.code}
                  checked={checked}
                  onChange={() => {
                    if (props.multiple) {
                      props.onChange(
                        checked
                          ? props.value.filter((code) => code !== option.code)
                          : [...props.value, option.code],
                      );
                    } else {
                      props.onChange(option.code);
                    }
                  }}
                />
                <Icon name={option.icon} />
                <span>{option.label}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
