import { areaTypes, type AreaType } from '@sanad/core';
import { Checkbox } from '../../components/ui/checkbox.tsx';
import { useConsole } from '../../context.ts';
import { labelOf } from '../../vocabulary.ts';

interface Props {
  readonly value: readonly AreaType[];
  readonly onChange: (value: AreaType[]) => void;
  readonly error: string | undefined;
}

/** Urban, rural or both: the routing proposes a DGSN cell in town and the Gendarmerie outside. */
export function AreaTypesPicker({ value, onChange, error }: Props) {
  const { locale, t } = useConsole();
  return (
    <fieldset class={`fieldset${error ? ' field--invalid' : ''}`}>
      <legend>{t.instAreaTypes}</legend>
      <p class="field__hint">{t.instAreaTypesHint}</p>
      {error && <p class="field__error">{error}</p>}
      <div class="check-grid">
        {areaTypes.codes.map((area) => (
          <Checkbox
            key={area}
            name="areaTypes"
            value={area}
            label={labelOf(areaTypes, area, locale)}
            checked={value.includes(area)}
            onChange={(on) => {
              onChange(
                areaTypes.codes.filter((code) => (code === area ? on : value.includes(code))),
              );
            }}
          />
        ))}
      </div>
    </fieldset>
  );
}
