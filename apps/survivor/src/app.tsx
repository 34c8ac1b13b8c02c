import { LanguageSwitch } from '@sanad/web';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Receipt } from './api/types.ts';
import { EmergencyNumbers } from './components/emergency-numbers.tsx';
import { Home } from './components/home.tsx';
import { LazyScreen } from './components/lazy-screen.tsx';
import { OutboxBanner } from './components/outbox-banner.tsx';
import { QuickExitButton } from './components/quick-exit-button.tsx';
import type { FlowProps } from './flows/flow-props.ts';
import { applyLocale, deviceStorage, saveLocale, type Locale } from './i18n/locale.ts';
import { messages, type ActionId } from './i18n/messages.ts';
import type { Outbox, OutboxEntry } from './offline/outbox.ts';
import { onQuickExit } from './quick-exit.ts';

/** Which screen is showing. No router: screens are state, so the URL never reveals a journey. */
type Screen =
  | { readonly kind: 'home' }
  | { readonly kind: 'flow'; readonly action: ActionId }
  | { readonly kind: 'safety' }
  | { readonly kind: 'kept'; readonly id: string; readonly receipt: Receipt };

// Each journey is its own chunk: the first screen carries none of them.
const loaders = {
  danger: () => import('./flows/urgent-flow.tsx').then((m) => m.UrgentFlow),
  report: () => import('./flows/report-flow.tsx').then((m) => m.ReportFlow),
  support: () => import('./flows/support-flow.tsx').then((m) => m.SupportFlow),
  follow: () => import('./flows/follow-flow.tsx').then((m) => m.FollowFlow),
} as const;
const loadSafety = () => import('./flows/safety-page.tsx').then((m) => m.SafetyPage);
const loadKept = () => import('./flows/kept-receipt.tsx').then((m) => m.KeptReceipt);

/** The outbox and its sender, loaded after the first paint (IndexedDB, WebCrypto). */
const loadOutbox = () => import('./offline/device-outbox.ts');
const openOutbox = (): Promise<Outbox | null> => loadOutbox().then((m) => m.deviceOutbox());

/** While something waits to be sent, try again this often even without an "online" event. */
const RETRY_MS = 20_000;

export function App({ initialLocale }: { readonly initialLocale: Locale }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [screen, setScreen] = useState<Screen>({ kind: 'home' });
  const [kept, setKept] = useState<readonly OutboxEntry[]>([]);
  const lastAction = useRef<string | null>(null);
  const t = messages[locale];

  useEffect(() => {
    applyLocale(document.documentElement, locale);
    saveLocale(deviceStorage(), locale);
    // Tifinagh glyphs are missing on many phones: fetch the font only for Tamazight readers.
    if (locale === 'zgh') void import('@fontsource/noto-sans-tifinagh/tifinagh-400.css');
  }, [locale]);

  useEffect(() => {
    // The two journeys a woman in danger opens first are fetched once the home screen is idle,
    // so on a slow link the tap opens a form already on the phone (measured in `npm run bench`:
    // survivor_form_ready_slow_ms). Not when the browser asks to save data.
    const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
    if (connection?.saveData === true) return undefined;
    const warm = () => {
      void loaders.danger();
      void loaders.report();
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(warm, { timeout: 2000 });
      return () => {
        cancelIdleCallback(handle);
      };
    }
    const timer = setTimeout(warm, 500);
    return () => {
      clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    // Back on the home screen, keyboard focus returns to the choice she had opened.
    if (screen.kind === 'home' && lastAction.current) {
      document.querySelector<HTMLElement>(`[data-action="${lastAction.current}"]`)?.focus();
    }
  }, [screen]);

  const refresh = useCallback(async () => {
    const outbox = await openOutbox();
    setKept(outbox ? await outbox.entries() : []);
  }, []);

  const flush = useCallback(async () => {
    const [module, outbox] = await Promise.all([loadOutbox(), openOutbox()]);
    if (!outbox) return;
    await outbox.flush(module.sender(locale));
    setKept(await outbox.entries());
  }, [locale]);

  useEffect(() => {
    // Send what waits on this phone: at start, whenever the network returns, and now and then.
    const tryNow = () => {
      void flush().catch(() => undefined);
    };
    tryNow();
    window.addEventListener('online', tryNow);
    return () => {
      window.removeEventListener('online', tryNow);
    };
  }, [flush]);

  const waiting = kept.some((entry) => entry.state === 'pending');
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => {
      void flush().catch(() => undefined);
    }, RETRY_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, [waiting, flush]);

  useEffect(
    () =>
      onQuickExit(() => {
        setScreen({ kind: 'home' });
        setKept([]);
      }),
    [],
  );

  const home = () => {
    setScreen({ kind: 'home' });
  };
  const flowProps: FlowProps = {
    locale,
    t,
    onHome: home,
    outbox: openOutbox,
    onKept: () => {
      void refresh();
    },
  };

  return (
    <>
      <header class="bar">
        <p class="brand">{t.brand}</p>
        <QuickExitButton label={t.quickExit} hint={t.quickExitHint} />
      </header>
      <LanguageSwitch locale={locale} label={t.languageSwitch} onChange={setLocale} />
      <main class="content">
        {screen.kind === 'home' ? (
          <>
            <OutboxBanner
              t={t}
              entries={kept}
              onShow={(entry) => {
                if (entry.state === 'delivered') {
                  setScreen({ kind: 'kept', id: entry.id, receipt: entry.receipt });
                }
              }}
              onDismiss={(entry) => {
                void openOutbox()
                  .then((outbox) => outbox?.dismiss(entry.id))
                  .then(refresh);
              }}
            />
            <Home
              t={t}
              onChoose={(action) => {
                lastAction.current = action;
                setScreen({ kind: 'flow', action });
              }}
              onSafety={() => {
                lastAction.current = 'safety';
                setScreen({ kind: 'safety' });
              }}
            />
          </>
        ) : screen.kind === 'flow' ? (
          <LazyScreen
            key={screen.action}
            t={t}
            load={loaders[screen.action]}
            render={(Flow) => <Flow {...flowProps} />}
          />
        ) : screen.kind === 'safety' ? (
          <LazyScreen
            key="safety"
            t={t}
            load={loadSafety}
            render={(Page) => <Page {...flowProps} />}
          />
        ) : (
          <LazyScreen
            key={`kept-${screen.id}`}
            t={t}
            load={loadKept}
            render={(Kept) => (
              <Kept
                locale={locale}
                t={t}
                receipt={screen.receipt}
                onNoted={() => {
                  // Noted: the receipt leaves the phone.
                  void openOutbox()
                    .then((outbox) => outbox?.dismiss(screen.id))
                    .then(refresh)
                    .then(home);
                }}
              />
            )}
          />
        )}
        <EmergencyNumbers t={t} />
      </main>
    </>
  );
}
