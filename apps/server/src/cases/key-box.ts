import type { ZodType } from 'zod';
import type { Db } from '../db/database.ts';
import { openDataKey } from '../platform/crypto/data-keys.ts';
import { decryptJson, decryptText, encryptJson, encryptText } from '../platform/crypto/envelope.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';

/**
 * The data keys one request needs, unwrapped on first use and zeroed by `close()`. A case file
 * with nothing encrypted in it never unwraps its key; one whose contacts were encrypted under
 * another key (a call logged before it was attached) unwraps that one too, once.
 */
export class KeyBox {
  readonly #db: Db;
  readonly #keyring: Keyring;
  /** Promises, so two decryptions started together unwrap a key once. */
  readonly #keys = new Map<string, Promise<Buffer>>();
  readonly #opened: Buffer[] = [];

  constructor(db: Db, keyring: Keyring) {
    this.#db = db;
    this.#keyring = keyring;
  }

  #key(id: string): Promise<Buffer> {
    let key = this.#keys.get(id);
    if (!key) {
      key = openDataKey(this.#db, this.#keyring, id).then((opened) => {
        this.#opened.push(opened);
        return opened;
      });
      this.#keys.set(id, key);
    }
    return key;
  }

  async text(keyId: string, blob: Buffer | null, place: string): Promise<string | null> {
    return blob === null ? null : decryptText(await this.#key(keyId), blob, place);
  }

  async json<T>(keyId: string, blob: Buffer, place: string, schema: ZodType<T>): Promise<T> {
    return decryptJson(await this.#key(keyId), blob, place, schema);
  }

  async sealText(keyId: string, text: string, place: string): Promise<Buffer> {
    return encryptText(await this.#key(keyId), text, place);
  }

  async sealJson(keyId: string, value: unknown, place: string): Promise<Buffer> {
    return encryptJson(await this.#key(keyId), value, place);
  }

  close(): void {
    for (const key of this.#opened) key.fill(0);
    this.#opened.length = 0;
    this.#keys.clear();
  }
}

/** Runs `work` with a fresh key box, zeroing every key it opened whatever happens. */
export async function withKeys<T>(
  db: Db,
  keyring: Keyring,
  work: (box: KeyBox) => Promise<T>,
): Promise<T> {
  const box = new KeyBox(db, keyring);
  try {
    return await work(box);
  } finally {
    box.close();
  }
}
