import type { Localized } from '../i18n/locales.ts';

/**
 * Sanad's one error vocabulary. Every error the API returns carries one of these stable codes;
 * clients switch on the code and show the message in the reader's language. Codes never change
 * meaning once published; messages may be reworded.
 */
export const ERROR_CATALOGUE = {
  validation_failed: {
    status: 400,
    message: {
      ar: 'بعض المعلومات غير صحيحة. راجعي الحقول المشار إليها.',
      fr: 'Certaines informations ne sont pas valides. Vérifiez les champs indiqués.',
      zgh: 'ⵜⵍⵍⴰ ⴽⵔⴰ ⵏ ⵜⵏⴼⵓⵍⵉⵏ ⵓⵔ ⵉⵖⵓⴷⵏ. ⵙⵙⵓⴷⵙ ⵉⴳⵔⴰⵏ ⵉⵜⵜⵓⵎⵍⵏ.',
      en: 'Some information is not valid. Check the fields shown.',
    },
  },
  malformed_request: {
    status: 400,
    message: {
      ar: 'تعذرت قراءة الطلب. أعيدي المحاولة.',
      fr: 'La requête est illisible. Réessayez.',
      zgh: 'ⵓⵔ ⵜⵜⵡⴰⵖⵔⴰ ⵜⵓⵜⵔⴰ. ⴰⵍⵙ ⴰⵔⵎ.',
      en: 'The request could not be read. Please try again.',
    },
  },
  unsupported_media_type: {
    status: 415,
    message: {
      ar: 'نوع المحتوى غير مقبول.',
      fr: 'Type de contenu non accepté.',
      zgh: 'ⴰⵏⴰⵡ ⵏ ⵜⵓⵎⴰⵢⵜ ⵓⵔ ⵉⵜⵜⵓⵇⴱⴰⵍ.',
      en: 'This content type is not accepted.',
    },
  },
  payload_too_large: {
    status: 413,
    message: {
      ar: 'الطلب كبير جدا.',
      fr: 'La requête est trop volumineuse.',
      zgh: 'ⵜⵓⵜⵔⴰ ⵜⵅⴰⵜⴰⵔ ⴱⵣⵣⴰⴼ.',
      en: 'The request is too large.',
    },
  },
  unauthenticated: {
    status: 401,
    message: {
      ar: 'يجب تسجيل الدخول.',
      fr: 'Vous devez vous connecter.',
      zgh: 'ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⴽⵛⵎⴷ.',
      en: 'You need to sign in.',
    },
  },
  invalid_credentials: {
    status: 401,
    message: {
      ar: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
      fr: 'Adresse e-mail ou mot de passe incorrect.',
      zgh: 'ⵜⴰⵏⵙⴰ ⵏ ⵓⵎⴰⵢⵍ ⵏⵖ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵓⵔ ⵖⵓⴷⵏⵜ.',
      en: 'The e-mail address or password is incorrect.',
    },
  },
  invalid_second_factor: {
    status: 401,
    message: {
      ar: 'رمز التحقق غير صحيح أو انتهت صلاحيته.',
      fr: 'Code de vérification incorrect ou expiré.',
      zgh: 'ⵜⴰⵏⴰⵍⵜ ⵏ ⵓⵙⵏⵇⴷ ⵓⵔ ⵜⵖⵓⴷ ⵏⵖ ⵜⵎⵎⵓⵜ.',
      en: 'The verification code is incorrect or has expired.',
    },
  },
  csrf_failed: {
    status: 403,
    message: {
      ar: 'انتهت صلاحية الصفحة. حدّثيها وأعيدي المحاولة.',
      fr: 'La page a expiré. Actualisez-la et réessayez.',
      zgh: 'ⵜⵎⵎⵓⵜ ⵜⴰⵙⵏⴰ. ⵙⵙⵉⵏⴼⵍ ⵜⴰⵍⵙⴷ ⴰⵔⵎ.',
      en: 'This page has expired. Refresh it and try again.',
    },
  },
  password_change_required: {
    status: 403,
    message: {
      ar: 'اختاري كلمة مرور جديدة قبل المتابعة.',
      fr: 'Choisissez un nouveau mot de passe avant de continuer.',
      zgh: 'ⵙⵜⵢ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ ⴰⵛⴽⵓ ⴰⴷ ⵜⴽⵎⵎⵍⴷ.',
      en: 'Choose a new password before you continue.',
    },
  },
  forbidden: {
    status: 403,
    message: {
      ar: 'ليست لديك صلاحية القيام بهذا.',
      fr: "Vous n'avez pas le droit de faire cela.",
      zgh: 'ⵓⵔ ⵖⵓⵔⵎ ⴰⵣⵔⴼ ⴰⴷ ⵜⴳⴷ ⴰⵢⴰ.',
      en: 'You are not allowed to do this.',
    },
  },
  not_found: {
    status: 404,
    message: {
      ar: 'غير موجود.',
      fr: 'Introuvable.',
      zgh: 'ⵓⵔ ⵉⵍⵍⵉ.',
      en: 'Not found.',
    },
  },
  conflict: {
    status: 409,
    message: {
      ar: 'تغيّر هذا السجل في الأثناء. حدّثي الصفحة وأعيدي المحاولة.',
      fr: 'Cet élément a changé entre-temps. Actualisez et réessayez.',
      zgh: 'ⵉⵜⵜⵓⵙⵏⴼⵍ ⵓⵎⵓⵢⵢⵓ ⴰⴷ. ⵙⵙⵉⵏⴼⵍ ⵜⴰⵙⵏⴰ ⵜⴰⵍⵙⴷ ⴰⵔⵎ.',
      en: 'This record changed in the meantime. Refresh and try again.',
    },
  },
  stale_version: {
    status: 409,
    message: {
      ar: 'عدّل شخص آخر هذا الملف في الأثناء. حدّثي الصفحة وراجعي التغييرات.',
      fr: "Quelqu'un d'autre a modifié ce dossier entre-temps. Actualisez et vérifiez les changements.",
      zgh: 'ⵉⵙⵏⴼⵍ ⵢⴰⵏ ⵢⴰⴹⵏ ⴰⵙⴰⴷⵓⵙ ⴰⴷ. ⵙⵙⵉⵏⴼⵍ ⵜⴰⵙⵏⴰ ⵜⵥⵕⴷ ⵉⵙⵏⴼⵍⵏ.',
      en: 'Someone else changed this case in the meantime. Refresh and check the changes.',
    },
  },
  already_claimed: {
    status: 409,
    message: {
      ar: 'تكفّلت زميلة أخرى بهذا الملف قبلك.',
      fr: 'Une autre personne a déjà pris ce dossier en charge.',
      zgh: 'ⵢⵓⵎⵥ ⵢⴰⵏ ⵢⴰⴹⵏ ⴰⵙⴰⴷⵓⵙ ⴰⴷ ⵣⴰⵜ ⵉⵎ.',
      en: 'Someone else has already taken this case.',
    },
  },
  invalid_transition: {
    status: 409,
    message: {
      ar: 'لا يمكن نقل الملف إلى هذه الحالة من حالته الحالية.',
      fr: "Le dossier ne peut pas passer à cet état depuis l'état actuel.",
      zgh: 'ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⵙⴰⴷⵓⵙ ⴰⴷ ⵉⵣⵔⵉ ⵖⵔ ⵡⴰⴷⴷⴰⴷ ⴰⴷ ⵙⴳ ⵡⴰⴷⴷⴰⴷ ⵏⵏⵙ ⵖⵉⵍⴰ.',
      en: 'The case cannot move to this status from its current one.',
    },
  },
  consent_required: {
    status: 409,
    message: {
      ar: 'لم توافق بعد على مشاركة معلوماتها مع هذه المؤسسة. اطلبي موافقتها، أو استعملي التجاوز الاستعجالي مع ذكر السبب.',
      fr: "Elle n'a pas consenti au partage avec cette institution. Demandez son accord, ou utilisez la dérogation d'urgence en indiquant la raison.",
      zgh: 'ⵓⵔ ⵜⵇⴱⵉⵍ ⴰⴱⴹⵓ ⴷ ⵜⵎⵓⵙⴰⵙⴰ ⴰⴷ. ⵙⵇⵙⴰ ⵜⵉⵔⵔⵉ ⵏⵏⵙ, ⵏⵖ ⵙⵙⵎⵔⵙ ⴰⵣⴳⴳⵓⵔ ⵏ ⵜⵎⵓⵔⵉ ⵙ ⵜⵎⵏⵜⵉⵍⵜ.',
      en: 'She has not consented to sharing with this institution. Ask for her consent, or use the emergency override with a reason.',
    },
  },
  opportunity_full: {
    status: 409,
    message: {
      ar: 'لم تعد هناك أماكن شاغرة في هذه الفرصة.',
      fr: "Il n'y a plus de place disponible pour cette opportunité.",
      zgh: 'ⵓⵔ ⴷ ⵉⵇⵇⵉⵎ ⵡⴰⵏⵙⴰ ⵉⵅⵡⴰⵏ ⴳ ⵜⴰⵍⵍⵉⵖⵜ ⴰ.',
      en: 'There are no places left in this opportunity.',
    },
  },
  opportunity_closed: {
    status: 409,
    message: {
      ar: 'انتهى أجل هذه الفرصة أو أُغلقت.',
      fr: 'Cette opportunité est close ou sa date limite est passée.',
      zgh: 'ⵜⴼⵓⴽ ⵜⴰⵍⵍⵉⵖⵜ ⴰ ⵏⵖ ⵉⵣⵔⵉ ⵓⵣⵎⵣ ⵏⵏⵙ.',
      en: 'This opportunity is closed or its deadline has passed.',
    },
  },
  not_claimed: {
    status: 409,
    message: {
      ar: 'هذا الملف ليس في عهدتك.',
      fr: "Ce dossier n'est pas pris en charge par vous.",
      zgh: 'ⴰⵙⴰⴷⵓⵙ ⴰⴷ ⵓⵔ ⵉⵍⵍⵉ ⵖⵓⵔⵎ.',
      en: 'This case is not in your hands.',
    },
  },
  rate_limited: {
    status: 429,
    message: {
      ar: 'محاولات كثيرة. انتظري قليلا ثم أعيدي المحاولة.',
      fr: 'Trop de tentatives. Patientez un peu puis réessayez.',
      zgh: 'ⴰⵟⵟⴰⵚ ⵏ ⵜⵔⵎⵉⵜⵉⵏ. ⵔⴰⵊⵓ ⵎⵥⵥⵉ ⵜⴰⵍⵙⴷ ⴰⵔⵎ.',
      en: 'Too many attempts. Wait a little, then try again.',
    },
  },
  service_unavailable: {
    status: 503,
    message: {
      ar: 'الخدمة غير متاحة مؤقتا. أعيدي المحاولة بعد لحظات.',
      fr: 'Service momentanément indisponible. Réessayez dans un instant.',
      zgh: 'ⵜⴰⵏⴰⴼⵓⵜ ⵓⵔ ⵜⵍⵍⵉ ⵖⵉⵍⴰ. ⴰⵍⵙ ⴰⵔⵎ ⴷⵔⵓⵙ ⵏ ⵜⵓⴷⵜ.',
      en: 'The service is briefly unavailable. Try again in a moment.',
    },
  },
  internal_error: {
    status: 500,
    message: {
      ar: 'حدث خطأ من جهتنا. لم يضع شيء مما تم قبوله.',
      fr: "Une erreur s'est produite de notre côté. Rien de ce qui a été accepté n'est perdu.",
      zgh: 'ⵜⵍⵍⴰ ⵜⵣⴳⵍⵜ ⵖⵓⵔⵏⵖ. ⵓⵔ ⵉⵅⵚⵚⵉ ⵡⴰⵍⵓ ⵏ ⵎⴰ ⵉⵜⵜⵓⵇⴱⵍⵏ.',
      en: 'Something went wrong on our side. Nothing already accepted is lost.',
    },
  },
} as const satisfies Record<string, { status: number; message: Localized }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/**
 * Why one field was refused. Kept small on purpose: clients translate these next to the field,
 * so each must read well in a form ("required", "too long"…).
 */
