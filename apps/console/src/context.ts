import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from './api/client.ts';
import type { Locale } from './i18n/locale.ts';
import type { Messages } from './i18n/messages.ts';

/** What every component of the console may need: the API client and the reader's language. */
export interface ConsoleContextValue {
  readonly api: ApiClient;
  readonly locale: Locale;
  readonly t: Messages;
}

export const ConsoleContext = createContext<ConsoleContextValue | null>(null);

export function useConsole(): ConsoleContextValue {
  const value = useContext(ConsoleContext);
  if (!value) throw new Error('useConsole() outside <ConsoleContext.Provider>');
  return value;
}
