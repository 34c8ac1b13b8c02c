import type { Locale } from '../locale.ts';

/** The case page's forms: status, incidents, consents, safety plan, follow-ups, messages. */
export interface CaseFormsMessages {
  readonly changeStatus: string;
  readonly changeStatusTo: string;
  readonly closingReason: string;
  readonly reopeningReason: string;
  readonly statusChanged: (status: string) => string;
  readonly incidentsTitle: string;
  readonly noIncidents: string;
  readonly addIncident: string;
  readonly violenceForms: string;
  readonly gbvimsType: string;
  readonly gbvimsHint: string;
  readonly gbvimsProposed: string;
  readonly relation: string;
  readonly notSaid: string;
  readonly occurredOn: string;
  readonly areaType: string;
  readonly contexts: string;
  readonly narrative: string;
  readonly narrativeHint: string;
  readonly chooseAtLeastOne: string;
  readonly saveIncident: string;
  readonly incidentSaved: string;
  readonly recordedAt: string;
  readonly consentsTitle: string;
  readonly noConsents: string;
  readonly consentGranted: string;
  readonly consentRefused: string;
  readonly consentWithdrawnOn: string;
  readonly withdrawConsent: string;
  readonly consentWithdrawn: (purpose: string) => string;
  readonly recordConsent: string;
  readonly consentPurpose: string;
  readonly consentAnswer: string;
  readonly consentChannel: string;
  /** The institution a sharing consent is about. */
  readonly consentInstitution: string;
  readonly consentRecorded: (purpose: string) => string;
  readonly safetyPlanTitle: string;
  readonly safetyPlan: string;
  readonly safetyPlanHint: string;
  readonly saveSafetyPlan: string;
  readonly safetyPlanSaved: string;
  readonly noSafetyPlan: string;
  readonly safetyPlanChangedElsewhere: string;
  readonly useNewerPlan: string;
  readonly keepMyPlan: string;
  readonly followUpsTitle: string;
  readonly noFollowUps: string;
  readonly followUpCallback: string;
  readonly followUpGeneral: string;
  readonly followUpDone: string;
  readonly followUpOverdue: string;
  readonly assignedTo: string;
  readonly markDone: string;
  readonly followUpMarkedDone: string;
  readonly addFollowUp: string;
  readonly followUpKind: string;
  readonly dueAt: string;
  readonly followUpNote: string;
  readonly followUpAdded: string;
  readonly contactsTitle: string;
  readonly noContacts: string;
  readonly inbound: string;
  readonly outbound: string;
  readonly messagesTitle: string;
  readonly noMessages: string;
  readonly fromHer: string;
  readonly fromHelpline: string;
  readonly replyTitle: string;
  readonly replyHint: string;
  readonly messageTemplate: string;
  readonly messageTemplateHint: string;
  readonly sendMessage: string;
  readonly messageSent: string;
}

