import type { Locale } from '../locale.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import type { FlowMessages } from './types.ts';
import { zgh } from './zgh.ts';

export type { Consent, FlowMessages } from './types.ts';
export { fill } from './fill.ts';

/**
 * The four catalogues side by side, for the tests that compare them. The app never imports this
 * module: each journey gets its one language through `loadPack` (i18n/pack.ts).
 */
export const flowMessages: Readonly<Record<Locale, FlowMessages>> = { ar, fr, zgh, en };
