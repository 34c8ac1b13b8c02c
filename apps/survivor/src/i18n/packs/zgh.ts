import words from 'virtual:locale-words/zgh';
import { zgh as f } from '../flow-messages/zgh.ts';
import type { JourneyPack } from '../pack.ts';

/** Everything the journeys say, in this one language: its own chunk, fetched when needed. */
export const pack: JourneyPack = { f, words };
