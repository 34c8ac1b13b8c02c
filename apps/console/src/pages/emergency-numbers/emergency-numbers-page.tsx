import { useState } from 'preact/hooks';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { useResource } from '../../hooks/use-resource.ts';
import { LOCALES, textDirection } from '../../i18n/locale.ts';
import {
  checkEntries,
  draftOf,
  emptyEntry,
  loadEmergencyNumbers,
  MAX_NUMBERS,
  moved,
  NUMBER_KINDS,
  saveEmergencyNumbers,
  type DraftEntry,
  type EmergencyNumberView,
  type NumberKind,
} from './draft.ts';
import { emergencyNumbersMessages } from './messages.ts';

/**
 * The emergency numbers on the survivor app's home screen, for national administrators: the
 * whole list is edited here (number, service, a label in each of the app's four languages,
 * order) and saved at once. The server checks the same rules and audits the change.
 */
export function EmergencyNumbersPage() {
  const { api, locale, t } = useConsole();
  const { resource, reload } = useResource((signal) => loadEmergencyNumbers(api, signal));
  const m = emergencyNumbersMessages[locale];
  return (
    <div class="page">
      <div class="page-head">
        <PageHeading>{m.title}</PageHeading>
      </div>
      <p>{m.intro}</p>
      {resource.kind === 'loading' ? (
        <p class="loading" role="status">
          {t.loading}
        </p>
      ) : resource.kind === 'failed' ? (
        <LoadFailure problem={resource.problem} onRetry={reload} />
      ) : (
        <NumbersForm stored={resource.data} />
      )}
    </div>
  );
}

function NumbersForm({ stored }: { readonly stored: readonly EmergencyNumberView[] }) {
  const { api, locale, t } = useConsole();
  const m = emergencyNumbersMessages[locale];
  const [entries, setEntries] = useState<DraftEntry[]>(() => draftOf(stored));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState('');
  const errors = problem?.fields ?? {};

  const edit = (index: number, change: Partial<DraftEntry>) => {
    setNotice('');
    setEntries((current) =>
      current.map((entry, at) => (at === index ? { ...entry, ...change } : entry)),
    );
  };
  // Messages name rows by position: moving, adding or removing a row clears them.
  const change = (next: DraftEntry[]) => {
    setNotice('');
    setProblem(undefined);
    setEntries(next);
  };

  const submit = async () => {
    setNotice('');
    if (entries.length === 0) {
      setProblem(localProblem(m.atLeastOne));
      return;
    }
    const local = checkEntries(entries, { ...m, fieldRequired: t.fieldRequired });
    if (Object.keys(local).length > 0) {
      setProblem(localProblem(t.checkFields, local));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const saved = await saveEmergencyNumbers(api, entries);
      setEntries(draftOf(saved));
      setNotice(m.saved);
    } catch (error) {
      setProblem(problemOf(error, t));
    } finally {
      setBusy(false);
    }
  };

  const shown = entries.flatMap((_, index) => [
    `numbers.${String(index)}.number`,
    `numbers.${String(index)}.kind`,
    ...LOCALES.map((language) => `numbers.${String(index)}.label.${language}`),
  ]);

  return (
    <form
      class="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void submit();
      }}
    >
      <FormAlert problem={problem} shownFields={shown} />
      <p class="notice" role="status">
        {notice}
      </p>
      <p class="count">{m.count(entries.length)}</p>
      <ol class="stack" data-emergency-numbers>
        {entries.map((entry, index) => {
          const at = `numbers.${String(index)}`;
          const position = index + 1;
          return (
            <li key={entry.key}>
              <fieldset class="fieldset" data-number={entry.number}>
                <legend>{m.entry(position)}</legend>
                <div class="form-grid">
                  <TextField
                    label={m.number}
                    hint={m.numberHint}
                    name={`${at}.number`}
                    type="tel"
                    inputMode="numeric"
                    dir="ltr"
                    required
                    maxLength={14}
                    value={entry.number}
                    onInput={(number) => {
                      edit(index, { number });
                    }}
                    error={errors[`${at}.number`]}
                  />
                  <SelectField
                    label={m.kind}
                    name={`${at}.kind`}
                    required
                    value={entry.kind}
                    onChange={(kind) => {
                      edit(index, { kind: kind as NumberKind });
                    }}
                    error={errors[`${at}.kind`]}
                  >
                    {NUMBER_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {m.kinds[kind]}
                      </option>
                    ))}
                  </SelectField>
                  {LOCALES.map((language) => (
                    <TextField
                      key={language}
                      label={m.labelIn[language]}
                      name={`${at}.label.${language}`}
                      required
                      maxLength={120}
                      dir={textDirection(language)}
                      value={entry.label[language]}
                      onInput={(text) => {
                        edit(index, { label: { ...entry.label, [language]: text } });
                      }}
                      error={errors[`${at}.label.${language}`]}
                    />
                  ))}
                </div>
                <div class="row-actions">
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    disabled={index === 0}
                    aria-label={m.moveUp(position)}
                    onClick={() => {
                      change(moved(entries, index, -1));
                    }}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    disabled={index === entries.length - 1}
                    aria-label={m.moveDown(position)}
                    onClick={() => {
                      change(moved(entries, index, 1));
                    }}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="button button--danger-quiet button--small"
                    onClick={() => {
                      change(entries.filter((_, at) => at !== index));
                    }}
                  >
                    {m.remove(position)}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div class="actions">
        {entries.length >= MAX_NUMBERS ? <p class="field__hint">{m.atMost(MAX_NUMBERS)}</p> : null}
        <button
          type="button"
          class="button button--secondary"
          disabled={entries.length >= MAX_NUMBERS}
          onClick={() => {
            change([...entries, emptyEntry()]);
          }}
        >
          {m.add}
        </button>
        <button type="submit" class="button" disabled={busy} aria-busy={busy}>
          {busy ? t.working : t.save}
        </button>
      </div>
    </form>
  );
}
