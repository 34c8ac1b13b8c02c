import { useId } from 'preact/hooks';

interface Props {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly name?: string;
  readonly value?: string;
  readonly lang?: string | undefined;
}

/** A checkbox with its label beside it; the whole label is the click target. */
export function Checkbox({ label, checked, onChange, name, value, lang }: Props) {
  const id = useId();
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        checked={checked}
        onChange={(event) => {
          onChange(event.currentTarget.checked);
        }}
      />
      <label for={id} lang={lang}>
        {label}
      </label>
    </div>
  );
}
