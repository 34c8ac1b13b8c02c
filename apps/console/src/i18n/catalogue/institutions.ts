import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/** Administration of the referral network's institutions: the list and its filters. */
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
  readonly colCapacity: string;
  readonly colHours: string;
  readonly hoursAlways: string;
  readonly hoursNotGiven: string;
  readonly institutionToggleStale: (name: string) => string;
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
    colCapacity: 'الأماكن (الشاغرة / المجموع)',
    colHours: 'التوقيت',
    hoursAlways: 'مفتوحة 24/24 و7/7',
    hoursNotGiven: 'غير محددة',
    institutionToggleStale: (name) => `عدّل شخص آخر ${name} في الأثناء: حُدّثت القائمة، أعد المحاولة.`,
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
    colCapacity: 'Places (libres / total)',
    colHours: 'Horaires',
    hoursAlways: 'Ouverte 24h/24, 7j/7',
    hoursNotGiven: 'Non renseignés',
    institutionToggleStale: (name) =>
      `${name} a été modifiée entre-temps par quelqu’un d’autre : la liste est à jour, réessayez.`,
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
    colCapacity: 'ⵉⴷⵖⴰⵔⵏ (ⵉⵍⵍⴰⵏ / ⴰⵎⴰⵜⴰ)',
    colHours: 'ⵜⵉⵙⵔⴰⴳⵉⵏ',
    hoursAlways: 'ⵜⵕⵥⵎ 24/7',
    hoursNotGiven: 'ⵓⵔ ⵜⵜⵓⵙⵎⵍⵏⵜ',
    institutionToggleStale: (name) => `ⵉⵙⵏⴼⵍ ⵢⴰⵏ ⵢⴰⴹⵏ ${name}: ⵜⵜⵓⵙⵎⴰⵢⵏⵓ ⵜⵍⴳⴰⵎⵜ, ⴰⵍⵙ ⴰⵔⵎ.`,
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
    colCapacity: 'Places (free / total)',
    colHours: 'Hours',
    hoursAlways: 'Open 24/7',
    hoursNotGiven: 'Not given',
    institutionToggleStale: (name) =>
      `${name} was changed by someone else meanwhile: the list is up to date, try again.`,
  },
};
