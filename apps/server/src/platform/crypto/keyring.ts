import type { MasterKey } from '../master-key.ts';

/**
 * The master keys a process may unwrap data keys with: the current one (which wraps every new
 * key) and, while a rotation is under way, the previous ones. Built once at start from the
 * configuration and passed down explicitly — never a global, so tests can hold several.
 */
export interface Keyring {
  readonly current: MasterKey;
  readonly previous: readonly MasterKey[];
}

export function keyringOf(current: MasterKey, previous: readonly MasterKey[] = []): Keyring {
  return { current, previous: previous.filter((key) => key.id !== current.id) };
}

/** The master key with this id, if the keyring holds it. */
export function masterKeyById(keyring: Keyring, id: string): MasterKey | undefined {
  if (keyring.current.id === id) return keyring.current;
  return keyring.previous.find((key) => key.id === id);
}

/** All ids the keyring can unwrap, current first (for error messages and checks). */
export function keyringIds(keyring: Keyring): string[] {
  return [keyring.current.id, ...keyring.previous.map((key) => key.id)];
}
