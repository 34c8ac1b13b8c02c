import type { Localized } from '../i18n/locales.ts';

/**
 * Short messages a listener sends in a survivor's follow-up thread, in her language. They are
 * written to be safe on a shared phone: no name, no word such as "violence" or "police case" that
 * would give her away to someone reading over her shoulder, nothing she must answer at once.
 * A listener may edit a template before sending; the server stores what was sent.
 */
export interface MessageTemplate {
  readonly id: string;
  readonly text: Localized;
}

export const MESSAGE_TEMPLATES = [
  {
    id: 'report_received',
    text: {
      ar: 'توصلنا برسالتك. نحن هنا من أجلك، وسنتواصل معك قريبا.',
      fr: 'Nous avons bien reçu votre message. Nous sommes là pour vous et reviendrons vers vous bientôt.',
      zgh: 'ⵏⵓⵎⵥ ⵜⵓⵣⵉⵏⵜ ⵏⵏⵎ. ⵏⵍⵍⴰ ⴷⵉⴽⵎ, ⴰⴷ ⴽⵎ ⵏⵎⵎⴰⵍ ⵖⵉⵍⴰ ⵖⵉⵍⴰ.',
      en: 'We have received your message. We are here for you and will get back to you soon.',
    },
  },
  {
    id: 'call_in_safe_window',
    text: {
      ar: 'سنتصل بك في الوقت الذي اخترته. إذا لم يكن الوقت مناسبا، لا تجيبي وسنعيد المحاولة.',
      fr: 'Nous vous appellerons au moment que vous avez choisi. Si ce n’est pas le bon moment, ne répondez pas : nous rappellerons.',
      zgh: 'ⴰⴷ ⴽⵎ ⵏⵖⵔ ⴳ ⵓⴽⵓⴷ ⵍⵍⵉ ⵜⵙⵜⴰⵢⴷ. ⵉⴳ ⵓⵔ ⵉⵖⵓⴷ ⵓⴽⵓⴷ, ⵓⵔ ⵜⵔⴰⵔⴷ, ⴰⴷ ⵏⴰⵍⵙ.',
      en: 'We will call you at the time you chose. If it is not a good moment, do not answer: we will try again.',
    },
  },
  {
    id: 'call_8350',
    text: {
      ar: 'يمكنك الاتصال بنا مجانا على الرقم 8350، في أي وقت، ليلا ونهارا.',
      fr: 'Vous pouvez nous appeler gratuitement au 8350, à toute heure, jour et nuit.',
      zgh: 'ⵜⵣⵎⵔⴷ ⴰⴷ ⴰⵖ ⵜⵖⵔⴷ ⵙ ⵡⴰⵍⵓ ⵖⵔ 8350, ⴳ ⴽⵓ ⴰⴽⵓⴷ, ⴰⵣⴰⵍ ⴷ ⵢⵉⴹ.',
      en: 'You can call us free of charge on 8350, at any hour, day and night.',
    },
  },
  {
    id: 'danger_call_19_177',
    text: {
      ar: 'إذا كنت في خطر الآن، اتصلي بالرقم 19 في المدينة أو 177 في البادية.',
      fr: 'Si vous êtes en danger maintenant, appelez le 19 en ville ou le 177 à la campagne.',
      zgh: 'ⵉⴳ ⵜⵍⵍⵉⴷ ⴳ ⵍⵅⴰⵟⴰⵔ ⵖⵉⵍⴰ, ⵖⵔ ⵖⵔ 19 ⴳ ⵜⵎⴷⵉⵏⵜ ⵏⵖ 177 ⴳ ⵓⴷⵡⴰⵔ.',
      en: 'If you are in danger now, call 19 in town or 177 in the countryside.',
    },
  },
  {
    id: 'could_not_reach',
    text: {
      ar: 'حاولنا الاتصال بك ولم نتمكن من ذلك. أخبرينا هنا متى يناسبك أن نتصل.',
      fr: 'Nous avons essayé de vous joindre, sans succès. Dites-nous ici quand nous pouvons vous appeler.',
      zgh: 'ⵏⵔⴰ ⴰⴷ ⴽⵎ ⵏⵖⵔ, ⵓⵔ ⵏⵣⵎⵉⵔ. ⵉⵏⵉ ⴰⵖ ⴷⵖⵉ ⵎⵉⴳ ⴰⴷ ⴽⵎ ⵏⵖⵔ.',
      en: 'We tried to reach you but could not. Tell us here when we may call you.',
    },
  },
  {
    id: 'referral_shared',
    text: {
      ar: 'بموافقتك، وجهنا طلبك إلى جهة يمكنها مساعدتك. سنخبرك بالخطوات القادمة.',
      fr: 'Avec votre accord, nous avons transmis votre demande à un service qui peut vous aider. Nous vous dirons la suite.',
      zgh: 'ⵙ ⵓⵎⵓⵏ ⵏⵏⵎ, ⵏⵙⵎⵓⴷⴷⵓ ⴰⵙⵓⵜⵔ ⵏⵏⵎ ⵖⵔ ⵢⴰⵏ ⵓⵎⵥⵍⵓ ⵉⵣⵎⵔⵏ ⴰⴷ ⴽⵎ ⵉⵄⴰⵡⵏ.',
      en: 'With your agreement, we passed your request to a service that can help you. We will tell you what comes next.',
    },
  },
  {
    id: 'safe_use_of_app',
    text: {
      ar: 'لسلامتك، يمكنك الخروج من التطبيق بسرعة في أي وقت، ولا تتركي رمز المتابعة مكتوبا على الهاتف.',
      fr: 'Pour votre sécurité, vous pouvez quitter l’application rapidement à tout moment. Ne laissez pas votre code de suivi écrit sur le téléphone.',
      zgh: 'ⵉ ⵜⵏⴼⵍⵉⵜ ⵏⵏⵎ, ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴼⴼⵖⴷ ⵙⴳ ⵜⵙⵏⵙⵉⵍⵜ ⵙ ⵜⵖⴰⵡⵍⵜ. ⵓⵔ ⵜⵜⴰⵊⵊⴰ ⵜⴰⵏⴰⵍⵜ ⵏⵏⵎ ⵜⵜⵓⵢⴰⵔⴰ ⴳ ⵜⵉⵍⵉⴼⵓⵏ.',
      en: 'For your safety, you can leave the app quickly at any time. Do not leave your tracking code written on the phone.',
    },
  },
] as const satisfies readonly MessageTemplate[];

/** A template's stable id. */
export type MessageTemplateId = (typeof MESSAGE_TEMPLATES)[number]['id'];

/** Every Tamazight template text is the team's best rendering, not checked by a native speaker. */
export const messageTemplatesUnverifiedZgh: ReadonlySet<MessageTemplateId> = new Set(
  MESSAGE_TEMPLATES.map((template) => template.id),
);
