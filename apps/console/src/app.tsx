import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { loadMe } from './api/auth.ts';
import { createApiClient } from './api/client.ts';
import type { Me } from './api/types.ts';
import { LanguageSwitch } from '@sanad/web';
import { AppShell } from './components/shell/app-shell.tsx';
import { SignInPage, type SignInNotice } from './components/sign-in/sign-in-page.tsx';
import { TerritoryStatus } from './components/territory-status.tsx';
import { ConsoleContext } from './context.ts';
import { applyLocale, deviceStorage, saveLocale, type Locale } from './i18n/locale.ts';
import { messages } from './i18n/messages.ts';
import { titleWithCount } from './live/attention.ts';

/** Who is using the console: still being checked, nobody (and why), or a signed-in person. */
type Session =
  | { readonly kind: 'checking' }
  | { readonly kind: 'signed_out'; readonly notice?: SignInNotice }
  | { readonly kind: 'signed_in'; readonly me: Me };

export function App({ initialLocale }: { readonly initialLocale: Locale }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [session, setSession] = useState<Session>({ kind: 'checking' });
  // Urgent alerts waiting: the tab title counts them, in neutral words ("(1) Sanad — console").
  const [alarms, setAlarms] = useState(0);
  const t = messages[locale];

  // The client outlives renders; it reads the language at each request.
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const api = useMemo(
    () =>
      createApiClient({
        fetchFn: (input, init) => fetch(input, init),
        locale: () => localeRef.current,
        onSessionEnded: () => {
          setSession((current) =>
            current.kind === 'signed_in'
              ? { kind: 'signed_out', notice: 'session_ended' }
              : current,
          );
        },
      }),
    [],
  );
  const context = useMemo(() => ({ api, locale, t }), [api, locale, t]);

  useEffect(() => {
    applyLocale(document.documentElement, locale);
    saveLocale(deviceStorage(), locale);
  }, [locale]);

  useEffect(() => {
    document.title = titleWithCount(t.title, session.kind === 'signed_in' ? alarms : 0);
  }, [t, alarms, session.kind]);

  useEffect(() => {
    loadMe(api).then(
      (me) => {
        setSession(me ? { kind: 'signed_in', me } : { kind: 'signed_out' });
      },
      () => {
        // The server could not say: offer the sign-in, which reports the problem if it lasts.
        setSession({ kind: 'signed_out' });
      },
    );
  }, [api]);

  return (
    <ConsoleContext.Provider value={context}>
      <header class="bar">
        <h1>{t.title}</h1>
        <LanguageSwitch locale={locale} label={t.languageSwitch} onChange={setLocale} />
      </header>
      {session.kind === 'signed_in' ? (
        <AppShell
          me={session.me}
          onMeChanged={(me) => {
            setSession({ kind: 'signed_in', me });
          }}
          onSignedOut={() => {
            window.location.hash = '#/';
            setSession({ kind: 'signed_out', notice: 'signed_out' });
          }}
          onAlarmCount={setAlarms}
        />
      ) : (
        <main class="content content--sign-in" id="main">
          {session.kind === 'checking' ? (
            <p class="loading card" role="status">
              {t.loading}
            </p>
          ) : (
            <SignInPage
              notice={session.notice}
              onSignedIn={(me) => {
                setSession({ kind: 'signed_in', me });
              }}
            />
          )}
          <TerritoryStatus t={t} />
        </main>
      )}
    </ConsoleContext.Provider>
  );
}
