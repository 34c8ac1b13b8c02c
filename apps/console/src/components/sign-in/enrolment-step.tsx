import type { Me, TotpEnrolment } from '../../api/types.ts';
import { useConsole } from '../../context.ts';
import { groupSecret, svgDataUrl } from '../../svg-data-url.ts';
import { CopyButton } from '../ui/copy-button.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { CodeForm } from './code-form.tsx';

interface Props {
  readonly enrolment: TotpEnrolment;
  readonly onVerified: (me: Me, recoveryCodes: readonly string[] | undefined) => void;
  readonly onExpired: () => void;
  readonly onStartOver: () => void;
}

/**
 * First sign-in: link the account to an authenticator app, by QR code or by typing the secret
 * (shown in groups of four, with a copy button), then prove it with the first code.
 */
export function EnrolmentStep({ enrolment, onVerified, onExpired, onStartOver }: Props) {
  const { t } = useConsole();
  const raw = enrolment.secret.replace(/\s+/g, '');
  return (
    <div class="stack">
      <PageHeading>
        <span id="sign-in-title">{t.enrolTitle}</span>
      </PageHeading>
      <p class="lead">{t.enrolIntro}</p>
      <p>{t.enrolStepScan}</p>
      <div class="enrol">
        <img
          class="enrol__qr"
          src={svgDataUrl(enrolment.qrSvg)}
          alt={t.qrAlt}
          width={200}
          height={200}
        />
        <div class="enrol__secret">
          <p class="label" id="totp-secret-label">
            {t.secretLabel}
          </p>
          <code
            class="secret"
            dir="ltr"
            translate={false}
            aria-labelledby="totp-secret-label"
            data-secret={raw}
          >
            {groupSecret(raw)}
          </code>
          <p class="field__hint">{t.secretHint}</p>
          <CopyButton text={raw} label={t.copy} />
        </div>
      </div>
      <p>{t.enrolStepCode}</p>
      <CodeForm mode="app" onVerified={onVerified} onExpired={onExpired} />
      <div class="links">
        <button type="button" class="link-button" onClick={onStartOver}>
          {t.startOver}
        </button>
      </div>
    </div>
  );
}
