import { useConsole } from '../../context.ts';
import { REGIONS } from '../../vocabulary.ts';
import { Checkbox } from '../../components/ui/checkbox.tsx';

interface Props {
  readonly value: readonly string[];
  readonly onChange: (value: string[]) => void;
  /** The region of the institution: its provinces are shown open. */
  readonly homeRegion: string;
  readonly error: string | undefined;
}

/**
 * The provinces an institution serves, as checkboxes grouped by region. Each region folds
 * (`<details>`) and says how many of its provinces are ticked, so 75 boxes stay readable.
 */
export function CoveragePicker({ value, onChange, homeRegion, error }: Props) {
  const { locale, t } = useConsole();
  const chosen = new Set(value);
  const toggle = (code: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    onChange([...next]);
  };
  return (
    <fieldset class={`fieldset${error ? ' field--invalid' : ''}`} aria-describedby="coverage-hint">
      <legend>{t.coverage}</legend>
      <p class="field__hint" id="coverage-hint">
        {t.coverageHint} {t.coverageSelected(chosen.size)}
      </p>
      {error && <p class="field__error">{error}</p>}
      {REGIONS.map((region) => {
        const ticked = region.provinces.filter((province) => chosen.has(province.code)).length;
        return (
          <details
            key={region.code}
            class="region-group"
            open={region.code === homeRegion || ticked > 0}
          >
            <summary>
              {region.name[locale]} <span class="muted">({t.coverageSelected(ticked)})</span>
            </summary>
            <div class="check-grid">
              {region.provinces.map((province) => (
                <Checkbox
                  key={province.code}
                  name="coverage"
                  value={province.code}
                  label={province.name[locale]}
                  checked={chosen.has(province.code)}
                  onChange={(on) => {
                    toggle(province.code, on);
                  }}
                />
              ))}
            </div>
          </details>
        );
      })}
    </fieldset>
  );
}
