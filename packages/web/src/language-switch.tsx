import { ENDONYMS, HTML_LANG, LOCALES, textDirection, type Locale } from './locale.ts';

interface Props {
  readonly locale: Locale;
  readonly label: string;
  readonly onChange: (locale: Locale) => void;
}

/**
 * Always visible: each language is named in its own script and tagged with its own `lang` and
 * `dir`, so a reader finds hers whatever the page is currently in.
 */
export function LanguageSwitch({ locale, label, onChange }: Props) {
  return (
    <nav class="language-switch" aria-label={label}>
      <ul>
        {LOCALES.map((candidate) => (
          <li key={candidate}>
            <button
              type="button"
              lang={HTML_LANG[candidate]}
              dir={textDirection(candidate)}
              aria-pressed={candidate === locale}
              onClick={() => {
                onChange(candidate);
              }}
            >
              {ENDONYMS[candidate]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
