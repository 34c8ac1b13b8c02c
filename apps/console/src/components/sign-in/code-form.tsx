import { useRef, useState } from 'preact/hooks';
import { proveSecondFactor } from '../../api/auth.ts';
import type { Me } from '../../api/types.ts';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { TextField } from '../ui/text-field.tsx';

interface Props {
  /** `app`: the 6-digit code of the authenticator; `recovery`: one of the recovery codes. */
  readonly mode: 'app' | 'recovery';
  readonly onVerified: (me: Me, recoveryCodes: readonly string[] | undefined) => void;
  /** The pending sign-in expired on the server: start again from the e-mail and password. */
  readonly onExpired: () => void;
  readonly autoFocus?: boolean;
}

/** The second-factor form, shared by the usual sign-in and the first-time enrolment. */
export function CodeForm({ mode, onVerified, onExpired, autoFocus = false }: Props) {
  const { api, t } = useConsole();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const input = useRef<HTMLInputElement>(null);
  const field = mode === 'app' ? 'code' : 'recoveryCode';

  const submit = async () => {
    const entered = mode === 'app' ? value.replace(/\s+/g, '') : value.trim();
    if (mode === 'app' && !/^\d{6}$/.test(entered)) {
      setProblem(localProblem(t.codeFormat, { code: t.codeFormat }));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const result = await proveSecondFactor(
        api,
        mode === 'app' ? { code: entered } : { recoveryCode: entered },
      );
      onVerified(result.me, result.recoveryCodes);
    } catch (error) {
      const refused = problemOf(error, t);
      if (refused.code === 'unauthenticated') {
        onExpired();
        return;
      }
      setProblem(refused);
      setValue('');
      setBusy(false);
      input.current?.focus();
    }
  };

  return (
    <form
      class="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void submit();
      }}
    >
      {problem && (
        <p class="alert alert--error" role="alert">
          {problem.message}
        </p>
      )}
      {mode === 'app' ? (
        <TextField
          label={t.codeLabel}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={8}
          dir="ltr"
          required
          autoFocus={autoFocus}
          inputRef={input}
          value={value}
          onInput={setValue}
          error={problem?.fields[field]}
        />
      ) : (
        <TextField
          label={t.recoveryCodeLabel}
          hint={t.recoveryCodeIntro}
          name="recoveryCode"
          autoComplete="off"
          dir="ltr"
          required
          autoFocus={autoFocus}
          inputRef={input}
          value={value}
          onInput={setValue}
          error={problem?.fields[field]}
        />
      )}
      <button type="submit" class="button" disabled={busy} aria-busy={busy}>
        {busy ? t.working : t.verify}
      </button>
    </form>
  );
}
