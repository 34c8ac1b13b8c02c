import type { LocaleWords } from '../i18n/locale-words.ts';
import { FieldError } from './field-error.tsx';
import { Icon } from './icons.tsx';

interface Props {
  readonly id: string;
  /** Regions with their prefectures and provinces, named in her language (from the pack). */
  readonly places: LocaleWords['places'];
  readonly labels: { readonly region: string; readonly province: string; readonly choose: string };
  readonly regionCode: string;
  readonly provinceCode: string;
  readonly onChange: (place: { regionCode: string; provinceCode: string }) => void;
  readonly error?: string;
}

/** Region, then its prefectures and provinces: two short native lists rather than one of 75. */
export function PlacePicker({
  id,
  places,
  labels,
  regionCode,
  provinceCode,
  onChange,
  error,
}: Props) {
  const region = places.find((candidate) => candidate.code === regionCode);
  return (
    <div class="place">
      <div class="field">
        <label for={`${id}-region`}>
          <Icon name="location" />
          <span>{labels.region}</span>
        </label>
        <select
          id={`${id}-region`}
          value={regionCode}
          onChange={(event) => {
            onChange({ regionCode: event.currentTarget.value, provinceCode: '' });
          }}
        >
          <option value="">{labels.choose}</option>
          {places.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {candidate.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-province`}>
          <Icon name="home" />
          <span>{labels.province}</span>
        </label>
        <select
          id={`${id}-province`}
          value={provinceCode}
          disabled={!region}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            onChange({ regionCode, provinceCode: event.currentTarget.value });
          }}
        >
          <option value="">{labels.choose}</option>
          {(region?.provinces ?? []).map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-error`} message={error} />
      </div>
    </div>
  );
}
