import words from 'virtual:locale-words/ar';
import { ar as f } from '../flow-messages/ar.ts';
import type { JourneyPack } from '../pack.ts';

/** Everything the journeys say, in this one language: its own chunk, fetched when needed. */
export const pack: JourneyPack = { f, words };
