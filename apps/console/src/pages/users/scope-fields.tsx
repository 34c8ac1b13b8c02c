import type { ScopeLevel } from '@sanad/core';
import { SelectField } from '../../components/ui/select-field.tsx';
import { useConsole } from '../../context.ts';
import { scopeLevelLabel, scopeLevels } from '../../vocabulary.ts';
import { ProvinceOptions, RegionOptions } from '../shared/territory-options.tsx';

export interface ScopeValue {
  readonly scopeLevel: ScopeLevel;
  readonly scopeRegion: string;
  readonly scopeProvince: string;
}

interface Props {
  readonly value: ScopeValue;
  readonly onChange: (value: ScopeValue) => void;
  readonly errors: Readonly<Record<string, string>>;
}

/** Scope level, then the region or the province it names (from the shared territory). */
export function ScopeFields({ value, onChange, errors }: Props) {
  const { locale, t } = useConsole();
  return (
    <>
      <SelectField
        label={t.scopeLevel}
        name="scopeLevel"
        required
        value={value.scopeLevel}
        onChange={(level) => {
          onChange({ ...value, scopeLevel: level as ScopeLevel });
        }}
        error={errors['scopeLevel']}
      >
        {scopeLevels.codes.map((level) => (
          <option key={level} value={level}>
            {scopeLevelLabel(level, locale)}
          </option>
        ))}
      </SelectField>
      {value.scopeLevel === 'region' && (
        <SelectField
          label={t.region}
          name="scopeRegion"
          required
          value={value.scopeRegion}
          onChange={(scopeRegion) => {
            onChange({ ...value, scopeRegion });
          }}
          error={errors['scopeRegion']}
        >
          <option value="">{t.chooseOption}</option>
          <RegionOptions locale={locale} />
        </SelectField>
      )}
      {value.scopeLevel === 'province' && (
        <SelectField
          label={t.province}
          name="scopeProvince"
          required
          value={value.scopeProvince}
          onChange={(scopeProvince) => {
            onChange({ ...value, scopeProvince });
          }}
          error={errors['scopeProvince']}
        >
          <option value="">{t.chooseOption}</option>
          <ProvinceOptions locale={locale} />
        </SelectField>
      )}
    </>
  );
}
