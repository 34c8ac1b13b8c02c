import { FieldError } from './field-error.tsx';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly error?: string;
  readonly type?: 'text' | 'tel';
  readonly multiline?: boolean;
  readonly maxLength?: number;
  readonly autoComplete?: string;
}

/**
 * One labelled text field. `dir="auto"` lets Arabic and Latin text each run their own way.
 * Autocomplete is off by default: the browser must not remember what she typed here.
 */
export function TextField(props: Props) {
  const { id, label, hint, value, error, multiline, maxLength } = props;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    dir: 'auto' as const,
    maxLength,
    autoComplete: props.autoComplete ?? 'off',
    'aria-describedby': described || undefined,
    'aria-invalid': error ? true : undefined,
    onInput: (event: Event) => {
      props.onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
    },
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        <input
          {...common}
          type={props.type === 'tel' ? 'tel' : 'text'}
          inputMode={props.type === 'tel' ? 'tel' : 'text'}
          list={undefined}
          spellcheck={false}
        />
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
