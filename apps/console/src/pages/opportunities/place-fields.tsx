import { Checkbox } from '../../components/ui/checkbox.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { useConsole } from '../../context.ts';
import { REGIONS } from '../../vocabulary.ts';
import { RegionOptions } from '../shared/territory-options.tsx';
import type { OpportunityDraft } from './opportunity-draft.ts';

interface Props {
  readonly draft: Pick<OpportunityDraft, 'regionCode' | 'provinceCodes' | 'remote'>;
  readonly onChange: (change: Partial<OpportunityDraft>) => void;
  readonly errors: Readonly<Record<string, string>>;
}

/**
 * Where an offer is held: a region, some of that region's prefectures and provinces (none:
 * the whole region), and whether it is followed remotely. Only the chosen region's provinces
 * are offered, so a province outside it cannot be ticked.
 */
export function PlaceFields({ draft, onChange, errors }: Props) {
  const { locale, t } = useConsole();
  const region = REGIONS.find((candidate) => candidate.code === draft.regionCode);
  const chosen = new Set(draft.provinceCodes);
  const toggle = (code: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    onChange({ provinceCodes: [...next] });
  };
  return (
    <fieldset class="fieldset" aria-describedby="opportunity-place-hint">
      <legend>{t.oppPlaceLegend}</legend>
      <p class="field__hint" id="opportunity-place-hint">
        {t.oppPlaceHint}
      </p>
      <div class="form-grid">
        <SelectField
          label={t.region}
          name="regionCode"
          value={draft.regionCode}
          onChange={(regionCode) => {
            // Provinces belong to their region: a new region clears them.
            onChange({ regionCode, provinceCodes: [] });
          }}
          error={errors['regionCode']}
        >
          <option value="">{t.oppNoRegion}</option>
          <RegionOptions locale={locale} />
        </SelectField>
        <Checkbox
          name="remote"
          label={t.oppRemoteLabel}
          checked={draft.remote}
          onChange={(remote) => {
            onChange({ remote });
          }}
        />
      </div>
      {region && (
        <fieldset
          class={`fieldset${errors['provinceCodes'] ? ' field--invalid' : ''}`}
          aria-describedby="opportunity-provinces-hint"
        >
          <legend>{t.oppProvincesLegend}</legend>
          <p class="field__hint" id="opportunity-provinces-hint">
            {t.oppProvincesHint}
          </p>
          {errors['provinceCodes'] && <p class="field__error">{errors['provinceCodes']}</p>}
          <div class="check-grid">
            {region.provinces.map((province) => (
              <Checkbox
                key={province.code}
                name="provinceCodes"
                value={province.code}
                label={province.name[locale]}
                checked={chosen.has(province.code)}
                onChange={(on) => {
                  toggle(province.code, on);
                }}
              />
            ))}
          </div>
        </fieldset>
      )}
    </fieldset>
  );
}
