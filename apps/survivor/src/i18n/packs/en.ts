import words from 'virtual:locale-words/en';
import { en as f } from '../flow-messages/en.ts';
import type { JourneyPack } from '../pack.ts';

/** Everything the journeys say, in this one language: its own chunk, fetched when needed. */
export const pack: JourneyPack = { f, words };
