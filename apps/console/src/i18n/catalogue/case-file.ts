import type { Locale } from '../locale.ts';

/** The case page: its header, her app answers, risk, the urgent path and the timeline. */
export interface CaseFileMessages {
  readonly caseTitle: string;
  readonly caseBadges: string;
  readonly receivedAt: string;
  readonly trackingCode: string;
  readonly reassign: string;
  readonly logCallForCase: string;
  readonly backToQueue: string;
  readonly staleVersion: string;
  readonly understood: string;
  readonly lastSaved: string;
  readonly intakeTitle: string;
  readonly intakeHint: string;
  readonly intakeReporter: string;
  readonly intakeSafeNow: string;
  readonly intakeWhen: string;
  readonly intakeHarms: string;
  readonly intakePerpetrator: string;
  readonly intakeContactMethod: string;
  readonly intakeCallWindow: string;
  readonly intakePhone: string;
  readonly intakeCodeWord: string;
  readonly intakeLocation: string;
  readonly intakeSharing: string;
  readonly intakeSeeking: string;
  readonly intakeAgeBand: string;
  readonly intakeSchooling: string;
  readonly intakeSkills: string;
  readonly intakeChildcare: string;
  readonly intakeMobility: string;
  readonly riskTitle: string;
  readonly noRiskYet: string;
  readonly riskPrefilled: string;
  readonly riskFirst: string;
  readonly riskScore: (score: number, total: number) => string;
  readonly redFlagMark: string;
  readonly redFlags: string;
  readonly finalLevel: string;
  readonly overrideLevel: string;
  readonly overrideHint: string;
  readonly keepComputedLevel: (level: string) => string;
  readonly overrideReason: string;
  readonly overrideReasonNeeded: string;
  readonly saveRisk: string;
  readonly riskSaved: string;
  readonly fromHerApp: string;
  readonly urgentPathTitle: string;
  readonly serviceDgsn: string;
  readonly serviceGendarmerie: string;
  readonly reasonUrban: string;
  readonly reasonRural: string;
  readonly reasonUnknownArea: string;
  readonly prosecutionTitle: string;
  readonly noInstitutionFound: string;
  readonly timelineTitle: string;
  readonly noTimeline: string;
  readonly tlCaseCreated: string;
  readonly tlCaseClaimed: string;
  readonly tlCaseReleased: string;
  readonly tlCaseReassigned: string;
  readonly tlStatusChanged: string;
  readonly tlCaseUpdated: string;
  readonly tlContactLogged: string;
  readonly tlRiskAssessed: string;
  readonly tlConsentRecorded: string;
  readonly tlConsentWithdrawn: string;
  readonly tlIncidentRecorded: string;
  readonly tlFollowUpCreated: string;
  readonly tlFollowUpDone: string;
  readonly tlMessageSent: string;
  readonly tlSafetyPlanUpdated: string;
}