export const FIELD_ISSUES = {
  required: {
    ar: 'هذه الخانة مطلوبة.',
    fr: 'Ce champ est obligatoire.',
    zgh: 'ⴰⵏⵙⴰ ⴰⴷ ⵉⵇⵇⴰⵏ.',
    en: 'This field is required.',
  },
  invalid_type: {
    ar: 'القيمة ليست من النوع المنتظر.',
    fr: "La valeur n'est pas du type attendu.",
    zgh: 'ⴰⵣⴰⵍ ⵓⵔ ⵉⴳⵉ ⴰⵏⴰⵡ ⵉⵜⵜⵡⴰⵔⴰⵊⵓⵏ.',
    en: 'The value is not of the expected type.',
  },
  too_small: {
    ar: 'القيمة قصيرة أو صغيرة جدا.',
    fr: 'La valeur est trop courte ou trop petite.',
    zgh: 'ⴰⵣⴰⵍ ⵉⵎⵥⵥⵉ ⴱⵣⵣⴰⴼ.',
    en: 'The value is too short or too small.',
  },
  too_big: {
    ar: 'القيمة طويلة أو كبيرة جدا.',
    fr: 'La valeur est trop longue ou trop grande.',
    zgh: 'ⴰⵣⴰⵍ ⵉⵎⵇⵇⵓⵔ ⴱⵣⵣⴰⴼ.',
    en: 'The value is too long or too large.',
  },
  invalid_format: {
    ar: 'الصيغة غير صحيحة.',
    fr: "Le format n'est pas valide.",
    zgh: 'ⵜⴰⵍⵖⴰ ⵓⵔ ⵜⵖⵓⴷ.',
    en: 'The format is not valid.',
  },
  invalid_choice: {
    ar: 'هذا الاختيار غير مقبول.',
    fr: "Ce choix n'est pas accepté.",
    zgh: 'ⴰⵙⵜⴰⵢ ⴰⴷ ⵓⵔ ⵉⵜⵜⵓⵇⴱⴰⵍ.',
    en: 'This choice is not accepted.',
  },
  unknown_field: {
    ar: 'خانة غير معروفة.',
    fr: 'Champ inconnu.',
    zgh: 'ⴰⵏⵙⴰ ⵓⵔ ⵉⵜⵜⵡⴰⵙⵙⵏ.',
    en: 'Unknown field.',
  },
  invalid: {
    ar: 'القيمة غير صحيحة.',
    fr: "La valeur n'est pas valide.",
    zgh: 'ⴰⵣⴰⵍ ⵓⵔ ⵉⵖⵓⴷ.',
    en: 'The value is not valid.',
  },
} as const satisfies Record<string, Localized>;

export type FieldIssue = keyof typeof FIELD_ISSUES;

/** The envelope of every error response, documented once in the OpenAPI document. */
export interface ErrorBody {
  readonly error: {
    readonly code: ErrorCode;
    readonly message: string;
    readonly messageKey: `errors.${ErrorCode}`;
    readonly requestId: string;
    readonly fields?: readonly {
      readonly field: string;
      readonly issue: FieldIssue;
      readonly messageKey: `fields.${FieldIssue}`;
      readonly message: string;
    }[];
    /** On conflicts, the state that won (`{ version }`, `{ claimedBy }`), so the client can recover. */
    readonly current?: Readonly<Record<string, unknown>>;
  };
}
