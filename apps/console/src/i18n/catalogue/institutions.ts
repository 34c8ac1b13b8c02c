import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/** Administration of the referral network's institutions. */
export interface InstitutionsMessages {
  readonly institutionsTitle: string;
  readonly institutionsCount: (shown: number) => string;
  readonly newInstitution: string;
  readonly noInstitutions: string;
  readonly filters: string;
  readonly allRegions: string;
  readonly allTypes: string;
  readonly instType: string;
  readonly colPlace: string;
  readonly colServices: string;
  readonly col247: string;
  readonly colCapacity: string;
  readonly createInstitutionTitle: string;
  readonly editInstitutionTitle: (name: string) => string;
  readonly instName: string;
  readonly agency: string;
  readonly agencyHint: string;
  readonly seatProvince: string;
  readonly noSeat: string;
  readonly coverage: string;
  readonly coverageHint: string;
  readonly coverageSelected: (count: number) => string;
  readonly services: string;
  readonly open247: string;
  readonly capacityTotal: string;
  readonly capacityHint: string;
  readonly contact: string;
  readonly phone: string;
  readonly address: string;
  readonly createInstitutionSubmit: string;
  readonly institutionSaved: (name: string) => string;
}

export const institutionsMessages: Readonly<Record<Locale, InstitutionsMessages>> = {
  ar: {
    institutionsTitle: 'المؤسسات',
    institutionsCount: (shown) =>
      counted('ar', shown, {
        zero: 'لا توجد أي مؤسسة',
        one: 'مؤسسة واحدة',
        two: 'مؤسستان',
        few: '# مؤسسات',
        other: '# مؤسسة',
      }),
    newInstitution: 'مؤسسة جديدة',
    noInstitutions: 'لا توجد أي مؤسسة تطابق هذا الاختيار.',
    filters: 'تصفية المؤسسات',
    allRegions: 'كل الجهات',
    allTypes: 'كل الأنواع',
    instType: 'النوع',
    colPlace: 'المكان',
    colServices: 'الخدمات',
    col247: '24/7',
    colCapacity: 'الأماكن (الشاغرة / المجموع)',
    createInstitutionTitle: 'مؤسسة جديدة',
    editInstitutionTitle: (name) => `تعديل ${name}`,
    instName: 'الاسم',
    agency: 'الجهة الوصية',
    agencyHint: 'مثلًا: وزارة العدل، المديرية العامة للأمن الوطني، جمعية.',
    seatProvince: 'المقر (العمالة أو الإقليم)',
    noSeat: 'على مستوى الجهة (بدون مقر إقليمي)',
    coverage: 'الأقاليم والعمالات المشمولة',
    coverageHint: 'الأماكن التي تستقبل المؤسسة النساء القادمات منها.',
    coverageSelected: (count) =>
      counted('ar', count, {
        zero: 'لا شيء محدد',
        one: 'واحد محدد',
        two: 'اثنان محددان',
        few: '# محددة',
        other: '# محددًا',
      }),
    services: 'الخدمات المقدمة',
    open247: 'مفتوحة 24 ساعة في اليوم، 7 أيام في الأسبوع',
    capacityTotal: 'عدد الأماكن الإجمالي',
    capacityHint: 'للإيواء فقط. اتركه فارغًا إن لم يكن مناسبًا.',
    contact: 'الاتصال بالمؤسسة',
    phone: 'الهاتف',
    address: 'العنوان',
    createInstitutionSubmit: 'إنشاء المؤسسة',
    institutionSaved: (name) => `تم حفظ ${name}.`,
  },
  fr: {
    institutionsTitle: 'Institutions',
    institutionsCount: (shown) =>
      shown === 0
        ? 'Aucune institution'
        : counted('fr', shown, { one: '# institution', other: '# institutions' }),
    newInstitution: 'Nouvelle institution',
    noInstitutions: 'Aucune institution ne correspond à ce choix.',
    filters: 'Filtrer les institutions',
    allRegions: 'Toutes les régions',
    allTypes: 'Tous les types',
    instType: 'Type',
    colPlace: 'Lieu',
    colServices: 'Services',
    col247: '24h/24, 7j/7',
    colCapacity: 'Places (libres / total)',
    createInstitutionTitle: 'Nouvelle institution',
    editInstitutionTitle: (name) => `Modifier ${name}`,
    instName: 'Nom',
    agency: 'Autorité de tutelle',
    agencyHint: 'Par exemple\u00a0: ministère de la Justice, DGSN, association.',
    seatProvince: 'Siège (préfecture ou province)',
    noSeat: 'Toute la région (pas de siège provincial)',
    coverage: 'Préfectures et provinces desservies',
    coverageHint: 'Les lieux d’où l’institution accueille des femmes.',
    coverageSelected: (count) =>
      count === 0 ? 'aucune cochée' : counted('fr', count, { one: '# cochée', other: '# cochées' }),
    services: 'Services proposés',
    open247: 'Ouverte 24 heures sur 24, 7 jours sur 7',
    capacityTotal: 'Nombre total de places',
    capacityHint: 'Pour l’hébergement seulement. Laissez vide sinon.',
    contact: 'Contact de l’institution',
    phone: 'Téléphone',
    address: 'Adresse',
    createInstitutionSubmit: 'Créer l’institution',
    institutionSaved: (name) => `${name} enregistrée.`,
  },
  zgh: {
    institutionsTitle: 'ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ',
    institutionsCount: (shown) =>
      counted('zgh', shown, { one: '# ⵜⵎⵙⵙⵓⴷⵓⵙⵜ', other: '# ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵉⵏ' }),
    newInstitution: 'ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ',
    noInstitutions: 'ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵉⵎⵙⴰⵙⴰⵏ ⴷ ⵓⵙⵜⴰⵢ ⴰⴷ.',
    filters: 'ⵙⵙⵜⵢ ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ',
    allRegions: 'ⴽⵓⵍⵍⵓ ⵜⵉⵎⵏⴰⴹⵉⵏ',
    allTypes: 'ⴽⵓⵍⵍⵓ ⵉⵏⴰⵡⵏ',
    instType: 'ⴰⵏⴰⵡ',
    colPlace: 'ⴰⴷⵖⴰⵔ',
    colServices: 'ⵜⵉⵏⴰⴼⵓⵜⵉⵏ',
    col247: 'ⵜⵕⵥⵎ 24/7',
    colCapacity: 'ⵉⴷⵖⴰⵔⵏ (ⵉⵍⵍⴰⵏ / ⴰⵎⴰⵜⴰ)',
    createInstitutionTitle: 'ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ',
    editInstitutionTitle: (name) => `ⵙⵏⴼⵍ ${name}`,
    instName: 'ⵉⵙⵎ',
    agency: 'ⵜⴰⵏⴱⴰⴹⵜ ⵏⵏⴰ ⵜⵜ ⵉⵟⵟⴼⵏ',
    agencyHint: 'ⴰⵎⴻⴷⵢⴰ: ⵜⴰⵎⴰⵡⴰⵙⵜ ⵏ ⵜⵏⵣⵣⴰⵔⵜ, ⵜⴰⵎⵙⵎⵓⵏⵜ.',
    seatProvince: 'ⴰⵙⵉⴳ (ⵜⴰⵙⴳⴰ)',
    noSeat: 'ⵜⴰⵎⵏⴰⴹⵜ ⵎⴰⵕⵕⴰ (ⵓⵔ ⵉⵍⵍⵉ ⵓⵙⵉⴳ ⴳ ⵜⵙⴳⴰ)',
    coverage: 'ⵜⵉⵙⴳⴰⵡⵉⵏ ⵏⵏⴰ ⵜⵇⴰⴷⴰ',
    coverageHint: 'ⵉⴷⵖⴰⵔⵏ ⵏⵏⴰ ⴷ ⴷⴰ ⵜⵜⴰⵙⵏⵜ ⵜⵎⵖⴰⵔⵉⵏ ⵏⵏⴰ ⵜⵜⵉⵏⵖⵎⴰⵙ.',
    coverageSelected: (count) =>
      counted('zgh', count, { one: '# ⵉⵜⵜⵓⵙⵜⴰⵢⵏ', other: '# ⵉⵜⵜⵓⵙⵜⴰⵢⵏ' }),
    services: 'ⵜⵉⵏⴰⴼⵓⵜⵉⵏ',
    open247: 'ⵜⵕⵥⵎ 24 ⵏ ⵜⵙⵔⴰⴳⵉⵏ ⴳ ⵡⴰⵙⵙ, 7 ⵏ ⵡⵓⵙⵙⴰⵏ ⴳ ⵉⵎⴰⵍⴰⵙ',
    capacityTotal: 'ⵎⵏⵛⴽ ⵏ ⵉⴷⵖⴰⵔⵏ ⵙ ⵓⵎⴰⵜⴰ',
    capacityHint: 'ⵉ ⵓⵙⵏⵙ ⵖⴰⵙ. ⴰⵊⵊ ⵜ ⵢⵓⵔⴰ ⵎⴽ ⵓⵔ ⵉⵍⵍⵉ.',
    contact: 'ⴰⵏⵔⴰⵔ ⴷ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ',
    phone: 'ⵜⵉⵍⵉⴼⵓⵏ',
    address: 'ⵜⴰⵏⵙⴰ',
    createInstitutionSubmit: 'ⵙⵏⵓⵍⴼⵓ ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ',
    institutionSaved: (name) => `ⵜⵜⵓⵙⵊⵊⵍ ${name}.`,
  },
  en: {
    institutionsTitle: 'Institutions',
    institutionsCount: (shown) =>
      shown === 0
        ? 'No institutions'
        : counted('en', shown, { one: '# institution', other: '# institutions' }),
    newInstitution: 'New institution',
    noInstitutions: 'No institution matches this choice.',
    filters: 'Filter the institutions',
    allRegions: 'All regions',
    allTypes: 'All types',
    instType: 'Type',
    colPlace: 'Place',
    colServices: 'Services',
    col247: 'Open 24/7',
    colCapacity: 'Places (free / total)',
    createInstitutionTitle: 'New institution',
    editInstitutionTitle: (name) => `Edit ${name}`,
    instName: 'Name',
    agency: 'Supervising authority',
    agencyHint: 'For example: Ministry of Justice, DGSN, an association.',
    seatProvince: 'Seat (prefecture or province)',
    noSeat: 'Whole region (no provincial seat)',
    coverage: 'Prefectures and provinces served',
    coverageHint: 'The places the institution takes women in from.',
    coverageSelected: (count) =>
      count === 0 ? 'none ticked' : counted('en', count, { other: '# ticked' }),
    services: 'Services offered',
    open247: 'Open 24 hours a day, 7 days a week',
    capacityTotal: 'Total number of places',
    capacityHint: 'For shelter only. Leave empty otherwise.',
    contact: 'Contact for the institution',
    phone: 'Phone',
    address: 'Address',
    createInstitutionSubmit: 'Create the institution',
    institutionSaved: (name) => `${name} saved.`,
  },
};
