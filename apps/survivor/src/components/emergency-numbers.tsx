import { labelOf, type EmergencyNumber } from '../emergency/numbers.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages.ts';
import { Icon } from './icons.tsx';

/** One tap to call: shown on every screen, under the home choices or the current panel. */
export function EmergencyNumbers({
  t,
  locale,
  numbers,
}: {
  readonly t: Messages;
  readonly locale: Locale;
  readonly numbers: readonly EmergencyNumber[];
}) {
  return (
    <section class="emergency" aria-labelledby="emergency-title">
      <h2 id="emergency-title">{t.emergencyTitle}</h2>
      <p class="emergency__hint">{t.emergencyHint}</p>
      <ul class="emergency__list">
        {numbers.map((entry) => (
          <li key={entry.number}>
            <a class="emergency__link" href={`tel:${entry.number}`} data-kind={entry.kind}>
              <Icon name="phone" />
              {/* Digits stay left to right inside Arabic text. */}
              <bdi class="emergency__number" dir="ltr">
                {entry.number}
              </bdi>
              <span class="emergency__service">{labelOf(entry, locale, t.services)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
