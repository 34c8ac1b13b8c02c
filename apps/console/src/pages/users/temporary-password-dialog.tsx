import { CopyButton } from '../../components/ui/copy-button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { useConsole } from '../../context.ts';
import { isolate } from '../../i18n/bidi.ts';

interface Props {
  readonly title: string;
  readonly name: string;
  readonly password: string;
  readonly onClose: () => void;
}

/**
 * The temporary password, shown once, with a copy button and what happens next: the person
 * changes it and sets up a second factor at first sign-in.
 */
export function TemporaryPasswordDialog({ title, name, password, onClose }: Props) {
  const { t } = useConsole();
  return (
    <Dialog title={title} onClose={onClose}>
      <div class="stack">
        <p>{t.temporaryPasswordIntro(isolate(name))}</p>
        <div class="secret-box">
          <p class="label" id="temporary-password-label">
            {t.temporaryPassword}
          </p>
          <code
            class="secret"
            dir="ltr"
            translate={false}
            aria-labelledby="temporary-password-label"
            data-temporary-password
          >
            {password}
          </code>
          <CopyButton text={password} label={t.copy} />
        </div>
        <p class="alert alert--info">{t.temporaryPasswordNext}</p>
        <div class="actions">
          <button type="button" class="button" autoFocus onClick={onClose}>
            {t.close}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
