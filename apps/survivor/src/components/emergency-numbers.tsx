import { EMERGENCY_NUMBERS, type Messages } from '../i18n/messages.ts';
import { Icon } from './icons.tsx';

/** One tap to call: shown on every screen, under the home choices or the current panel. */
export function EmergencyNumbers({ t }: { readonly t: Messages }) {
  return (
    <section class="emergency" aria-labelledby="emergency-title">
      <h2 id="emergency-title">{t.emergencyTitle}</h2>
      <p class="emergency__hint">{t.emergencyHint}</p>
      <ul class="emergency__list">
        {EMERGENCY_NUMBERS.map(({ service, number }) => (
          <li key={service}>
            <a class="emergency__link" href={`tel:${number}`}>
              <Icon name="phone" />
              {/* Digits stay left to right inside Arabic text. */}
              <bdi class="emergency__number" dir="ltr">
                {number}
              </bdi>
              <span class="emergency__service">{t.services[service]}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
