import type { Locale } from '../locale.ts';

/** The helpline's frame: menu entries, the live connection, the alarm and reminders. */
export interface HelplineShellMessages {
  readonly navQueue: string;
  readonly navLogCall: string;
  readonly navSearch: string;
  readonly navSupervision: string;
  readonly navEmergencyNumbers: string;
  readonly liveConnected: string;
  readonly liveReconnecting: string;
  readonly liveOff: string;
  readonly muteSound: string;
  readonly soundBlocked: string;
  readonly urgentAlertTitle: string;
  readonly urgentAlertBody: (time: string) => string;
  readonly unclaimedAlertTitle: string;
  readonly unclaimedAlertBody: (waited: string) => string;
  readonly followUpDueReminder: (time: string) => string;
  readonly messageReceivedReminder: string;
  readonly dismiss: string;
  readonly openCase: string;
}

export const helplineShellMessages: Readonly<Record<Locale, HelplineShellMessages>> = {
  ar: {
    navQueue: 'قائمة الانتظار',
    navLogCall: 'تسجيل مكالمة',
    navSearch: 'البحث عن ملف',
    navSupervision: 'الإشراف',
    navEmergencyNumbers: 'أرقام الطوارئ',
    liveConnected: 'التحديث المباشر يعمل',
    liveReconnecting: 'جارٍ إعادة الاتصال… التحديث المباشر متوقف مؤقتًا',
    liveOff: 'التحديث المباشر متوقف',
    muteSound: 'كتم صوت التنبيه',
    soundBlocked: 'المتصفح يمنع الصوت: انقر في أي مكان من الصفحة للسماح به.',
    urgentAlertTitle: 'حالة مستعجلة في الانتظار.',
    urgentAlertBody: (time) => `وصلت في ${time}. تكفّل بها الآن.`,
    unclaimedAlertTitle: 'حالة مستعجلة لم يتكفل بها أحد.',
    unclaimedAlertBody: (waited) =>
      waited ? `لم يتكفل بها أحد منذ ${waited}.` : 'لم يتكفل بها أحد بعد.',
    followUpDueReminder: (time) => `حان موعد متابعة (${time}).`,
    messageReceivedReminder: 'رسالة جديدة في أحد ملفاتك.',
    dismiss: 'إخفاء',
    openCase: 'فتح الملف',
  },
  fr: {
    navQueue: 'File d’attente',
    navLogCall: 'Saisir un appel',
    navSearch: 'Rechercher un dossier',
    navSupervision: 'Supervision',
    navEmergencyNumbers: 'Numéros d’urgence',
    liveConnected: 'Mises à jour en direct',
    liveReconnecting: 'Reconnexion… mises à jour en direct suspendues',
    liveOff: 'Mises à jour en direct arrêtées',
    muteSound: 'Couper le son des alertes',
    soundBlocked:
      'Le navigateur bloque le son\u00a0: cliquez n’importe où sur la page pour l’autoriser.',
    urgentAlertTitle: 'Dossier urgent en attente.',
    urgentAlertBody: (time) => `Reçu à ${time}. Prenez-le maintenant.`,
    unclaimedAlertTitle: 'Dossier urgent non pris en charge.',
    unclaimedAlertBody: (waited) =>
      waited ? `Personne ne l’a pris depuis ${waited}.` : 'Personne ne l’a encore pris.',
    followUpDueReminder: (time) => `Un suivi arrive à échéance (${time}).`,
    messageReceivedReminder: 'Nouveau message dans un de vos dossiers.',
    dismiss: 'Masquer',
    openCase: 'Ouvrir le dossier',
  },
  zgh: {
    navQueue: 'ⵜⴰⵍⴳⴰⵎⵜ ⵏ ⵓⵔⴰⵊⵓ',
    navLogCall: 'ⵙⵊⵊⵍ ⵜⵉⵖⵔⵉ',
    navSearch: 'ⵔⵣⵓ ⵅⴼ ⵓⵙⴰⴷⵓⵙ',
    navSupervision: 'ⴰⵙⵎⵓⵜⵜⴳ ⵏ ⵜⵡⵓⵔⵉ',
    navEmergencyNumbers: 'ⵉⵎⴹⴰⵏ ⵏ ⵍⵅⴰⵟⴰⵔ',
    liveConnected: 'ⴰⵙⵎⴰⵢⵏⵓ ⵙ ⵜⵉⵣⵔⵉ ⵉⵜⵜⴷⴷⵓ',
    liveReconnecting: 'ⴰⵔ ⵏⵜⵜⴰⵍⵙ ⴰⵣⴷⴰⵢ… ⴰⵙⵎⴰⵢⵏⵓ ⵉⵃⴱⵙ ⵖⵉⵍⴰ',
    liveOff: 'ⴰⵙⵎⴰⵢⵏⵓ ⵙ ⵜⵉⵣⵔⵉ ⵉⵃⴱⵙ',
    muteSound: 'ⵙⵙⵓⵙⵎ ⴰⵎⵙⵍⵉ ⵏ ⵓⵙⵍⵖⵓ',
    soundBlocked: 'ⴰⵎⵙⵉⴳⴳⵍ ⵉⴳⴷⵍ ⴰⵎⵙⵍⵉ: ⵙⵙⵏⵇⵔ ⴳ ⵜⴰⵙⵏⴰ ⴰⴷ ⵜ ⵜⴰⵊⵊⴷ.',
    urgentAlertTitle: 'ⴰⵙⴰⴷⵓⵙ ⵉⵖⵓⴷⴰⵏ ⵉⵜⵜⵔⴰⵊⵓ.',
    urgentAlertBody: (time) => `ⵉⵍⴽⵎ ⴷ ⴳ ${time}. ⴰⵎⵥ ⵜ ⴷⵖⵉ.`,
    unclaimedAlertTitle: 'ⴰⵙⴰⴷⵓⵙ ⵉⵖⵓⴷⴰⵏ ⵓⵔ ⵜ ⵉⵎⵥⵉ ⵃⴷ.',
    unclaimedAlertBody: (waited) =>
      waited ? `ⵓⵔ ⵜ ⵉⵎⵥⵉ ⵃⴷ ⵙⴳ ${waited}.` : 'ⵓⵔ ⵜ ⵉⵎⵥⵉ ⵃⴷ ⴰⵔ ⴷⵖⵉ.',
    followUpDueReminder: (time) => `ⵉⵍⴽⵎ ⵓⵙⴰⴽⵓⴷ ⵏ ⵓⴹⴼⴰⵕ (${time}).`,
    messageReceivedReminder: 'ⵜⵓⵣⵉⵏⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ ⴳ ⵢⴰⵏ ⵙⴳ ⵉⵙⴰⴷⵓⵙⵏ ⵏⵏⴽ.',
    dismiss: 'ⴼⴼⵔ',
    openCase: 'ⵕⵥⵎ ⴰⵙⴰⴷⵓⵙ',
  },
  en: {
    navQueue: 'Queue',
    navLogCall: 'Log a call',
    navSearch: 'Search cases',
    navSupervision: 'Supervision',
    navEmergencyNumbers: 'Emergency numbers',
    liveConnected: 'Live updates on',
    liveReconnecting: 'Reconnecting… live updates paused',
    liveOff: 'Live updates off',
    muteSound: 'Mute the alert sound',
    soundBlocked: 'The browser is holding the sound back: click anywhere on the page to allow it.',
    urgentAlertTitle: 'Urgent case waiting.',
    urgentAlertBody: (time) => `Received at ${time}. Take it now.`,
    unclaimedAlertTitle: 'Urgent case nobody has taken.',
    unclaimedAlertBody: (waited) =>
      waited ? `Nobody has taken it for ${waited}.` : 'Nobody has taken it yet.',
    followUpDueReminder: (time) => `A follow-up is due (${time}).`,
    messageReceivedReminder: 'New message on one of your cases.',
    dismiss: 'Dismiss',
    openCase: 'Open the case',
  },
};