export const caseFormsMessages: Readonly<Record<Locale, CaseFormsMessages>> = {
  ar: {
    changeStatus: 'تغيير الحالة',
    changeStatusTo: 'الحالة الجديدة',
    closingReason: 'سبب الإغلاق',
    reopeningReason: 'سبب إعادة الفتح',
    statusChanged: (status) => `تغيّرت الحالة: ${status}.`,
    incidentsTitle: 'الوقائع',
    noIncidents: 'لم تُسجَّل أي واقعة بعد.',
    addIncident: 'تسجيل واقعة',
    violenceForms: 'أشكال العنف (القانون 103.13)',
    gbvimsType: 'الصنف الإحصائي (GBVIMS)',
    gbvimsHint: 'اتركه فارغًا ليقترحه «سند» انطلاقًا من أشكال العنف (حسب ترتيب GBVIMS).',
    gbvimsProposed: 'يقترحه «سند» انطلاقًا من أشكال العنف',
    relation: 'صلته بها',
    notSaid: 'غير محدد',
    occurredOn: 'تاريخ الواقعة',
    areaType: 'حضري أو قروي',
    contexts: 'سياق العنف',
    narrative: 'روايتها',
    narrativeHint: 'بكلماتها، وما يحتاجه الملف فقط.',
    chooseAtLeastOne: 'اختر شكلًا واحدًا على الأقل.',
    saveIncident: 'حفظ الواقعة',
    incidentSaved: 'تم تسجيل الواقعة.',
    recordedAt: 'تاريخ التسجيل',
    consentsTitle: 'الموافقات (القانون 09.08)',
    noConsents: 'لم تُسجَّل أي موافقة بعد.',
    consentGranted: 'موافقة',
    consentRefused: 'رفض',
    consentWithdrawnOn: 'سُحبت في',
    withdrawConsent: 'سحب الموافقة',
    consentWithdrawn: (purpose) => `سُحبت الموافقة: ${purpose}.`,
    recordConsent: 'تسجيل موافقة',
    consentPurpose: 'الغرض',
    consentAnswer: 'جوابها',
    consentChannel: 'كيف عبّرت عنه',
    consentInstitution: 'المؤسسة المعنية',
    consentRecorded: (purpose) => `سُجّلت الموافقة: ${purpose}.`,
    safetyPlanTitle: 'خطة السلامة',
    safetyPlan: 'الخطة المتفق عليها معها',
    safetyPlanHint: 'أماكن آمنة، أشخاص يمكن الاتصال بهم، ما تأخذه معها، الإشارة المتفق عليها.',
    saveSafetyPlan: 'حفظ الخطة',
    safetyPlanSaved: 'تم حفظ خطة السلامة.',
    noSafetyPlan: 'لا توجد خطة سلامة بعد.',
    safetyPlanChangedElsewhere: 'حفظ شخص آخر خطة أخرى أثناء كتابتك. هذه هي الخطة المحفوظة الآن:',
    useNewerPlan: 'اعتماد الخطة المحفوظة',
    keepMyPlan: 'الإبقاء على ما كتبته',
    followUpsTitle: 'المتابعة ومعاودة الاتصال',
    noFollowUps: 'لا شيء مبرمج.',
    followUpCallback: 'معاودة الاتصال',
    followUpGeneral: 'متابعة',
    followUpDone: 'تم',
    followUpOverdue: 'متأخر',
    assignedTo: 'مسندة إلى',
    markDone: 'تم الإنجاز',
    followUpMarkedDone: 'سُجّلت المتابعة كمنجزة.',
    addFollowUp: 'برمجة متابعة',
    followUpKind: 'النوع',
    dueAt: 'الموعد',
    followUpNote: 'ملاحظة',
    followUpAdded: 'تمت برمجة المتابعة.',
    contactsTitle: 'المكالمات والاتصالات',
    noContacts: 'لا يوجد أي اتصال بعد.',
    inbound: 'واردة',
    outbound: 'صادرة',
    messagesTitle: 'الرسائل معها',
    noMessages: 'لا توجد أي رسالة بعد.',
    fromHer: 'كتبت',
    fromHelpline: 'مركز الاستماع',
    replyTitle: 'ردّك',
    replyHint: 'تقرؤه برمز التتبع: لا أسماء، ولا شيء قد يعرّضها للخطر إن رآه شخص آخر.',
    messageTemplate: 'رسالة جاهزة',
    messageTemplateHint: 'تضع نصها في الخانة أسفله، لتعدّله قبل الإرسال.',
    sendMessage: 'إرسال',
    messageSent: 'أُرسلت الرسالة.',
  },
  fr: {
    changeStatus: 'Changer le statut',
    changeStatusTo: 'Nouveau statut',
    closingReason: 'Motif de clôture',
    reopeningReason: 'Motif de réouverture',
    statusChanged: (status) => `Statut changé\u00a0: ${status}.`,
    incidentsTitle: 'Faits de violence',
    noIncidents: 'Aucun fait enregistré pour l’instant.',
    addIncident: 'Enregistrer un fait',
    violenceForms: 'Formes de violence (loi 103.13)',
    gbvimsType: 'Type statistique (GBVIMS)',
    gbvimsHint: 'Laissez vide\u00a0: Sanad le propose à partir des formes (ordre GBVIMS).',
    gbvimsProposed: 'Proposé par Sanad à partir des formes',
    relation: 'Lien avec elle',
    notSaid: 'Non précisé',
    occurredOn: 'Date des faits',
    areaType: 'Urbain ou rural',
    contexts: 'Contexte',
    narrative: 'Son récit',
    narrativeHint: 'Avec ses mots, et seulement ce dont le dossier a besoin.',
    chooseAtLeastOne: 'Cochez au moins une forme.',
    saveIncident: 'Enregistrer le fait',
    incidentSaved: 'Fait enregistré.',
    recordedAt: 'Enregistré le',
    consentsTitle: 'Consentements (loi 09-08)',
    noConsents: 'Aucun consentement enregistré pour l’instant.',
    consentGranted: 'Donné',
    consentRefused: 'Refusé',
    consentWithdrawnOn: 'Retiré le',
    withdrawConsent: 'Retirer le consentement',
    consentWithdrawn: (purpose) => `Consentement retiré\u00a0: ${purpose}.`,
    recordConsent: 'Enregistrer un consentement',
    consentPurpose: 'Finalité',
    consentAnswer: 'Sa réponse',
    consentChannel: 'Comment elle l’a exprimé',
    consentInstitution: 'Institution concernée',
    consentRecorded: (purpose) => `Consentement enregistré\u00a0: ${purpose}.`,
    safetyPlanTitle: 'Plan de sécurité',
    safetyPlan: 'Le plan établi avec elle',
    safetyPlanHint: 'Lieux sûrs, personnes à appeler, ce qu’elle emporte, le signal convenu.',
    saveSafetyPlan: 'Enregistrer le plan',
    safetyPlanSaved: 'Plan de sécurité enregistré.',
    noSafetyPlan: 'Pas encore de plan de sécurité.',
    safetyPlanChangedElsewhere:
      'Quelqu’un d’autre a enregistré un autre plan pendant que vous écriviez. Voici le plan enregistré\u00a0:',
    useNewerPlan: 'Reprendre le plan enregistré',
    keepMyPlan: 'Garder mon texte',
    followUpsTitle: 'Suivis et rappels',
    noFollowUps: 'Rien n’est prévu.',
    followUpCallback: 'Rappel',
    followUpGeneral: 'Suivi',
    followUpDone: 'Fait',
    followUpOverdue: 'En retard',
    assignedTo: 'Pour',
    markDone: 'Marquer comme fait',
    followUpMarkedDone: 'Suivi marqué comme fait.',
    addFollowUp: 'Prévoir un suivi',
    followUpKind: 'Type',
    dueAt: 'Échéance',
    followUpNote: 'Note',
    followUpAdded: 'Suivi prévu.',
    contactsTitle: 'Appels et contacts',
    noContacts: 'Aucun contact pour l’instant.',
    inbound: 'Entrant',
    outbound: 'Sortant',
    messagesTitle: 'Messages avec elle',
    noMessages: 'Aucun message pour l’instant.',
    fromHer: 'Elle a écrit',
    fromHelpline: 'L’écoute',
    replyTitle: 'Votre réponse',
    replyHint:
      'Elle la lit avec son code de suivi\u00a0: pas de noms, rien qui la mettrait en danger si quelqu’un d’autre le voyait.',
    messageTemplate: 'Message type',
    messageTemplateHint: 'Place son texte dans la zone ci-dessous, à adapter avant l’envoi.',
    sendMessage: 'Envoyer',
    messageSent: 'Message envoyé.',
  },
  zgh: {
    changeStatus: 'ⵙⵏⴼⵍ ⴰⴷⴷⴰⴷ',
    changeStatusTo: 'ⴰⴷⴷⴰⴷ ⴰⵎⴰⵢⵏⵓ',
    closingReason: 'ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⵔⴳⴰⵍ',
    reopeningReason: 'ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⵍⵙ ⵏ ⵓⵕⵥⵎ',
    statusChanged: (status) => `ⵉⵜⵜⵓⵙⵏⴼⵍ ⵓⴷⴷⴰⴷ: ${status}.`,
    incidentsTitle: 'ⵜⵉⴷⵢⴰⵏⵉⵏ',
    noIncidents: 'ⵓⵔ ⵜⵜⵓⵙⵊⵍ ⴽⵔⴰ ⵏ ⵜⴷⵢⴰⵏⵜ ⴰⵔ ⴷⵖⵉ.',
    addIncident: 'ⵙⵊⵊⵍ ⵜⴰⴷⵢⴰⵏⵜ',
    violenceForms: 'ⵜⵉⵍⵖⴰ ⵏ ⵍⵄⵏⴼ (ⴰⵙⵍⴳⵏ 103.13)',
    gbvimsType: 'ⴰⵏⴰⵡ ⵏ ⵓⵙⵎⵉⴹⵏ',
    gbvimsHint: 'ⴰⴷⵊ ⵜ ⵉⵅⵡⴰ: ⴰⴷ ⵜ ⵉⵙⵓⵎⵔ ⵙⴰⵏⴰⴷ ⵙⴳ ⵜⵍⵖⴰ ⵏ ⵍⵄⵏⴼ.',
    gbvimsProposed: 'ⵉⵙⵓⵎⵔ ⵜ ⵙⴰⵏⴰⴷ ⵙⴳ ⵜⵍⵖⴰ ⵏ ⵍⵄⵏⴼ',
    relation: 'ⴰⵣⴷⴰⵢ ⵏⵏⵙ ⴷⵉⴷⵙ',
    notSaid: 'ⵓⵔ ⵉⵜⵜⵓⵏⵏⴰ',
    occurredOn: 'ⴰⵙⴰⴽⵓⴷ ⵏ ⵜⴷⵢⴰⵏⵜ',
    areaType: 'ⵜⴰⵎⴷⵉⵏⵜ ⵏⵖ ⴰⴷⵡⴰⵔ',
    contexts: 'ⴰⵙⵓⵔⵉⴼ ⵏ ⵍⵄⵏⴼ',
    narrative: 'ⴰⵎⵙⴰⵍ ⵏⵏⵙ',
    narrativeHint: 'ⵙ ⵡⴰⵡⴰⵍ ⵏⵏⵙ, ⵎⴰⵢⴷ ⵉⵃⵜⴰⵊ ⵓⵙⴰⴷⵓⵙ ⵡⴰⵍⴰ.',
    chooseAtLeastOne: 'ⵙⵜⵢ ⵢⴰⵜ ⵜⵍⵖⴰ ⵎⴰⵏⵉⵎⵉⴽ.',
    saveIncident: 'ⵙⵊⵊⵍ ⵜⴰⴷⵢⴰⵏⵜ',
    incidentSaved: 'ⵜⵜⵓⵙⵊⵍ ⵜⴷⵢⴰⵏⵜ.',
    recordedAt: 'ⵉⵜⵜⵓⵙⵊⵍ',
    consentsTitle: 'ⵉⵇⴱⴰⵍⵏ (ⴰⵙⵍⴳⵏ 09.08)',
    noConsents: 'ⵓⵔ ⵉⵜⵜⵓⵙⵊⵍ ⴽⵔⴰ ⵏ ⵓⵇⴱⴰⵍ ⴰⵔ ⴷⵖⵉ.',
    consentGranted: 'ⵜⵇⴱⵍ',
    consentRefused: 'ⵜⵓⴳⵉ',
    consentWithdrawnOn: 'ⵉⵜⵜⵓⴽⴽⵙ ⴳ',
    withdrawConsent: 'ⴽⴽⵙ ⴰⵇⴱⴰⵍ',
    consentWithdrawn: (purpose) => `ⵉⵜⵜⵓⴽⴽⵙ ⵓⵇⴱⴰⵍ: ${purpose}.`,
    recordConsent: 'ⵙⵊⵊⵍ ⴰⵇⴱⴰⵍ',
    consentPurpose: 'ⴰⵏⵣⴳⵓⵎ',
    consentAnswer: 'ⵜⴰⵔⵔⴰⵢⵜ ⵏⵏⵙ',
    consentChannel: 'ⵎⴰⵎⴽ ⵜⵏⵏⴰ',
    consentInstitution: 'ⵜⴰⵎⵓⵙⴰⵙⵜ ⵉⵜⵜⵓⵙⵏⵏⴰⵏ',
    consentRecorded: (purpose) => `ⵉⵜⵜⵓⵙⵊⵍ ⵓⵇⴱⴰⵍ: ${purpose}.`,
    safetyPlanTitle: 'ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵏⴼⵍⵓⵜ',
    safetyPlan: 'ⴰⵖⴰⵡⴰⵙ ⵉⵜⵜⵓⵙⴽⵔⵏ ⴷⵉⴷⵙ',
    safetyPlanHint: 'ⵉⴷⵖⴰⵔⵏ ⵉⵎⵏⵉⵏ, ⵎⴰⵏⵉ ⴰⴷ ⵜⵖⵔ, ⵎⴰⵢⴷ ⴰⴷ ⵜⴰⵡⵉ, ⴰⵏⵎⴰⵍ ⵏ ⵓⵎⵙⴰⵙⴰ.',
    saveSafetyPlan: 'ⵙⵊⵊⵍ ⴰⵖⴰⵡⴰⵙ',
    safetyPlanSaved: 'ⵉⵜⵜⵓⵙⵊⵍ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⵏⴼⵍⵓⵜ.',
    noSafetyPlan: 'ⵓⵔ ⵉⵍⵍⵉ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⵏⴼⵍⵓⵜ ⴰⵔ ⴷⵖⵉ.',
    safetyPlanChangedElsewhere: 'ⵉⵙⵊⵊⵍ ⵢⴰⵏ ⵢⴰⴹⵏ ⴰⵖⴰⵡⴰⵙ ⵢⴰⴹⵏ ⵎⵏⵉⴷ ⵜⴰⵔⵉⴷ. ⵀⴰⵜ ⴰⵖⴰⵡⴰⵙ ⵉⵜⵜⵓⵙⵊⵍⵏ ⴷⵖⵉ:',
    useNewerPlan: 'ⴰⵎⵥ ⴰⵖⴰⵡⴰⵙ ⵉⵜⵜⵓⵙⵊⵍⵏ',
    keepMyPlan: 'ⴰⵟⵟⴼ ⵎⴰⵢⴷ ⵓⵔⵉⵖ',
    followUpsTitle: 'ⴰⴹⴼⴰⵕ ⴷ ⵓⵙⵉⵡⵍ ⵢⴰⴹⵏ',
    noFollowUps: 'ⵓⵔ ⵉⵜⵜⵓⵙⵡⵓⴷⴷⵓ ⵡⴰⵍⵓ.',
    followUpCallback: 'ⴰⵙⵉⵡⵍ ⵢⴰⴹⵏ',
    followUpGeneral: 'ⴰⴹⴼⴰⵕ',
    followUpDone: 'ⵉⵜⵜⵓⵙⴽⴰⵔ',
    followUpOverdue: 'ⵉⵄⵟⵟⵍ',
    assignedTo: 'ⵉ',
    markDone: 'ⵙⵎⴷ',
    followUpMarkedDone: 'ⵉⵜⵜⵓⵙⵎⴷ ⵓⴹⴼⴰⵕ.',
    addFollowUp: 'ⵙⵡⵓⴷⴷⵓ ⴰⴹⴼⴰⵕ',
    followUpKind: 'ⴰⵏⴰⵡ',
    dueAt: 'ⴰⵙⴰⴽⵓⴷ',
    followUpNote: 'ⵜⴰⵏⵎⵎⴰⵍⵜ',
    followUpAdded: 'ⵉⵜⵜⵓⵙⵡⵓⴷⴷⵓ ⵓⴹⴼⴰⵕ.',
    contactsTitle: 'ⵜⵉⵖⵔⵉⵡⵉⵏ ⴷ ⵉⵣⴷⴰⵢⵏ',
    noContacts: 'ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵣⴷⴰⵢ ⴰⵔ ⴷⵖⵉ.',
    inbound: 'ⵜⴽⴽⴰ ⴷ',
    outbound: 'ⵜⴼⴼⵖ',
    messagesTitle: 'ⵜⵓⵣⵉⵏⵉⵏ ⴷⵉⴷⵙ',
    noMessages: 'ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵓⵣⵉⵏⵜ ⴰⵔ ⴷⵖⵉ.',
    fromHer: 'ⵜⵓⵔⴰ',
    fromHelpline: 'ⴰⵙⴰⴳⵎ ⵏ ⵓⵙⴼⵍⴷ',
    replyTitle: 'ⵜⴰⵔⵔⴰⵢⵜ ⵏⵏⴽ',
    replyHint: 'ⴰⴷ ⵜⵜ ⵜⵖⵔ ⵙ ⵜⵏⴳⴰⵍⵜ ⵏ ⵓⴹⴼⴰⵕ: ⴱⵍⴰ ⵉⵙⵎⴰⵡⵏ, ⴱⵍⴰ ⵎⴰⵢⴷ ⵜⵜ ⵉⵙⵙⵉⵡⵉⴹⵏ ⵖⵔ ⵍⵅⴰⵟⴰⵔ.',
    messageTemplate: 'ⵜⵓⵣⵉⵏⵜ ⵉⵜⵜⵓⵡⵊⴷⵏ',
    messageTemplateHint: 'ⴰⴷ ⵜⵙⵔⵙ ⴰⴹⵔⵉⵙ ⵏⵏⵙ ⴳ ⵓⵎⴽⴰⵏ ⵏ ⵓⴷⴷⴰⵢ, ⴰⴷ ⵜ ⵜⵙⵏⴼⵍⴷ ⵣⵉⴽ.',
    sendMessage: 'ⴰⵣⵏ',
    messageSent: 'ⵜⵜⵓⵣⵏ ⵜⵓⵣⵉⵏⵜ.',
  },
  en: {
    changeStatus: 'Change the status',
    changeStatusTo: 'New status',
    closingReason: 'Reason for closing',
    reopeningReason: 'Reason for reopening',
    statusChanged: (status) => `Status changed: ${status}.`,
    incidentsTitle: 'Incidents',
    noIncidents: 'No incident recorded yet.',
    addIncident: 'Record an incident',
    violenceForms: 'Forms of violence (Law 103.13)',
    gbvimsType: 'Statistical type (GBVIMS)',
    gbvimsHint: 'Leave empty: Sanad proposes it from the forms (GBVIMS order).',
    gbvimsProposed: 'Proposed by Sanad from the forms',
    relation: 'Relation to her',
    notSaid: 'Not said',
    occurredOn: 'Date of the incident',
    areaType: 'Urban or rural',
    contexts: 'Context',
    narrative: 'What she told',
    narrativeHint: 'In her words, and only what the case needs.',
    chooseAtLeastOne: 'Tick at least one form.',
    saveIncident: 'Save the incident',
    incidentSaved: 'Incident recorded.',
    recordedAt: 'Recorded',
    consentsTitle: 'Consents (Law 09-08)',
    noConsents: 'No consent recorded yet.',
    consentGranted: 'Given',
    consentRefused: 'Refused',
    consentWithdrawnOn: 'Withdrawn on',
    withdrawConsent: 'Withdraw the consent',
    consentWithdrawn: (purpose) => `Consent withdrawn: ${purpose}.`,
    recordConsent: 'Record a consent',
    consentPurpose: 'Purpose',
    consentAnswer: 'Her answer',
    consentChannel: 'How she gave it',
    consentInstitution: 'Institution concerned',
    consentRecorded: (purpose) => `Consent recorded: ${purpose}.`,
    safetyPlanTitle: 'Safety plan',
    safetyPlan: 'The plan worked out with her',
    safetyPlanHint: 'Safe places, people to call, what to take, the agreed signal.',
    saveSafetyPlan: 'Save the plan',
    safetyPlanSaved: 'Safety plan saved.',
    noSafetyPlan: 'No safety plan yet.',
    safetyPlanChangedElsewhere:
      'Someone else saved another plan while you were typing. This is the plan saved now:',
    useNewerPlan: 'Use the saved plan',
    keepMyPlan: 'Keep what I wrote',
    followUpsTitle: 'Follow-ups and call-backs',
    noFollowUps: 'Nothing planned.',
    followUpCallback: 'Call-back',
    followUpGeneral: 'Follow-up',
    followUpDone: 'Done',
    followUpOverdue: 'Overdue',
    assignedTo: 'For',
    markDone: 'Mark as done',
    followUpMarkedDone: 'Follow-up marked as done.',
    addFollowUp: 'Plan a follow-up',
    followUpKind: 'Kind',
    dueAt: 'Due',
    followUpNote: 'Note',
    followUpAdded: 'Follow-up planned.',
    contactsTitle: 'Calls and contacts',
    noContacts: 'No contact yet.',
    inbound: 'Incoming',
    outbound: 'Outgoing',
    messagesTitle: 'Messages with her',
    noMessages: 'No message yet.',
    fromHer: 'She wrote',
    fromHelpline: 'The helpline',
    replyTitle: 'Your reply',
    replyHint:
      'She reads it with her tracking code: no names, nothing that would put her at risk if someone else saw it.',
    messageTemplate: 'Ready-made message',
    messageTemplateHint: 'Puts its text in the box below, to adapt before sending.',
    sendMessage: 'Send',
    messageSent: 'Message sent.',
  },
};
