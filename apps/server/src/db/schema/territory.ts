import { pgTable, text } from 'drizzle-orm/pg-core';

export const regions = pgTable('regions', {
  code: text().primaryKey(),
  isoCode: text('iso_code').notNull(),
  nameAr: text('name_ar').notNull(),
  nameFr: text('name_fr').notNull(),
  nameZgh: text('name_zgh').notNull(),
  nameEn: text('name_en').notNull(),
});

export const provinces = pgTable('provinces', {
  code: text().primaryKey(),
  regionCode: text('region_code').notNull(),
  isoCode: text('iso_code').notNull(),
  kind: text().$type<'prefecture' | 'province'>().notNull(),
  nameAr: text('name_ar').notNull(),
  nameFr: text('name_fr').notNull(),
  nameZgh: text('name_zgh').notNull(),
  nameEn: text('name_en').notNull(),
});
