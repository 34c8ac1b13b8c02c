import { Icon } from '../components/icons.tsx';
import { Panel } from '../components/panel.tsx';
import { flowMessages } from '../i18n/flow-messages/index.ts';
import type { FlowProps } from './flow-props.ts';

/** "Browse safely": history, shared phones, quick exit, in a few plain sentences. */
export function SafetyPage({ locale, t, onHome }: FlowProps) {
  const f = flowMessages[locale];
  return (
    <Panel
      title={f.safety.title}
      icon="shield"
      name="safety"
      back={{ label: t.back, onBack: onHome }}
    >
      <ul class="points">
        {f.safety.points.map((point, index) => (
          <li key={index}>
            <Icon name={(['exit', 'lock', 'eye', 'follow', 'phone'] as const)[index] ?? 'shield'} />
            <span>{point}</span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
