import { ACTIONS, type ActionId, type Messages } from '../i18n/messages.ts';
import { Icon } from './icons.tsx';

interface Props {
  readonly t: Messages;
  readonly onChoose: (action: ActionId) => void;
  readonly onSafety: () => void;
}

/** The first screen: four large choices, the most urgent first. */
export function Home({ t, onChoose, onSafety }: Props) {
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t.homeTitle}</h1>
      <p class="intro">{t.homeIntro}</p>
      <ul class="actions">
        {ACTIONS.map((action) => (
          <li key={action}>
            <button
              type="button"
              class={`action action--${action}`}
              data-action={action}
              onClick={() => {
                onChoose(action);
              }}
            >
              <Icon name={action} />
              <span class="action__text">
                <span class="action__label">{t.actions[action].label}</span>
                <span class="action__hint">{t.actions[action].hint}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="safety-link" data-action="safety" onClick={onSafety}>
        <Icon name="shield" />
        <span>{t.safetyLink}</span>
      </button>
    </section>
  );
}
