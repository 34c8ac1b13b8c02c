import { counted } from '../plural.ts';

/**
 * "3 beds free", in each language: a proposal's reason and the inbox's capacity editor say it
 * the same way.
 */
export const bedsAr = (count: number) =>
  counted('ar', count, {
    zero: 'لا سرير شاغر',
    one: 'سرير واحد شاغر',
    two: 'سريران شاغران',
    few: '# أسرّة شاغرة',
    many: '# سريرًا شاغرًا',
    other: '# سرير شاغر',
  });
export const bedsFr = (count: number) =>
  counted('fr', count, { one: '# lit libre', other: '# lits libres' });
export const bedsZgh = (count: number) =>
  counted('zgh', count, { one: '# ⵓⵙⵓ ⵉⵅⵡⴰⵏ', other: '# ⵏ ⵉⵙⵓⵜⴰ ⵉⵅⵡⴰⵏ' });
export const bedsEn = (count: number) =>
  counted('en', count, { one: '# bed free', other: '# beds free' });
