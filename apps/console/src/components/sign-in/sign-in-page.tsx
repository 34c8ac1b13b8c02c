import { useState } from 'preact/hooks';
import type { Me, TotpEnrolment } from '../../api/types.ts';
import { useConsole } from '../../context.ts';
import { EnrolmentStep } from './enrolment-step.tsx';
import { PasswordStep } from './password-step.tsx';
import { RecoveryCodesStep } from './recovery-codes-step.tsx';
import { SecondFactorStep } from './second-factor-step.tsx';

/** Why the sign-in page is showing, when it is not the first visit. */
export type SignInNotice = 'session_ended' | 'signed_out';

type Step =
  | { readonly kind: 'password' }
  | { readonly kind: 'second_factor' }
  | { readonly kind: 'enrol'; readonly enrolment: TotpEnrolment }
  | { readonly kind: 'recovery_codes'; readonly codes: readonly string[]; readonly me: Me };

interface Props {
  readonly notice: SignInNotice | undefined;
  readonly onSignedIn: (me: Me) => void;
}

/**
 * Sign-in, step by step: e-mail and password; then the authenticator code (or a recovery
 * code), or, the first time, setting up the authenticator; then, once, the recovery codes.
 */
export function SignInPage({ notice: initialNotice, onSignedIn }: Props) {
  const { t } = useConsole();
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [notice, setNotice] = useState<SignInNotice | 'expired' | undefined>(initialNotice);

  const restart = (why?: 'expired') => {
    setNotice(why);
    setStep({ kind: 'password' });
  };
  const verified = (me: Me, recoveryCodes: readonly string[] | undefined) => {
    if (recoveryCodes && recoveryCodes.length > 0) {
      setStep({ kind: 'recovery_codes', codes: recoveryCodes, me });
    } else {
      onSignedIn(me);
    }
  };

  return (
    <section class="card sign-in" aria-labelledby="sign-in-title" data-step={step.kind}>
      {notice === 'signed_out' ? (
        <p class="alert alert--info" role="status">
          {t.signedOutNotice}
        </p>
      ) : notice !== undefined ? (
        <p class="alert alert--warning" role="alert">
          {notice === 'session_ended' ? t.sessionEnded : t.signInExpired}
        </p>
      ) : null}
      {step.kind === 'password' ? (
        <PasswordStep
          onNext={(result) => {
            setNotice(undefined);
            setStep(
              result.next === 'enrol_totp'
                ? { kind: 'enrol', enrolment: result.enrolment }
                : { kind: 'second_factor' },
            );
          }}
        />
      ) : step.kind === 'second_factor' ? (
        <SecondFactorStep
          onVerified={verified}
          onExpired={() => {
            restart('expired');
          }}
          onStartOver={() => {
            restart();
          }}
        />
      ) : step.kind === 'enrol' ? (
        <EnrolmentStep
          enrolment={step.enrolment}
          onVerified={verified}
          onExpired={() => {
            restart('expired');
          }}
          onStartOver={() => {
            restart();
          }}
        />
      ) : (
        <RecoveryCodesStep
          codes={step.codes}
          onContinue={() => {
            onSignedIn(step.me);
          }}
        />
      )}
    </section>
  );
}
