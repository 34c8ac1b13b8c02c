import { useEffect, useRef, useState } from 'preact/hooks';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { EMPTY_FOCAL_POINT, type FocalPointDraft } from './institution-draft.ts';

/** The server keeps at most this many focal points per institution. */
export const MAX_FOCAL_POINTS = 10;

interface Props {
  readonly value: readonly FocalPointDraft[];
  readonly onChange: (value: FocalPointDraft[]) => void;
  /** Messages keyed `focalPoints.<n>.<field>`, as the server names them. */
  readonly errors: Readonly<Record<string, string>>;
}

/** After a removal: the focal point now in that place (or the one before), or "Add" (-1). */
const ADD_BUTTON = -1;

/**
 * The institution's focal points: its own staff to call, never a survivor. Adding one moves
 * focus to its name; removing one moves it to the name of the one that took its place (or the
 * one before it), or to "Add" when none is left, rather than losing it with the button pressed.
 */
export function FocalPointsField({ value, onChange, errors }: Props) {
  const { t } = useConsole();
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusNext, setFocusNext] = useState<number>();
  useEffect(() => {
    if (focusNext === undefined) return;
    const target =
      focusNext === ADD_BUTTON
        ? addRef.current
        : fieldsetRef.current?.querySelector<HTMLInputElement>(
            `input[name="focal-${String(focusNext)}-name"]`,
          );
    target?.focus();
    setFocusNext(undefined);
  }, [focusNext, value]);
  const remove = (index: number) => {
    const remaining = value.filter((_, i) => i !== index);
    onChange(remaining);
    setFocusNext(remaining.length === 0 ? ADD_BUTTON : Math.min(index, remaining.length - 1));
  };
  const change = (index: number, patch: Partial<FocalPointDraft>) => {
    onChange(value.map((point, i) => (i === index ? { ...point, ...patch } : point)));
  };
  return (
    <fieldset class="fieldset" ref={fieldsetRef}>
      <legend>{t.focalLegend}</legend>
      <p class="field__hint">{t.focalHint}</p>
      {value.length === 0 && <p class="muted">{t.focalNone}</p>}
      {value.map((point, index) => {
        const at = (field: string) => errors[`focalPoints.${String(index)}.${field}`];
        return (
          <fieldset key={index} class="fieldset">
            <legend>{t.focalNumber(index + 1)}</legend>
            <div class="form-grid">
              <TextField
                label={t.focalName}
                name={`focal-${String(index)}-name`}
                required
                autoComplete="off"
                value={point.name}
                onInput={(name) => {
                  change(index, { name });
                }}
                error={at('name')}
              />
              <TextField
                label={t.focalRole}
                name={`focal-${String(index)}-role`}
                required
                autoComplete="off"
                value={point.role}
                onInput={(role) => {
                  change(index, { role });
                }}
                error={at('role')}
              />
              <TextField
                label={t.focalPhone}
                name={`focal-${String(index)}-phone`}
                type="tel"
                dir="ltr"
                autoComplete="off"
                value={point.phone}
                onInput={(phone) => {
                  change(index, { phone });
                }}
                error={at('phone')}
              />
              <TextField
                label={t.focalEmail}
                name={`focal-${String(index)}-email`}
                type="email"
                autoComplete="off"
                value={point.email}
                onInput={(email) => {
                  change(index, { email });
                }}
                error={at('email')}
              />
            </div>
            <button
              type="button"
              class="button button--small button--secondary"
              onClick={() => {
                remove(index);
              }}
            >
              {t.focalRemove(index + 1)}
            </button>
          </fieldset>
        );
      })}
      {value.length < MAX_FOCAL_POINTS && (
        <button
          ref={addRef}
          type="button"
          class="button button--small button--secondary"
          onClick={() => {
            onChange([...value, EMPTY_FOCAL_POINT]);
            setFocusNext(value.length);
          }}
        >
          {t.focalAdd}
        </button>
      )}
    </fieldset>
  );
}
