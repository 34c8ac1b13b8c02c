import type { PathInstitution } from '../../api/case-types.ts';
import { useConsole } from '../../context.ts';
import { provinceName } from '../../vocabulary.ts';
import { useCaseFileContext } from './case-context.ts';

/**
 * For an emergency: the security service competent where she is (DGSN in towns, the Royal
 * Gendarmerie in the countryside) and the prosecution cell, proposed by the server.
 */
export function UrgentPathBox() {
  const { t } = useConsole();
  const { view } = useCaseFileContext();
  const path = view.urgentPath;
  if (!path) return null;
  const service = path.security.service === 'dgsn' ? t.serviceDgsn : t.serviceGendarmerie;
  const reason =
    path.security.reason === 'urban'
      ? t.reasonUrban
      : path.security.reason === 'rural'
        ? t.reasonRural
        : t.reasonUnknownArea;
  return (
    <section
      class="card urgent-path"
      aria-labelledby="urgent-path-title"
      data-section="urgent-path"
    >
      <h3 id="urgent-path-title">{t.urgentPathTitle}</h3>
      <p>
        <strong>{service}</strong> — {reason}
      </p>
      <InstitutionList institutions={path.security.institutions} />
      <h4>{t.prosecutionTitle}</h4>
      <InstitutionList institutions={path.prosecution} />
    </section>
  );
}

function InstitutionList({ institutions }: { readonly institutions: readonly PathInstitution[] }) {
  const { locale, t } = useConsole();
  if (institutions.length === 0) return <p class="empty">{t.noInstitutionFound}</p>;
  return (
    <ul class="bullets">
      {institutions.map((institution) => (
        <li key={institution.id}>
          <bdi>{institution.name}</bdi>
          {institution.provinceCode && ` (${provinceName(institution.provinceCode, locale)})`}
        </li>
      ))}
    </ul>
  );
}
