import type { InstitutionType } from '@sanad/core';
import { SelectField } from '../../components/ui/select-field.tsx';
import { useConsole } from '../../context.ts';
import { institutionTypeLabel, institutionTypes } from '../../vocabulary.ts';
import { RegionOptions } from '../shared/territory-options.tsx';

export interface InstitutionFilter {
  /** A region code, or '' for all. */
  readonly region: string;
  /** An institution type, or '' for all. */
  readonly type: InstitutionType | '';
}

interface Props {
  readonly value: InstitutionFilter;
  readonly onChange: (value: InstitutionFilter) => void;
}

/** Narrows the institutions table by region and by type. */
export function InstitutionsFilter({ value, onChange }: Props) {
  const { locale, t } = useConsole();
  return (
    <form
      class="filters"
      aria-label={t.filters}
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <SelectField
        label={t.region}
        name="region"
        value={value.region}
        onChange={(region) => {
          onChange({ ...value, region });
        }}
      >
        <option value="">{t.allRegions}</option>
        <RegionOptions locale={locale} />
      </SelectField>
      <SelectField
        label={t.instType}
        name="type"
        value={value.type}
        onChange={(type) => {
          onChange({ ...value, type: type as InstitutionType | '' });
        }}
      >
        <option value="">{t.allTypes}</option>
        {institutionTypes.codes.map((type) => (
          <option key={type} value={type}>
            {institutionTypeLabel(type, locale)}
          </option>
        ))}
      </SelectField>
    </form>
  );
}

/** Whether an institution passes the filter. */
export function matchesFilter(
  institution: { readonly regionCode: string; readonly type: InstitutionType },
  filter: InstitutionFilter,
): boolean {
  return (
    (filter.region === '' || institution.regionCode === filter.region) &&
    (filter.type === '' || institution.type === filter.type)
  );
}
