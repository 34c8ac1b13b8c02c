import type { ServiceType } from '@sanad/core';
import { Checkbox } from '../../components/ui/checkbox.tsx';
import { useConsole } from '../../context.ts';
import { serviceLabel, serviceTypes } from '../../vocabulary.ts';

interface Props {
  readonly value: readonly ServiceType[];
  readonly onChange: (value: ServiceType[]) => void;
  readonly error: string | undefined;
}

/** The services an institution offers, as checkboxes in the vocabulary's order. */
export function ServicesPicker({ value, onChange, error }: Props) {
  const { locale, t } = useConsole();
  return (
    <fieldset class={`fieldset${error ? ' field--invalid' : ''}`}>
      <legend>{t.services}</legend>
      {error && <p class="field__error">{error}</p>}
      <div class="check-grid">
        {serviceTypes.codes.map((service) => (
          <Checkbox
            key={service}
            name="services"
            value={service}
            label={serviceLabel(service, locale)}
            checked={value.includes(service)}
            onChange={(on) => {
              onChange(
                serviceTypes.codes.filter((code) => (code === service ? on : value.includes(code))),
              );
            }}
          />
        ))}
      </div>
    </fieldset>
  );
}
