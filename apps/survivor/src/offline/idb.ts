import type { SealedStore } from './outbox.ts';

/**
 * The survivor app's one IndexedDB database. Its name and stores are deliberately plain: someone
 * browsing the phone's site data sees "app", not what it is for.
 */
const DB_NAME = 'app';
const OUTBOX = 'outbox';
const KEYS = 'keys';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('IndexedDB request failed'));
    };
  });
}

export function openDatabase(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  const open = factory.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore(OUTBOX);
    open.result.createObjectStore(KEYS);
  };
  return request(open);
}

function store(db: IDBDatabase, name: string, mode: IDBTransactionMode): IDBObjectStore {
  return db.transaction(name, mode).objectStore(name);
}

/** The device key, created on first use; the CryptoKey object is stored, never its bytes. */
export async function deviceKey(
  db: IDBDatabase,
  generate: () => Promise<CryptoKey>,
): Promise<CryptoKey> {
  const existing = (await request(store(db, KEYS, 'readonly').get('outbox'))) as
    CryptoKey | undefined;
  if (existing) return existing;
  const key = await generate();
  await request(store(db, KEYS, 'readwrite').put(key, 'outbox'));
  return key;
}

export function idbStore(db: IDBDatabase): SealedStore {
  return {
    async all() {
      const os = store(db, OUTBOX, 'readonly');
      const [keys, values] = await Promise.all([
        request(os.getAllKeys()),
        request(os.getAll() as IDBRequest<Uint8Array[]>),
      ]);
      return keys.map((id, index) => ({
        id: id as string,
        sealed: values[index] ?? new Uint8Array(),
      }));
    },
    async put(id, sealed) {
      await request(store(db, OUTBOX, 'readwrite').put(sealed, id));
    },
    async remove(id) {
      await request(store(db, OUTBOX, 'readwrite').delete(id));
    },
  };
}
