import { useId } from 'preact/hooks';

interface Props {
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly name?: string;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly rows?: number;
  readonly disabled?: boolean;
}

/**
 * A labelled multi-line field, like `TextField`. `dir="auto"`: staff write Arabic and Latin
 * text in the same notes.
 */
export function TextArea(props: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${props.error ? ' field--invalid' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="field__hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <textarea
        id={id}
        name={props.name}
        value={props.value}
        dir="auto"
        rows={props.rows ?? 4}
        required={props.required}
        aria-required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        maxLength={props.maxLength}
        disabled={props.disabled}
        onInput={(event) => {
          props.onInput(event.currentTarget.value);
        }}
      />
      {props.error && (
        <p class="field__error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  );
}
