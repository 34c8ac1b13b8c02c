import { listInstitutions } from '../../api/admin.ts';
import { SelectField } from '../../components/ui/select-field.tsx';
import { useConsole } from '../../context.ts';
import { useResource } from '../../hooks/use-resource.ts';
import { describePlace } from '../../vocabulary.ts';

interface Props {
  readonly value: string;
  readonly onChange: (id: string) => void;
  readonly required: boolean;
  readonly error: string | undefined;
}

/** Picks the institution a staff account belongs to, from the institutions the admin sees. */
export function InstitutionSelect({ value, onChange, required, error }: Props) {
  const { api, locale, t } = useConsole();
  const { resource } = useResource((signal) => listInstitutions(api, signal));
  // Disabled institutions take no new staff, but the current one stays visible.
  const institutions =
    resource.kind === 'ready'
      ? resource.data.filter((institution) => institution.active || institution.id === value)
      : [];
  return (
    <SelectField
      label={t.institution}
      name="institutionId"
      hint={t.institutionHint}
      required={required}
      value={value}
      onChange={onChange}
      error={error ?? (resource.kind === 'failed' ? resource.problem.message : undefined)}
    >
      <option value="">{resource.kind === 'loading' ? t.loading : t.none}</option>
      {institutions.map((institution) => (
        <option key={institution.id} value={institution.id}>
          {institution.name} —{' '}
          {describePlace(institution.regionCode, institution.provinceCode, locale)}
        </option>
      ))}
    </SelectField>
  );
}
