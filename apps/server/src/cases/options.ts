import type { Db } from '../db/database.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import type { QueueDeadlines } from '../queue/deadlines.ts';

/** What the helpline's route plugins (queue, cases, calls) are given. */
export interface CaseworkOptions {
  readonly db: Db;
  readonly keyring: Keyring;
  readonly deadlines: QueueDeadlines;
}
