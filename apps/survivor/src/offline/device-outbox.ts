import { publicApi } from '../api/client.ts';
import type { Locale } from '../i18n/locale.ts';
import { deviceKey, idbStore, openDatabase } from './idb.ts';
import { Outbox, type Exclusive, type Send } from './outbox.ts';
import { generateDeviceKey, webCryptoSealer } from './web-crypto-sealer.ts';

let opening: Promise<Outbox | null> | undefined;

/** One tab at a time flushes (Web Locks where the browser has them). */
const acrossTabs: Exclusive = (task) =>
  typeof navigator !== 'undefined' && 'locks' in navigator
    ? navigator.locks.request('outbox', task)
    : task();

/**
 * This device's outbox, opened once per page. `null` when the browser refuses IndexedDB or
 * WebCrypto (some private modes): then nothing can be kept, and she is told to try again.
 */
export function deviceOutbox(): Promise<Outbox | null> {
  opening ??= (async () => {
    try {
      const db = await openDatabase();
      const key = await deviceKey(db, () => generateDeviceKey());
      return new Outbox(idbStore(db), webCryptoSealer(key), acrossTabs);
    } catch {
      return null;
    }
  })();
  return opening;
}

/** Sends outbox entries in the language she is using now (for the server's messages). */
export function sender(locale: Locale): Send {
  const api = publicApi((input, init) => fetch(input, init), locale);
  return (submission, key) => api.submit(submission, key);
}
