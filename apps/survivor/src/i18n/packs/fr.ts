import words from 'virtual:locale-words/fr';
import { fr as f } from '../flow-messages/fr.ts';
import type { JourneyPack } from '../pack.ts';

/** Everything the journeys say, in this one language: its own chunk, fetched when needed. */
export const pack: JourneyPack = { f, words };
