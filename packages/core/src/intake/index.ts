// `@sanad/core/intake`: what the survivor app needs to ask and label her answers — plain choices
// with their four-language labels, their mapping to legal and statistical codes, and the risk
// checklist. Pure and light on purpose: no zod, no territory data (the app's first screen is
// small), only vocabulary files that depend on nothing but the locale types.
export * from './harm-choices.ts';
export * from './contact-choices.ts';
export * from './support-choices.ts';
export * from './mapping.ts';
export * from '../risk/index.ts';
// Two general vocabularies the survivor's forms also ask about (pure files, like the above).
export { ageBands, type AgeBand } from '../vocabulary/age-bands.ts';
export { areaTypes, type AreaType } from '../vocabulary/area-types.ts';
