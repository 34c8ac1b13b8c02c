import { useState } from 'preact/hooks';
import { addFollowUp, markFollowUpDone } from '../../api/cases.ts';
import type { FollowUpKind, FollowUpView } from '../../api/case-types.ts';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem } from '../../forms.ts';
import { fromLocalInput, toLocalInput } from '../../helpline-format.ts';
import { useNow } from '../../hooks/use-now.ts';
import { useCaseFileContext } from './case-context.ts';
import { CaseSection } from './section.tsx';
import { useCaseForm } from './use-case-form.ts';

const isOverdue = (followUp: FollowUpView, now: number) =>
  !followUp.doneAt && new Date(followUp.dueAt).getTime() < now;

/** Call-backs and follow-ups with their due time; the live stream reminds when one falls due. */
export function FollowUpsSection() {
  const { api, t } = useConsole();
  const { view } = useCaseFileContext();
  const now = useNow(30_000);
  const done = useCaseForm();
  const kindLabel = (kind: FollowUpKind) =>
    kind === 'callback' ? t.followUpCallback : t.followUpGeneral;
  return (
    <CaseSection title={t.followUpsTitle} name="follow-ups">
      {view.followUps.length === 0 ? (
        <p class="empty">{t.noFollowUps}</p>
      ) : (
        <ul class="history">
          {view.followUps.map((followUp) => (
            <li
              key={followUp.id}
              data-follow-up-id={followUp.id}
              class={followUp.doneAt ? 'row--muted' : undefined}
            >
              <p>
                <strong>{kindLabel(followUp.kind)}</strong> — <DateTime iso={followUp.dueAt} />{' '}
                {followUp.doneAt ? (
                  <span class="badge badge--on">{t.followUpDone}</span>
                ) : isOverdue(followUp, now) ? (
                  <span class="badge badge--late">{t.followUpOverdue}</span>
                ) : null}
              </p>
              {followUp.note && (
                <p class="cell-note" dir="auto">
                  {followUp.note}
                </p>
              )}
              {followUp.assignedTo && (
                <p class="cell-note">
                  {t.assignedTo} <bdi>{followUp.assignedTo.name}</bdi>
                </p>
              )}
              {view.abilities.update && !followUp.doneAt && (
                <button
                  type="button"
                  class="button button--small button--secondary"
                  disabled={done.busy}
                  onClick={() => {
                    void done.submit(
                      (version) => markFollowUpDone(api, view.id, version, followUp.id),
                      t.followUpMarkedDone,
                    );
                  }}
                >
                  {t.markDone}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormAlert problem={done.problem} />
      {view.abilities.update && <FollowUpForm />}
    </CaseSection>
  );
}

function FollowUpForm() {
  const { api, t } = useConsole();
  const { view } = useCaseFileContext();
  const [kind, setKind] = useState<FollowUpKind>('callback');
  const [due, setDue] = useState(() => toLocalInput(new Date(Date.now() + 60 * 60_000)));
  const [note, setNote] = useState('');
  const { busy, problem, setProblem, submit } = useCaseForm();
  return (
    <form
      class="stack"
      noValidate
      aria-label={t.addFollowUp}
      onSubmit={(event) => {
        event.preventDefault();
        const dueAt = fromLocalInput(due);
        if (!dueAt) {
          setProblem(localProblem(t.checkFields, { dueAt: t.fieldRequired }));
          return;
        }
        const chosen = kind;
        const text = note.trim();
        void submit(
          (version) =>
            addFollowUp(api, view.id, version, {
              kind: chosen,
              dueAt,
              ...(text === '' ? {} : { note: text }),
            }),
          t.followUpAdded,
          () => {
            setNote('');
          },
        );
      }}
    >
      <div class="form-grid">
        <SelectField
          label={t.followUpKind}
          name="kind"
          value={kind}
          onChange={(value) => {
            setKind(value === 'follow_up' ? 'follow_up' : 'callback');
          }}
        >
          <option value="callback">{t.followUpCallback}</option>
          <option value="follow_up">{t.followUpGeneral}</option>
        </SelectField>
        <TextField
          label={t.dueAt}
          name="dueAt"
          type="datetime-local"
          dir="ltr"
          value={due}
          required
          error={problem?.fields['dueAt']}
          onInput={setDue}
        />
        <TextField
          label={t.followUpNote}
          name="note"
          value={note}
          maxLength={500}
          error={problem?.fields['note']}
          onInput={setNote}
        />
      </div>
      <FormAlert problem={problem} shownFields={['dueAt', 'note']} />
      <button type="submit" class="button button--secondary" disabled={busy} aria-busy={busy}>
        {t.addFollowUp}
      </button>
    </form>
  );
}
