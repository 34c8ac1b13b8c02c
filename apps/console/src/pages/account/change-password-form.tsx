import { useState } from 'preact/hooks';
import { changePassword, MIN_PASSWORD_LENGTH } from '../../api/auth.ts';
import type { Me } from '../../api/types.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';

const SHOWN_FIELDS = ['currentPassword', 'newPassword'];

/**
 * Change my password: the current one, then the new one twice. Length and sameness are checked
 * here first, in the reader's language; the server has the last word.
 */
export function ChangePasswordForm({
  onChanged,
  title,
}: {
  /** The server's fresh `Me` (new session, `mustChangePassword` now false). */
  readonly onChanged: (me: Me) => void;
  readonly title?: string;
}) {
  const { api, t } = useConsole();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const [done, setDone] = useState(false);

  const submit = async () => {
    setDone(false);
    if (next.length < MIN_PASSWORD_LENGTH) {
      const message = t.passwordTooShort(MIN_PASSWORD_LENGTH);
      setProblem(localProblem(message, { newPassword: message }));
      return;
    }
    if (next !== again) {
      setProblem(localProblem(t.passwordsDiffer, { confirmPassword: t.passwordsDiffer }));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const me = await changePassword(api, current, next);
      setCurrent('');
      setNext('');
      setAgain('');
      setDone(true);
      onChanged(me);
    } catch (error) {
      const refused = problemOf(error, t);
      setProblem(
        refused.code === 'invalid_credentials'
          ? { ...refused, fields: { currentPassword: refused.message } }
          : refused,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="password-title">
      <h3 id="password-title">{title ?? t.changePasswordTitle}</h3>
      <form
        class="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void submit();
        }}
      >
        <FormAlert problem={problem} shownFields={[...SHOWN_FIELDS, 'confirmPassword']} />
        {done && (
          <p class="alert alert--success" role="status">
            {t.passwordChanged}
          </p>
        )}
        <TextField
          label={t.currentPassword}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onInput={setCurrent}
          error={problem?.fields['currentPassword']}
        />
        <TextField
          label={t.newPassword}
          hint={t.newPasswordHint(MIN_PASSWORD_LENGTH)}
          type="password"
          autoComplete="new-password"
          required
          value={next}
          onInput={setNext}
          error={problem?.fields['newPassword']}
        />
        <TextField
          label={t.confirmPassword}
          type="password"
          autoComplete="new-password"
          required
          value={again}
          onInput={setAgain}
          error={problem?.fields['confirmPassword']}
        />
        <button type="submit" class="button" disabled={busy} aria-busy={busy}>
          {busy ? t.working : t.changePasswordSubmit}
        </button>
      </form>
    </section>
  );
}
