import { useState } from 'preact/hooks';
import { signIn } from '../../api/auth.ts';
import type { LoginResult } from '../../api/types.ts';
import { useConsole } from '../../context.ts';
import { problemOf, type FormProblem } from '../../forms.ts';
import { useCountdown } from '../../hooks/use-countdown.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { TextField } from '../ui/text-field.tsx';

/** First step: e-mail and password. Too many attempts show a countdown before the next. */
export function PasswordStep({ onNext }: { readonly onNext: (result: LoginResult) => void }) {
  const { api, t } = useConsole();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const [wait, startWait] = useCountdown();

  const submit = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      onNext(await signIn(api, email.trim(), password));
    } catch (error) {
      const refused = problemOf(error, t);
      setProblem(refused);
      if (refused.code === 'rate_limited') startWait(refused.retryAfterSeconds ?? 60);
      setBusy(false);
    }
  };

  const waiting = problem?.code === 'rate_limited' && wait > 0;
  return (
    <form
      class="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy && !waiting) void submit();
      }}
    >
      <PageHeading takeFocus={false}>
        <span id="sign-in-title">{t.signInTitle}</span>
      </PageHeading>
      <p class="lead">{t.signInIntro}</p>
      {problem && (
        <div class="alert alert--error">
          <p role="alert">{problem.message}</p>
          {/* Not a live region: a countdown read aloud every second would drown the page. */}
          {waiting && <p class="countdown">{t.retryIn(wait)}</p>}
        </div>
      )}
      <TextField
        label={t.email}
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        required
        autoFocus
        value={email}
        onInput={setEmail}
        error={problem?.fields['email']}
      />
      <TextField
        label={t.password}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onInput={setPassword}
        error={problem?.fields['password']}
      />
      <button type="submit" class="button" disabled={busy || waiting} aria-busy={busy}>
        {busy ? t.working : t.signInSubmit}
      </button>
    </form>
  );
}
