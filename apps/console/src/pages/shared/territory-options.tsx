import type { Locale } from '../../i18n/locale.ts';
import { REGIONS } from '../../vocabulary.ts';

/** `<option>`s for the 12 regions, named in the reader's language. */
export function RegionOptions({ locale }: { readonly locale: Locale }) {
  return (
    <>
      {REGIONS.map((region) => (
        <option key={region.code} value={region.code}>
          {region.name[locale]}
        </option>
      ))}
    </>
  );
}

/** The 75 prefectures and provinces, grouped by region (or one region's only). */
export function ProvinceOptions({
  locale,
  regionCode,
}: {
  readonly locale: Locale;
  readonly regionCode?: string;
}) {
  if (regionCode !== undefined) {
    const region = REGIONS.find((candidate) => candidate.code === regionCode);
    return (
      <>
        {region?.provinces.map((province) => (
          <option key={province.code} value={province.code}>
            {province.name[locale]}
          </option>
        ))}
      </>
    );
  }
  return (
    <>
      {REGIONS.map((region) => (
        <optgroup key={region.code} label={region.name[locale]}>
          {region.provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name[locale]}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
