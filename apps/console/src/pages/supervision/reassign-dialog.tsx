import { useState } from 'preact/hooks';
import { loadQueueHealth, reassignCase } from '../../api/queue.ts';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { useResource } from '../../hooks/use-resource.ts';
import { isolate } from '../../i18n/bidi.ts';

interface Props {
  readonly caseId: string;
  readonly reference: string;
  readonly onClose: () => void;
  readonly onReassigned: (staffName: string) => void;
}

/** Hands a case to another listener, chosen with her load and whether she is on duty. */
export function ReassignDialog({ caseId, reference, onClose, onReassigned }: Props) {
  const { api, t } = useConsole();
  const { resource } = useResource((signal) => loadQueueHealth(api, signal));
  const [staffId, setStaffId] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();

  const send = async () => {
    if (staffId === '') {
      setProblem(localProblem(t.checkFields, { staffId: t.fieldRequired }));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const result = await reassignCase(api, caseId, staffId);
      onReassigned(result.claimedBy.name);
    } catch (error) {
      setProblem(problemOf(error, t));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t.reassignTitle(isolate(reference))} onClose={onClose}>
      <form
        class="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        {resource.kind === 'loading' && (
          <p class="loading" role="status">
            {t.loading}
          </p>
        )}
        {resource.kind === 'failed' && <FormAlert problem={resource.problem} />}
        {resource.kind === 'ready' && (
          <SelectField
            label={t.reassignTo}
            name="staffId"
            value={staffId}
            autoFocus
            error={problem?.fields['staffId']}
            onChange={setStaffId}
          >
            <option value="">{t.chooseOption}</option>
            {resource.data.listeners.map((listener) => (
              <option key={listener.id} value={listener.id}>
                {t.listenerOption(isolate(listener.name), listener.openCases, listener.onDuty)}
              </option>
            ))}
          </SelectField>
        )}
        <FormAlert problem={problem} shownFields={['staffId']} />
        <div class="actions">
          <button type="button" class="button button--secondary" onClick={onClose}>
            {t.cancel}
          </button>
          <button type="submit" class="button" disabled={busy || resource.kind !== 'ready'}>
            {t.reassign}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
