import type { ServiceType } from '@sanad/core';
import { Checkbox } from '../../components/ui/checkbox.tsx';
import { useConsole } from '../../context.ts';
import { serviceLabel, serviceTypes } from '../../vocabulary.ts';

interface Props {
  readonly services: readonly ServiceType[];
  readonly onChange: (services: readonly ServiceType[]) => void;
  readonly error?: string | undefined;
}

/** Her needs, as services: the proposals follow what is ticked. */
export function NeedsPicker({ services, onChange, error }: Props) {
  const { locale, t } = useConsole();
  return (
    <fieldset class={`fieldset needs${error ? ' field--invalid' : ''}`} data-needs>
      <legend>{t.refNeedsLegend}</legend>
      <p class="field__hint">{t.refNeedsHint}</p>
      <div class="check-grid">
        {serviceTypes.codes.map((code) => (
          <Checkbox
            key={code}
            name="need"
            value={code}
            label={serviceLabel(code, locale)}
            checked={services.includes(code)}
            onChange={(on) => {
              const others = services.filter((service) => service !== code);
              onChange(on ? [...others, code] : others);
            }}
          />
        ))}
      </div>
      {error && <p class="field__error">{error}</p>}
    </fieldset>
  );
}
