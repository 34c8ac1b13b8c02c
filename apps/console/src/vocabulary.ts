import {
  findProvince,
  findRegion,
  institutionTypes,
  REGIONS,
  scopeLevels,
  serviceTypes,
  staffRoles,
  type InstitutionType,
  type ScopeLevel,
  type ServiceType,
  type StaffRole,
  type Vocabulary,
} from '@sanad/core';
import type { Scope } from './api/types.ts';
import type { Locale } from './i18n/locale.ts';

// Labels of the shared vocabularies and territory, in the reader's language. Only the pages
// loaded after sign-in import this module (it brings the territory of `@sanad/core`).

export { institutionTypes, REGIONS, scopeLevels, serviceTypes, staffRoles };

/**
 * A code's label, or the code itself when this build does not know it yet (the server may
 * add a code before the console is rebuilt): an unknown code shows, it never breaks the page.
 */
export function labelOf<Code extends string>(
  vocabulary: Vocabulary<Code>,
  code: string,
  locale: Locale,
): string {
  return (vocabulary.codes as readonly string[]).includes(code)
    ? vocabulary.labels[code as Code][locale]
    : code;
}

export const roleLabel = (role: StaffRole, locale: Locale): string =>
  labelOf(staffRoles, role, locale);

export const scopeLevelLabel = (level: ScopeLevel, locale: Locale): string =>
  labelOf(scopeLevels, level, locale);

export const institutionTypeLabel = (type: InstitutionType, locale: Locale): string =>
  labelOf(institutionTypes, type, locale);

export const serviceLabel = (service: ServiceType, locale: Locale): string =>
  labelOf(serviceTypes, service, locale);

/** A region's name, or its code when the territory does not know it (never a blank). */
export function regionName(code: string, locale: Locale): string {
  return findRegion(code)?.name[locale] ?? code;
}

export function provinceName(code: string, locale: Locale): string {
  return findProvince(code)?.name[locale] ?? code;
}

/** "National", "Region: Souss-Massa", "Province or prefecture: Taroudannt (Souss-Massa)". */
export function describeScope(scope: Scope, locale: Locale): string {
  const level = scopeLevelLabel(scope.level, locale);
  switch (scope.level) {
    case 'national':
      return level;
    case 'region':
      return scope.region ? `${level}: ${regionName(scope.region, locale)}` : level;
    case 'province': {
      if (!scope.province) return level;
      const province = findProvince(scope.province);
      const region = province ? ` (${regionName(province.regionCode, locale)})` : '';
      return `${level}: ${provinceName(scope.province, locale)}${region}`;
    }
  }
}

/** Where an institution sits: its seat province if it has one, and its region. */
export function describePlace(
  regionCode: string,
  provinceCode: string | undefined,
  locale: Locale,
): string {
  const region = regionName(regionCode, locale);
  return provinceCode ? `${provinceName(provinceCode, locale)} (${region})` : region;
}
