import { useState } from 'preact/hooks';
import { useConsole } from '../../context.ts';
import { Checkbox } from '../ui/checkbox.tsx';
import { CopyButton } from '../ui/copy-button.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

interface Props {
  readonly codes: readonly string[];
  readonly onContinue: () => void;
}

/** Right after enrolment, once: the recovery codes, kept only after "I have saved them". */
export function RecoveryCodesStep({ codes, onContinue }: Props) {
  const { t } = useConsole();
  const [saved, setSaved] = useState(false);
  return (
    <div class="stack">
      <PageHeading>
        <span id="sign-in-title">{t.recoveryTitle}</span>
      </PageHeading>
      <p class="lead">{t.recoveryIntro(codes.length)}</p>
      <ol class="codes" dir="ltr" translate={false} aria-label={t.recoveryListLabel}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <CopyButton text={codes.join('\n')} label={t.copy} />
      <Checkbox label={t.savedThem} checked={saved} onChange={setSaved} />
      <button type="button" class="button" disabled={!saved} onClick={onContinue}>
        {t.continue}
      </button>
    </div>
  );
}
