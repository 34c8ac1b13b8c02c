import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/** Sign-in: e-mail and password, second factor, first-time enrolment, recovery codes. */
export interface SignInMessages {
  readonly signInTitle: string;
  readonly signInIntro: string;
  readonly email: string;
  readonly password: string;
  readonly signInSubmit: string;
  readonly working: string;
  readonly retryIn: (seconds: number) => string;
  readonly sessionEnded: string;
  readonly signedOutNotice: string;
  readonly signInExpired: string;
  readonly totpTitle: string;
  readonly totpIntro: string;
  readonly codeLabel: string;
  readonly codeFormat: string;
  readonly verify: string;
  readonly useRecoveryCode: string;
  readonly useAppCode: string;
  readonly recoveryCodeLabel: string;
  readonly recoveryCodeIntro: string;
  readonly startOver: string;
  readonly enrolTitle: string;
  readonly enrolIntro: string;
  readonly enrolStepScan: string;
  readonly enrolStepCode: string;
  readonly qrAlt: string;
  readonly secretLabel: string;
  readonly secretHint: string;
  readonly recoveryTitle: string;
  readonly recoveryIntro: (count: number) => string;
  readonly recoveryListLabel: string;
  readonly savedThem: string;
  readonly continue: string;
}

export const signInMessages: Readonly<Record<Locale, SignInMessages>> = {
  ar: {
    signInTitle: 'تسجيل الدخول',
    signInIntro: 'يدخل موظفو سند والمؤسسات الشريكة بحساب شخصي ورمز تحقق ثانٍ من تطبيق على الهاتف.',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    signInSubmit: 'متابعة',
    working: 'جارٍ الإرسال…',
    retryIn: (seconds) =>
      `يمكن المحاولة من جديد بعد ${counted('ar', seconds, {
        one: 'ثانية واحدة',
        two: 'ثانيتين',
        few: '# ثوانٍ',
        other: '# ثانية',
      })}.`,
    sessionEnded: 'انتهت جلستك بعد 15 دقيقة دون نشاط. سجّل الدخول من جديد.',
    signedOutNotice: 'تم تسجيل الخروج.',
    signInExpired: 'استغرق تسجيل الدخول وقتًا طويلًا. ابدأ من جديد بالبريد الإلكتروني وكلمة المرور.',
    totpTitle: 'رمز التحقق',
    totpIntro: 'أدخل الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة على هاتفك.',
    codeLabel: 'الرمز (6 أرقام)',
    codeFormat: 'أدخل 6 أرقام.',
    verify: 'تحقّق',
    useRecoveryCode: 'استعمال رمز استرداد بدلًا من ذلك',
    useAppCode: 'استعمال رمز التطبيق بدلًا من ذلك',
    recoveryCodeLabel: 'رمز الاسترداد',
    recoveryCodeIntro:
      'أدخل أحد رموز الاسترداد التي احتفظت بها عند إعداد التحقق الثاني. كل رمز يصلح مرة واحدة.',
    startOver: 'البدء من جديد',
    enrolTitle: 'إعداد التحقق الثاني',
    enrolIntro:
      'هذا أول دخول لك: اربط حسابك بتطبيق مصادقة على هاتفك، يعطيك رمزًا جديدًا كل 30 ثانية.',
    enrolStepScan:
      '1. افتح تطبيق المصادقة وأضف حسابًا: امسح رمز QR هذا، أو اكتب المفتاح السري أدناه.',
    enrolStepCode: '2. أدخل الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق.',
    qrAlt: 'رمز QR لإضافة الحساب إلى تطبيق المصادقة',
    secretLabel: 'المفتاح السري',
    secretHint: 'إذا تعذّر المسح، اكتب هذا المفتاح في التطبيق (نوع: حسب الوقت، 6 أرقام).',
    recoveryTitle: 'رموز الاسترداد',
    recoveryIntro: (count) =>
      `هذه ${counted('ar', count, {
        one: 'رمز واحد',
        two: 'رمزان',
        few: '# رموز',
        other: '# رمزًا',
      })} للدخول إذا فقدت هاتفك، كل رمز مرة واحدة. احفظها في مكان آمن بعيدًا عن هذا الحاسوب: لن تُعرض مرة أخرى.`,
    recoveryListLabel: 'رموز الاسترداد',
    savedThem: 'احتفظت بها في مكان آمن',
    continue: 'متابعة',
  },
  fr: {
    signInTitle: 'Connexion',
    signInIntro:
      'Le personnel de Sanad et des institutions partenaires se connecte avec un compte personnel et un second facteur sur téléphone.',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    signInSubmit: 'Continuer',
    working: 'Envoi…',
    retryIn: (seconds) =>
      `Vous pourrez réessayer dans ${counted('fr', seconds, {
        one: '# seconde',
        other: '# secondes',
      })}.`,
    sessionEnded:
      'Votre session a pris fin après 15 minutes d’inactivité. Connectez-vous à nouveau.',
    signedOutNotice: 'Vous êtes déconnecté·e.',
    signInExpired:
      'La connexion a pris trop de temps. Recommencez avec votre adresse e-mail et votre mot de passe.',
    totpTitle: 'Code de vérification',
    totpIntro: 'Saisissez le code à 6 chiffres affiché par l’application d’authentification.',
    codeLabel: 'Code à 6 chiffres',
    codeFormat: 'Saisissez 6 chiffres.',
    verify: 'Vérifier',
    useRecoveryCode: 'Utiliser plutôt un code de secours',
    useAppCode: 'Utiliser plutôt le code de l’application',
    recoveryCodeLabel: 'Code de secours',
    recoveryCodeIntro:
      'Saisissez l’un des codes de secours conservés lors de la configuration du second facteur. Chacun ne sert qu’une fois.',
    startOver: 'Recommencer',
    enrolTitle: 'Configurer le second facteur',
    enrolIntro:
      'C’est votre première connexion\u00a0: reliez votre compte à une application d’authentification sur votre téléphone, qui donne un nouveau code toutes les 30 secondes.',
    enrolStepScan:
      '1. Dans l’application, ajoutez un compte\u00a0: scannez ce code QR, ou saisissez la clé secrète ci-dessous.',
    enrolStepCode: '2. Saisissez le code à 6 chiffres affiché par l’application.',
    qrAlt: 'Code QR pour ajouter le compte à l’application d’authentification',
    secretLabel: 'Clé secrète',
    secretHint:
      'Si le scan est impossible, saisissez cette clé dans l’application (type\u00a0: basé sur le temps, 6 chiffres).',
    recoveryTitle: 'Codes de secours',
    recoveryIntro: (count) =>
      `Voici ${counted('fr', count, {
        one: '# code',
        other: '# codes',
      })} pour vous connecter si vous perdez votre téléphone, chacun une seule fois. Gardez-les en lieu sûr, loin de cet ordinateur\u00a0: ils ne seront plus affichés.`,
    recoveryListLabel: 'Codes de secours',
    savedThem: 'Je les ai conservés en lieu sûr',
    continue: 'Continuer',
  },
  zgh: {
    signInTitle: 'ⴰⴽⵛⴰⵎ',
    signInIntro: 'ⴽⵛⵎⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵏ ⵙⴰⵏⴰⴷ ⵙ ⵓⵎⵉⴹⴰⵏ ⵏⵏⵙⵏ ⴷ ⵜⵏⴰⵍⵜ ⵏ ⵓⵙⵏⵇⴷ ⵙⴳ ⵜⵉⵍⵉⴼⵓⵏ.',
    email: 'ⵜⴰⵏⵙⴰ ⵏ ⵓⵎⴰⵢⵍ',
    password: 'ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ',
    signInSubmit: 'ⴽⵎⵎⵍ',
    working: 'ⴰⵣⵏ…',
    retryIn: (seconds) =>
      `ⴰⵍⵙ ⴰⵔⵎ ⴷⴼⴼⵉⵔ ${counted('zgh', seconds, {
        one: '# ⵜⵙⵉⵏⵜ',
        other: '# ⵏ ⵜⵙⵉⵏⵉⵏ',
      })}.`,
    sessionEnded: 'ⵜⴽⵎⵎⵍ ⵜⵖⵉⵎⵉⵜ ⵏⵏⵎ ⴷⴼⴼⵉⵔ 15 ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ ⴱⵍⴰ ⵜⴰⵡⵓⵔⵉ. ⴽⵛⵎ ⵜⵉⴽⴽⵍⵜ ⵏⵏⵉⴹⵏ.',
    signedOutNotice: 'ⵜⴼⴼⵖⴷ.',
    signInExpired: 'ⴰⴽⵛⴰⵎ ⵉⵙⵖⵣⵓⴼ ⴰⵟⵟⴰⵚ. ⵙⵙⵏⵜⵉ ⵙ ⵜⵏⵙⴰ ⵏ ⵓⵎⴰⵢⵍ ⴷ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ.',
    totpTitle: 'ⵜⴰⵏⴰⵍⵜ ⵏ ⵓⵙⵏⵇⴷ',
    totpIntro: 'ⴰⵔⵓ ⵜⴰⵏⴰⵍⵜ ⵏ 6 ⵉⵏⴰⵎⴰⵏ ⵏⵏⴰ ⴷ ⵢⴰⴽⴽⴰ ⵓⵙⵏⵙ ⵏ ⵓⵙⵏⵇⴷ.',
    codeLabel: 'ⵜⴰⵏⴰⵍⵜ (6 ⵉⵏⴰⵎⴰⵏ)',
    codeFormat: 'ⴰⵔⵓ 6 ⵉⵏⴰⵎⴰⵏ.',
    verify: 'ⵙⵏⵇⴷ',
    useRecoveryCode: 'ⵙⵙⵎⵔⵙ ⵜⴰⵏⴰⵍⵜ ⵏ ⵓⵙⵏⴳⵔ',
    useAppCode: 'ⵙⵙⵎⵔⵙ ⵜⴰⵏⴰⵍⵜ ⵏ ⵓⵙⵏⵙ',
    recoveryCodeLabel: 'ⵜⴰⵏⴰⵍⵜ ⵏ ⵓⵙⵏⴳⵔ',
    recoveryCodeIntro: 'ⴰⵔⵓ ⵢⴰⵜ ⵙⴳ ⵜⵏⴰⵍⵉⵏ ⵏ ⵓⵙⵏⴳⵔ ⵏⵏⴰ ⵜⵃⵟⵟⵓⴷ. ⴽⵓ ⵜⴰⵏⴰⵍⵜ ⵜⵜⵡⴰⵙⵙⵎⵔⴰⵙ ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ.',
    startOver: 'ⵙⵙⵏⵜⵉ ⵙⴳ ⵓⵎⵣⵡⴰⵔⵓ',
    enrolTitle: 'ⴰⵙⵡⵓⴷⵓ ⵏ ⵓⵙⵏⵇⴷ ⵡⵉⵙ ⵙⵉⵏ',
    enrolIntro: 'ⴰⴷ ⵉⴳⴰ ⴰⴽⵛⴰⵎ ⵏⵏⴽ ⴰⵎⵣⵡⴰⵔⵓ: ⵣⴷⵉ ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⴷ ⵓⵙⵏⵙ ⵏ ⵓⵙⵏⵇⴷ ⴳ ⵜⵉⵍⵉⴼⵓⵏ ⵏⵏⴽ.',
    enrolStepScan: '1. ⵕⵥⵎ ⴰⵙⵏⵙ, ⵔⵏⵓ ⴰⵎⵉⴹⴰⵏ: ⵖⵔ ⵜⴰⵏⴰⵍⵜ ⴰⴷ, ⵏⵖ ⴰⵔⵓ ⵜⴰⵙⴰⵔⵓⵜ ⵜⵓⴼⴼⵉⵔⵜ.',
    enrolStepCode: '2. ⴰⵔⵓ ⵜⴰⵏⴰⵍⵜ ⵏ 6 ⵉⵏⴰⵎⴰⵏ ⵏⵏⴰ ⴷ ⵢⴰⴽⴽⴰ ⵓⵙⵏⵙ.',
    qrAlt: 'ⵜⴰⵏⴰⵍⵜ ⵏ ⵓⵖⵔⵓ ⵉ ⵓⵙⵏⵙ ⵏ ⵓⵙⵏⵇⴷ',
    secretLabel: 'ⵜⴰⵙⴰⵔⵓⵜ ⵜⵓⴼⴼⵉⵔⵜ',
    secretHint: 'ⵎⴽ ⵓⵔ ⵜⵥⴹⴰⵕⴷ ⴰⴷ ⵜⵖⵔⴷ, ⴰⵔⵓ ⵜⴰⵙⴰⵔⵓⵜ ⴰⴷ ⴳ ⵓⵙⵏⵙ (ⵙ ⵓⴽⵓⴷ, 6 ⵉⵏⴰⵎⴰⵏ).',
    recoveryTitle: 'ⵜⵉⵏⴰⵍⵉⵏ ⵏ ⵓⵙⵏⴳⵔ',
    recoveryIntro: (count) =>
      `${counted('zgh', count, {
        one: '# ⵜⵏⴰⵍⵜ',
        other: '# ⵏ ⵜⵏⴰⵍⵉⵏ',
      })} ⵉ ⵓⴽⵛⴰⵎ ⵎⴽ ⵉⵅⵚⵚⴰ ⵓⵍⵉⴼⵓⵏ ⵏⵏⴽ, ⴽⵓ ⵢⴰⵜ ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ. ⵃⴹⵓ ⵜⵏⵜ ⴳ ⵓⴷⵖⴰⵔ ⵉⵜⵜⵓⵃⴹⴰⵏ: ⵓⵔ ⵔⴰⴷ ⴷ ⴼⴼⵖⵏⵜ ⵜⵉⴽⴽⵍⵜ ⵏⵏⵉⴹⵏ.`,
    recoveryListLabel: 'ⵜⵉⵏⴰⵍⵉⵏ ⵏ ⵓⵙⵏⴳⵔ',
    savedThem: 'ⵃⴹⵉⵖ ⵜⵏⵜ ⴳ ⵓⴷⵖⴰⵔ ⵉⵜⵜⵓⵃⴹⴰⵏ',
    continue: 'ⴽⵎⵎⵍ',
  },
  en: {
    signInTitle: 'Sign in',
    signInIntro:
      'Staff of Sanad and partner institutions sign in with a personal account and a second factor on their phone.',
    email: 'E-mail address',
    password: 'Password',
    signInSubmit: 'Continue',
    working: 'Sending…',
    retryIn: (seconds) =>
      `You can try again in ${counted('en', seconds, {
        one: '# second',
        other: '# seconds',
      })}.`,
    sessionEnded: 'Your session ended after 15 minutes without activity. Sign in again.',
    signedOutNotice: 'You are signed out.',
    signInExpired: 'Signing in took too long. Start again with your e-mail address and password.',
    totpTitle: 'Verification code',
    totpIntro: 'Enter the 6-digit code your authenticator app shows.',
    codeLabel: '6-digit code',
    codeFormat: 'Enter 6 digits.',
    verify: 'Verify',
    useRecoveryCode: 'Use a recovery code instead',
    useAppCode: 'Use a code from the app instead',
    recoveryCodeLabel: 'Recovery code',
    recoveryCodeIntro:
      'Enter one of the recovery codes you saved when you set up the second factor. Each works once.',
    startOver: 'Start again',
    enrolTitle: 'Set up your second factor',
    enrolIntro:
      'This is your first sign-in: link your account to an authenticator app on your phone, which gives a new code every 30 seconds.',
    enrolStepScan:
      '1. In the app, add an account: scan this QR code, or type the secret key below.',
    enrolStepCode: '2. Enter the 6-digit code the app shows.',
    qrAlt: 'QR code to add the account to an authenticator app',
    secretLabel: 'Secret key',
    secretHint: 'If you cannot scan, type this key into the app (type: time-based, 6 digits).',
    recoveryTitle: 'Recovery codes',
    recoveryIntro: (count) =>
      `Here are ${counted('en', count, {
        one: '# code',
        other: '# codes',
      })} to sign in if you lose your phone, each usable once. Keep them somewhere safe, away from this computer: they will not be shown again.`,
    recoveryListLabel: 'Recovery codes',
    savedThem: 'I have saved them somewhere safe',
    continue: 'Continue',
  },
};
