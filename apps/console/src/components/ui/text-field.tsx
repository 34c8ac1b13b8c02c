import { useEffect, useId, useRef } from 'preact/hooks';

interface Props {
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly name?: string;
  readonly type?: 'text' | 'email' | 'password' | 'tel' | 'number' | 'date' | 'datetime-local';
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly required?: boolean;
  readonly autoComplete?: string;
  readonly inputMode?: 'text' | 'email' | 'numeric' | 'tel';
  readonly autoFocus?: boolean;
  readonly disabled?: boolean;
  readonly maxLength?: number;
  readonly min?: number | string;
  readonly max?: number | string;
  readonly onBlur?: () => void;
  /** Defaults to `auto`: staff type Arabic and Latin text in the same forms. */
  readonly dir?: 'auto' | 'ltr' | 'rtl';
  readonly inputRef?: { current: HTMLInputElement | null };
}

/**
 * A labelled input with its hint and its error next to it, tied together for screen readers
 * (`aria-describedby`, `aria-invalid`).
 */
export function TextField(props: Props) {
  const id = useId();
  const ownRef = useRef<HTMLInputElement>(null);
  const ref = props.inputRef ?? ownRef;
  useEffect(() => {
    // The `autofocus` attribute only works on page load and in dialogs; elsewhere, focus here.
    if (props.autoFocus) ref.current?.focus();
    // Once, when the field appears.
  }, []);
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
      <input
        id={id}
        ref={ref}
        name={props.name}
        // Preact types `type` as a union keyed by ARIA role, which a union of types cannot meet;
        // the props allow text-like types only. (tsc needs the assertion, the linter does not.)
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
        type={(props.type ?? 'text') as 'text'}
        value={props.value}
        dir={props.dir ?? 'auto'}
        required={props.required}
        aria-required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        autoFocus={props.autoFocus}
        disabled={props.disabled}
        maxLength={props.maxLength}
        min={props.min}
        max={props.max}
        onBlur={props.onBlur}
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