export const caseFileMessages: Readonly<Record<Locale, CaseFileMessages>> = {
  ar: {
    caseTitle: 'الملف',
    caseBadges: 'ملخص الملف',
    receivedAt: 'تاريخ التوصل',
    trackingCode: 'رمز التتبع',
    reassign: 'إسناده لشخص آخر',
    logCallForCase: 'تسجيل مكالمة لهذا الملف',
    backToQueue: 'العودة إلى القائمة',
    staleVersion:
      'غيّر شخص آخر هذا الملف أثناء عملك عليه. تظهر الآن آخر نسخة منه، وما كتبته في الاستمارات محفوظ. راجعه ثم احفظ من جديد.',
    understood: 'فهمت',
    lastSaved: 'آخر حفظ:',
    intakeTitle: 'إجاباتها في التطبيق',
    intakeHint: 'أجابت عن هذه الأسئلة من قبل: لا تطرحها عليها مرة أخرى.',
    intakeReporter: 'من قام بالتبليغ',
    intakeSafeNow: 'في أمان الآن',
    intakeWhen: 'متى حدث ذلك',
    intakeHarms: 'ما حدث',
    intakePerpetrator: 'من قام بذلك',
    intakeContactMethod: 'كيف نتواصل معها',
    intakeCallWindow: 'متى نتصل بها',
    intakePhone: 'رقم هاتف آمن',
    intakeCodeWord: 'الكلمة المتفق عليها',
    intakeLocation: 'مكانها',
    intakeSharing: 'عند تقديم طلبها: توافق على مشاركة معلوماتها',
    intakeSeeking: 'ما تبحث عنه',
    intakeAgeBand: 'السن',
    intakeSchooling: 'المستوى الدراسي',
    intakeSkills: 'المهارات',
    intakeChildcare: 'تحتاج إلى من يعتني بأطفالها',
    intakeMobility: 'تحتاج إلى وسيلة نقل',
    riskTitle: 'تقييم الخطر',
    noRiskYet: 'لا يوجد أي تقييم بعد.',
    riskPrefilled: 'الأجوبة معبأة بآخر إجاباتها: راجعها معها وغيّر ما لم يعد صحيحًا.',
    riskFirst: 'لا توجد إجابات سابقة: اطرح كل سؤال، واترك «لا أعرف» حين لا تستطيع الجواب.',
    riskScore: (score, total) => `النقطة ${String(score)} من ${String(total)}`,
    redFlagMark: '(مؤشر خطر)',
    redFlags: 'مؤشرات الخطر',
    finalLevel: 'المستوى المعتمد',
    overrideLevel: 'تقديرك المهني',
    overrideHint: 'احتفظ بالمستوى المحسوب، أو اختر مستوى آخر مع ذكر السبب.',
    keepComputedLevel: (level) => `الاحتفاظ بالمستوى المحسوب (${level})`,
    overrideReason: 'سبب هذا التقدير',
    overrideReasonNeeded: 'اذكر لماذا اخترت مستوى آخر.',
    saveRisk: 'حفظ التقييم',
    riskSaved: 'تم حفظ التقييم.',
    fromHerApp: 'من التطبيق',
    urgentPathTitle: 'مسار الاستعجال',
    serviceDgsn: 'الأمن الوطني',
    serviceGendarmerie: 'الدرك الملكي',
    reasonUrban: 'توجد في المدينة',
    reasonRural: 'توجد في البادية',
    reasonUnknownArea: 'لا نعرف هل هي في المدينة أم في البادية: تحقق معها',
    prosecutionTitle: 'خلية النيابة العامة',
    noInstitutionFound: 'لم نجد أي مؤسسة لهذا المكان.',
    timelineTitle: 'التسلسل الزمني',
    noTimeline: 'لم يُسجَّل أي شيء بعد.',
    tlCaseCreated: 'فُتح الملف',
    tlCaseClaimed: 'تكفّل به',
    tlCaseReleased: 'أُعيد إلى القائمة',
    tlCaseReassigned: 'أُسند إلى شخص آخر',
    tlStatusChanged: 'تغيّرت الحالة',
    tlCaseUpdated: 'عُدّل الملف',
    tlContactLogged: 'سُجّلت مكالمة أو اتصال',
    tlRiskAssessed: 'قُيّم الخطر',
    tlConsentRecorded: 'سُجّلت موافقة',
    tlConsentWithdrawn: 'سُحبت موافقة',
    tlIncidentRecorded: 'سُجّلت واقعة',
    tlFollowUpCreated: 'بُرمجت متابعة',
    tlFollowUpDone: 'أُنجزت متابعة',
    tlMessageSent: 'أُرسلت رسالة',
    tlSafetyPlanUpdated: 'عُدّلت خطة السلامة',
  },
  fr: {
    caseTitle: 'Dossier',
    caseBadges: 'Résumé du dossier',
    receivedAt: 'Reçu le',
    trackingCode: 'Code de suivi',
    reassign: 'Réattribuer',
    logCallForCase: 'Saisir un appel pour ce dossier',
    backToQueue: 'Retour à la file',
    staleVersion:
      'Quelqu’un d’autre a modifié ce dossier pendant que vous y travailliez. La dernière version est affichée\u00a0; ce que vous avez saisi dans les formulaires est conservé. Vérifiez, puis enregistrez à nouveau.',
    understood: 'Compris',
    lastSaved: 'Dernier enregistrement\u00a0:',
    intakeTitle: 'Ses réponses dans l’application',
    intakeHint: 'Elle a déjà répondu à ces questions\u00a0: ne les lui reposez pas.',
    intakeReporter: 'Qui signale',
    intakeSafeNow: 'En sécurité maintenant',
    intakeWhen: 'Quand',
    intakeHarms: 'Ce qui s’est passé',
    intakePerpetrator: 'Auteur',
    intakeContactMethod: 'Comment la joindre',
    intakeCallWindow: 'Quand l’appeler',
    intakePhone: 'Numéro sûr',
    intakeCodeWord: 'Mot convenu',
    intakeLocation: 'Où elle se trouve',
    intakeSharing: 'À sa demande : accepte le partage de ses informations',
    intakeSeeking: 'Ce qu’elle cherche',
    intakeAgeBand: 'Âge',
    intakeSchooling: 'Scolarité',
    intakeSkills: 'Compétences',
    intakeChildcare: 'Besoin de garde d’enfants',
    intakeMobility: 'Besoin de transport',
    riskTitle: 'Évaluation du risque',
    noRiskYet: 'Aucune évaluation pour l’instant.',
    riskPrefilled:
      'Prérempli avec ses dernières réponses\u00a0: vérifiez-les avec elle et changez ce qui n’est plus vrai.',
    riskFirst:
      'Aucune réponse antérieure\u00a0: posez chaque question\u00a0; laissez «\u00a0Je ne sais pas\u00a0» quand elle ne peut pas répondre.',
    riskScore: (score, total) => `Score ${String(score)} sur ${String(total)}`,
    redFlagMark: '(signal d’alarme)',
    redFlags: 'Signaux d’alarme',
    finalLevel: 'niveau retenu',
    overrideLevel: 'Votre jugement professionnel',
    overrideHint: 'Gardez le niveau calculé, ou choisissez-en un autre en donnant la raison.',
    keepComputedLevel: (level) => `Garder le niveau calculé (${level})`,
    overrideReason: 'Raison de ce niveau',
    overrideReasonNeeded: 'Dites pourquoi vous retenez un autre niveau.',
    saveRisk: 'Enregistrer l’évaluation',
    riskSaved: 'Évaluation enregistrée.',
    fromHerApp: 'depuis son application',
    urgentPathTitle: 'Parcours d’urgence',
    serviceDgsn: 'Sûreté nationale (DGSN)',
    serviceGendarmerie: 'Gendarmerie royale',
    reasonUrban: 'elle se trouve en ville',
    reasonRural: 'elle se trouve à la campagne',
    reasonUnknownArea: 'ville ou campagne inconnue\u00a0: vérifiez avec elle',
    prosecutionTitle: 'Cellule du parquet',
    noInstitutionFound: 'Aucune institution trouvée pour ce lieu.',
    timelineTitle: 'Chronologie',
    noTimeline: 'Rien n’est encore enregistré.',
    tlCaseCreated: 'Dossier ouvert',
    tlCaseClaimed: 'Pris en charge',
    tlCaseReleased: 'Rendu à la file',
    tlCaseReassigned: 'Réattribué',
    tlStatusChanged: 'Statut changé',
    tlCaseUpdated: 'Dossier modifié',
    tlContactLogged: 'Appel ou contact saisi',
    tlRiskAssessed: 'Risque évalué',
    tlConsentRecorded: 'Consentement enregistré',
    tlConsentWithdrawn: 'Consentement retiré',
    tlIncidentRecorded: 'Fait enregistré',
    tlFollowUpCreated: 'Suivi planifié',
    tlFollowUpDone: 'Suivi fait',
    tlMessageSent: 'Message envoyé',
    tlSafetyPlanUpdated: 'Plan de sécurité modifié',
  },
  zgh: {
    caseTitle: 'ⴰⵙⴰⴷⵓⵙ',
    caseBadges: 'ⴰⴳⵣⵣⵓⵍ ⵏ ⵓⵙⴰⴷⵓⵙ',
    receivedAt: 'ⵉⵍⴽⵎ ⴷ',
    trackingCode: 'ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⴹⴼⴰⵕ',
    reassign: 'ⴼⴽ ⵜ ⵉ ⵢⴰⵏ ⵢⴰⴹⵏ',
    logCallForCase: 'ⵙⵊⵊⵍ ⵜⵉⵖⵔⵉ ⵉ ⵓⵙⴰⴷⵓⵙ ⴰ',
    backToQueue: 'ⴰⵖⵓⵍ ⵖⵔ ⵜⵍⴳⴰⵎⵜ',
    staleVersion:
      'ⵉⵙⵏⴼⵍ ⵢⴰⵏ ⵢⴰⴹⵏ ⴰⵙⴰⴷⵓⵙ ⴰ ⵎⵏⵉⴷ ⵜⵅⴷⴷⵎⴷ ⴼⵍⴰⵙ. ⵉⴼⴼⵖ ⴷ ⵓⵙⴰⴷⵓⵙ ⴰⵎⴰⵢⵏⵓ; ⵎⴰⵢⴷ ⵜⵓⵔⵉⴷ ⵉⵇⵇⵉⵎ. ⵙⵙⵓⴷⵙ ⵜ ⵜⵙⵊⵊⵍⴷ ⵜ ⴷⴰⵖ.',
    understood: 'ⵉⵜⵜⵓⴼⵀⵎ',
    lastSaved: 'ⴰⵙⵊⵊⵍ ⴰⵏⴳⴳⴰⵔⵓ:',
    intakeTitle: 'ⵜⵉⵔⴰⵔⵉⵏ ⵏⵏⵙ ⴳ ⵍⴰⴱⵍⵉⴽⴰⵙⵢⵓⵏ',
    intakeHint: 'ⵜⵔⴰⵔ ⵅⴼ ⵉⵙⵇⵙⵉⵜⵏ ⴰ: ⵓⵔ ⴰⵙ ⵜⵏ ⵜⵄⴰⵡⴷⴷ.',
    intakeReporter: 'ⵡⵉⵏⵏⴰ ⵉⵙⵎⵍⵏ',
    intakeSafeNow: 'ⵜⵍⵍⴰ ⴳ ⵜⵏⴼⵍⵓⵜ ⴷⵖⵉ',
    intakeWhen: 'ⵎⴰⵍⵎⵉ',
    intakeHarms: 'ⵎⴰⵢⴷ ⵉⵊⵕⴰⵏ',
    intakePerpetrator: 'ⵡⵉⵏⵏⴰ ⵜ ⵉⵙⴽⵔⵏ',
    intakeContactMethod: 'ⵎⴰⵎⴽ ⴰⴷ ⵜⵜ ⵏⴰⵡⴹ',
    intakeCallWindow: 'ⵎⴰⵍⵎⵉ ⴰⴷ ⴰⵙ ⵏⵖⵔ',
    intakePhone: 'ⵓⵟⵟⵓⵏ ⵏ ⵜⵉⵍⵉⴼⵓⵏ ⵉⵎⵏⵉⵏ',
    intakeCodeWord: 'ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵎⵙⴰⵙⴰ',
    intakeLocation: 'ⴰⴷⵖⴰⵔ ⵏⵏⵙ',
    intakeSharing: 'ⴳ ⵓⵙⵓⵜⵔ ⵏⵏⵙ: ⵜⵇⴱⵍ ⴰⴱⴹⵓ ⵏ ⵉⵙⴰⵍⵍⵏ ⵏⵏⵙ',
    intakeSeeking: 'ⵎⴰⵢⴷ ⵜⵔⵣⵣⵓ',
    intakeAgeBand: 'ⵉⵙⴳⴳⵯⴰⵙⵏ',
    intakeSchooling: 'ⴰⵙⵍⵎⴷ',
    intakeSkills: 'ⵜⵓⵣⵎⵔⵉⵏ',
    intakeChildcare: 'ⵜⵃⵜⴰⵊ ⵡⵉⵏⵏⴰ ⵉⵜⵜⵃⴹⴰⵏ ⵜⴰⵔⵡⴰ ⵏⵏⵙ',
    intakeMobility: 'ⵜⵃⵜⴰⵊ ⴰⵙⵎⵓⵜⵜⵉ',
    riskTitle: 'ⴰⵙⴽⴰⵜⵉ ⵏ ⵍⵅⴰⵟⴰⵔ',
    noRiskYet: 'ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵙⴽⴰⵜⵉ ⴰⵔ ⴷⵖⵉ.',
    riskPrefilled: 'ⵜⵉⵔⴰⵔⵉⵏ ⵜⵉⵏⴳⴳⵓⵔⴰ ⵏⵏⵙ ⵍⵍⴰⵏⵜ ⴷⵉⴳⵙ: ⵙⵙⵓⴷⵙ ⵜⵏⵜ ⴷⵉⴷⵙ ⵜⵙⵏⴼⵍⴷ ⵎⴰⵢⴷ ⵓⵔ ⵉⴳⵉⵏ ⴰⵎⵢⴰ.',
    riskFirst: 'ⵓⵔ ⵍⵍⵉⵏⵜ ⵜⵉⵔⴰⵔⵉⵏ ⵣⵉⴽ: ⵙⵇⵙⴰ ⴽⵓ ⴰⵙⵇⵙⵉ; ⴰⴷⵊ «ⵓⵔ ⵙⵙⵉⵏⵖ» ⵎⴽ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵔⴰⵔ.',
    riskScore: (score, total) => `ⵜⴰⵏⵇⵇⵉⴹⵜ ${String(score)} ⵙⴳ ${String(total)}`,
    redFlagMark: '(ⴰⵏⵎⴰⵍ ⵏ ⵍⵅⴰⵟⴰⵔ)',
    redFlags: 'ⵉⵏⵎⴰⵍⵏ ⵏ ⵍⵅⴰⵟⴰⵔ',
    finalLevel: 'ⴰⵙⵡⵉⵔ ⵉⵜⵜⵓⵙⵜⴰⵢⵏ',
    overrideLevel: 'ⵜⴰⵎⵓⵙⵙⵏⵜ ⵏⵏⴽ',
    overrideHint: 'ⴰⵟⵟⴼ ⴰⵙⵡⵉⵔ ⵉⵜⵜⵓⵙⵙⵉⴹⵏ, ⵏⵖ ⵙⵜⵢ ⵢⴰⵏ ⵢⴰⴹⵏ ⵙ ⵜⵎⵏⵜⵉⵍⵜ.',
    keepComputedLevel: (level) => `ⴰⵟⵟⴼ ⴰⵙⵡⵉⵔ ⵉⵜⵜⵓⵙⵙⵉⴹⵏ (${level})`,
    overrideReason: 'ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⵙⵡⵉⵔ ⴰ',
    overrideReasonNeeded: 'ⵉⵏⵉ ⵎⴰⵅ ⵜⵙⵜⴰⵢⴷ ⴰⵙⵡⵉⵔ ⵢⴰⴹⵏ.',
    saveRisk: 'ⵙⵊⵊⵍ ⴰⵙⴽⴰⵜⵉ',
    riskSaved: 'ⵉⵜⵜⵓⵙⵊⵍ ⵓⵙⴽⴰⵜⵉ.',
    fromHerApp: 'ⵙⴳ ⵍⴰⴱⵍⵉⴽⴰⵙⵢⵓⵏ',
    urgentPathTitle: 'ⴰⴱⵔⵉⴷ ⵏ ⵍⵅⴰⵟⴰⵔ',
    serviceDgsn: 'ⵜⴰⵏⴼⵍⵓⵜ ⵜⴰⵏⴰⵎⵓⵔⵜ',
    serviceGendarmerie: 'ⵍⵊⴰⴷⴰⵔⵎ ⴰⴳⵍⴷⴰⵏ',
    reasonUrban: 'ⵜⵍⵍⴰ ⴳ ⵜⵎⴷⵉⵏⵜ',
    reasonRural: 'ⵜⵍⵍⴰ ⴳ ⵓⴷⵡⴰⵔ',
    reasonUnknownArea: 'ⵓⵔ ⵏⵙⵙⵏ ⵎⴰ ⵜⵍⵍⴰ ⴳ ⵜⵎⴷⵉⵏⵜ ⵏⵖ ⴳ ⵓⴷⵡⴰⵔ: ⵙⵇⵙⴰ ⵜⵜ',
    prosecutionTitle: 'ⵜⴰⵖⵔⴼⵜ ⵏ ⵍⵏⵉⴱⴰⴱⴰ',
    noInstitutionFound: 'ⵓⵔ ⵏⵓⴼⵉ ⴽⵔⴰ ⵏ ⵍⵎⵓⵙⴰⵙⴰ ⵉ ⵓⴷⵖⴰⵔ ⴰ.',
    timelineTitle: 'ⴰⵣⵎⵣ ⵏ ⵓⵙⴰⴷⵓⵙ',
    noTimeline: 'ⵓⵔ ⵉⵜⵜⵓⵙⵊⵍ ⵡⴰⵍⵓ ⴰⵔ ⴷⵖⵉ.',
    tlCaseCreated: 'ⵉⵜⵜⵓⵕⵥⵎ ⵓⵙⴰⴷⵓⵙ',
    tlCaseClaimed: 'ⵉⵜⵜⵓⵟⵟⴼ',
    tlCaseReleased: 'ⵉⵖⵓⵍ ⵖⵔ ⵜⵍⴳⴰⵎⵜ',
    tlCaseReassigned: 'ⵉⵜⵜⵓⴼⴽⴰ ⵉ ⵢⴰⵏ ⵢⴰⴹⵏ',
    tlStatusChanged: 'ⵉⵜⵜⵓⵙⵏⴼⵍ ⵓⴷⴷⴰⴷ',
    tlCaseUpdated: 'ⵉⵜⵜⵓⵙⵏⴼⵍ ⵓⵙⴰⴷⵓⵙ',
    tlContactLogged: 'ⵜⵜⵓⵙⵊⵍ ⵜⵉⵖⵔⵉ',
    tlRiskAssessed: 'ⵉⵜⵜⵓⵙⴽⴰⵜ ⵍⵅⴰⵟⴰⵔ',
    tlConsentRecorded: 'ⵉⵜⵜⵓⵙⵊⵍ ⵓⵇⴱⴰⵍ',
    tlConsentWithdrawn: 'ⵉⵜⵜⵓⴽⴽⵙ ⵓⵇⴱⴰⵍ',
    tlIncidentRecorded: 'ⵜⵜⵓⵙⵊⵍ ⵜⴷⵢⴰⵏⵜ',
    tlFollowUpCreated: 'ⵉⵜⵜⵓⵙⵡⵓⴷⴷⵓ ⵓⴹⴼⴰⵕ',
    tlFollowUpDone: 'ⵉⵜⵜⵓⵙⴽⴰⵔ ⵓⴹⴼⴰⵕ',
    tlMessageSent: 'ⵜⵜⵓⵣⵏ ⵜⵓⵣⵉⵏⵜ',
    tlSafetyPlanUpdated: 'ⵉⵜⵜⵓⵙⵏⴼⵍ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⵏⴼⵍⵓⵜ',
  },
  en: {
    caseTitle: 'Case',
    caseBadges: 'Case summary',
    receivedAt: 'Received',
    trackingCode: 'Tracking code',
    reassign: 'Reassign',
    logCallForCase: 'Log a call for this case',
    backToQueue: 'Back to the queue',
    staleVersion:
      'Someone else changed this case while you were working on it. The latest version is now shown; what you typed in the forms is kept. Check it, then save again.',
    understood: 'Understood',
    lastSaved: 'Last saved:',
    intakeTitle: 'Her answers in the app',
    intakeHint: 'She has already answered these: do not ask her again.',
    intakeReporter: 'Who reported',
    intakeSafeNow: 'Safe now',
    intakeWhen: 'When it happened',
    intakeHarms: 'What happened',
    intakePerpetrator: 'Who did it',
    intakeContactMethod: 'How to reach her',
    intakeCallWindow: 'When to call',
    intakePhone: 'Safe phone number',
    intakeCodeWord: 'Agreed code word',
    intakeLocation: 'Where she is',
    intakeSharing: 'When she asked: agreed to her information being shared',
    intakeSeeking: 'What she is looking for',
    intakeAgeBand: 'Age',
    intakeSchooling: 'Schooling',
    intakeSkills: 'Skills',
    intakeChildcare: 'Needs childcare',
    intakeMobility: 'Needs transport',
    riskTitle: 'Risk assessment',
    noRiskYet: 'No assessment yet.',
    riskPrefilled:
      'Prefilled with her latest answers: check them with her and change what is no longer true.',
    riskFirst: 'No earlier answers: ask each question; leave “I do not know” where she cannot say.',
    riskScore: (score, total) => `Score ${String(score)} of ${String(total)}`,
    redFlagMark: '(red flag)',
    redFlags: 'Red flags',
    finalLevel: 'level kept',
    overrideLevel: 'Your professional judgement',
    overrideHint: 'Keep the computed level, or choose another and give the reason.',
    keepComputedLevel: (level) => `Keep the computed level (${level})`,
    overrideReason: 'Reason for this level',
    overrideReasonNeeded: 'Say why you chose another level.',
    saveRisk: 'Save the assessment',
    riskSaved: 'Assessment saved.',
    fromHerApp: 'from her app',
    urgentPathTitle: 'Urgent path',
    serviceDgsn: 'National Security (DGSN)',
    serviceGendarmerie: 'Royal Gendarmerie',
    reasonUrban: 'she is in a town',
    reasonRural: 'she is in the countryside',
    reasonUnknownArea: 'town or countryside not known: check with her',
    prosecutionTitle: 'Public prosecution cell',
    noInstitutionFound: 'No institution found for this place.',
    timelineTitle: 'Timeline',
    noTimeline: 'Nothing recorded yet.',
    tlCaseCreated: 'Case opened',
    tlCaseClaimed: 'Taken',
    tlCaseReleased: 'Handed back to the queue',
    tlCaseReassigned: 'Reassigned',
    tlStatusChanged: 'Status changed',
    tlCaseUpdated: 'Case changed',
    tlContactLogged: 'Call or contact logged',
    tlRiskAssessed: 'Risk assessed',
    tlConsentRecorded: 'Consent recorded',
    tlConsentWithdrawn: 'Consent withdrawn',
    tlIncidentRecorded: 'Incident recorded',
    tlFollowUpCreated: 'Follow-up planned',
    tlFollowUpDone: 'Follow-up done',
    tlMessageSent: 'Message sent',
    tlSafetyPlanUpdated: 'Safety plan changed',
  },
};
