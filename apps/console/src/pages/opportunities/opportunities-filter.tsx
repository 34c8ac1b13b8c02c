import type { OpportunityKind } from '@sanad/core';
import { SelectField } from '../../components/ui/select-field.tsx';
import { useConsole } from '../../context.ts';
import { ProvinceOptions } from '../shared/territory-options.tsx';
import { opportunityKindLabel, opportunityKinds } from './labels.ts';
import type { OpportunityQuery, OpportunityStatus } from './api.ts';

interface Props {
  readonly value: OpportunityQuery;
  readonly onChange: (value: OpportunityQuery) => void;
}

/** Narrows the catalogue by kind, by the province it serves and by status (in the database). */
export function OpportunitiesFilter({ value, onChange }: Props) {
  const { locale, t } = useConsole();
  // A new filter starts again from the first page.
  const set = (change: Partial<OpportunityQuery>) => {
    onChange({ ...value, ...change, offset: 0 });
  };
  const statuses: [OpportunityStatus | 'all', string][] = [
    ['open', t.oppStatusOpen],
    ['full', t.oppStatusFull],
    ['expired', t.oppStatusExpired],
    ['closed', t.oppStatusClosed],
    ['all', t.oppStatusAll],
  ];
  return (
    <form
      class="filters"
      aria-label={t.oppFilters}
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <SelectField
        label={t.oppKind}
        name="kind"
        value={value.kind}
        onChange={(kind) => {
          set({ kind: kind as OpportunityKind | '' });
        }}
      >
        <option value="">{t.oppAllKinds}</option>
        {opportunityKinds.codes.map((kind) => (
          <option key={kind} value={kind}>
            {opportunityKindLabel(kind, locale)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t.oppProvince}
        name="provinceCode"
        value={value.provinceCode}
        onChange={(provinceCode) => {
          set({ provinceCode });
        }}
      >
        <option value="">{t.oppAllProvinces}</option>
        <ProvinceOptions locale={locale} />
      </SelectField>
      <SelectField
        label={t.oppStatus}
        name="status"
        value={value.status}
        onChange={(status) => {
          set({ status: status as OpportunityStatus | 'all' });
        }}
      >
        {statuses.map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </SelectField>
    </form>
  );
}
