import { useState } from 'preact/hooks';
import { loadMessageTemplates } from '../../api/cases.ts';
import { SelectField } from '../../components/ui/select-field.tsx';
import { useConsole } from '../../context.ts';
import { useResource } from '../../hooks/use-resource.ts';

const preview = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

/**
 * Ready-made replies in the console's language: picking one puts its text in the reply box,
 * to edit before sending. If the templates cannot be read, the box still works.
 */
export function TemplatePicker({ onPick }: { readonly onPick: (text: string) => void }) {
  const { api, locale, t } = useConsole();
  const { resource } = useResource((signal) => loadMessageTemplates(api, signal));
  const [chosen, setChosen] = useState('');
  if (resource.kind !== 'ready' || resource.data.length === 0) return null;
  const templates = resource.data;
  return (
    <SelectField
      label={t.messageTemplate}
      name="template"
      hint={t.messageTemplateHint}
      value={chosen}
      onChange={(id) => {
        setChosen(id);
        const template = templates.find((candidate) => candidate.id === id);
        if (template) onPick(template.text[locale]);
      }}
    >
      <option value="">{t.chooseOption}</option>
      {templates.map((template) => (
        <option key={template.id} value={template.id}>
          {preview(template.text[locale])}
        </option>
      ))}
    </SelectField>
  );
}
