import { Icon } from '../components/icons.tsx';
import { Panel } from '../components/panel.tsx';
import type { FlowProps } from './flow-props.ts';

/** "Browse safely": history, shared phones, quick exit, in a few plain sentences. */
export function SafetyPage({ t, pack, onHome }: FlowProps) {
  const { f } = pack;
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
