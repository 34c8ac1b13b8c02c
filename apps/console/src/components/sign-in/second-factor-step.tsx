import { useState } from 'preact/hooks';
import type { Me } from '../../api/types.ts';
import { useConsole } from '../../context.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { CodeForm } from './code-form.tsx';

interface Props {
  readonly onVerified: (me: Me, recoveryCodes: readonly string[] | undefined) => void;
  readonly onExpired: () => void;
  readonly onStartOver: () => void;
}

/** Second step for an enrolled account: the authenticator's code, or a recovery code. */
export function SecondFactorStep({ onVerified, onExpired, onStartOver }: Props) {
  const { t } = useConsole();
  const [mode, setMode] = useState<'app' | 'recovery'>('app');
  return (
    <div class="stack">
      <PageHeading takeFocus={false}>
        <span id="sign-in-title">{t.totpTitle}</span>
      </PageHeading>
      {mode === 'app' && <p class="lead">{t.totpIntro}</p>}
      <CodeForm key={mode} mode={mode} autoFocus onVerified={onVerified} onExpired={onExpired} />
      <div class="links">
        <button
          type="button"
          class="link-button"
          onClick={() => {
            setMode(mode === 'app' ? 'recovery' : 'app');
          }}
        >
          {mode === 'app' ? t.useRecoveryCode : t.useAppCode}
        </button>
        <button type="button" class="link-button" onClick={onStartOver}>
          {t.startOver}
        </button>
      </div>
    </div>
  );
}
