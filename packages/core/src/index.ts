// @sanad/core: Sanad's domain without I/O. Languages, closed vocabularies, territory, errors.
export * from './i18n/locales.ts';
export * from './vocabulary/define.ts';
export * from './vocabulary/index.ts';
export * from './territory/index.ts';
export * from './errors/index.ts';
export * from './authorization/index.ts';
export * from './intake/index.ts';
export * from './casework/index.ts';
export * from './calls/index.ts';
export * from './referrals/index.ts';
export * from './pathway/index.ts';
export * from './indicators/index.ts';
