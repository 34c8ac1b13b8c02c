import { LanguageSwitch } from '@sanad/web';
import type { ComponentType } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Receipt } from './api/types.ts';
import { EmergencyNumbers } from './components/emergency-numbers.tsx';
import { Home } from './components/home.tsx';
import { LazyScreen } from './components/lazy-screen.tsx';
import { OutboxBanner } from './components/outbox-banner.tsx';
import { QuickExitButton } from './components/quick-exit-button.tsx';
import {
  BUILT_IN_NUMBERS,
  fetchNumbers,
  keepNumbers,
  keptNumbers,
  type EmergencyNumber,
} from './emergency/numbers.ts';
import type { FlowProps } from './flows/flow-props.ts';
import type { KeptReceipt } from './flows/kept-receipt.tsx';
import { applyLocale, deviceStorage, saveLocale, type Locale } from './i18n/locale.ts';
import { messages, type ActionId } from './i18n/messages.ts';
import { loadedPack, loadPack } from './i18n/pack.ts';
import type { Outbox, OutboxEntry } from './offline/outbox.ts';
import { loader, type Loader } from './lazy.ts';
import { onQuickExit } from './quick-exit.ts';

/** Which screen is showing. No router: screens are state, so the URL never reveals a journey. */
type Screen =
  | { readonly kind: 'home' }
  | { readonly kind: 'flow'; readonly action: ActionId }
  | { readonly kind: 'safety' }
  | { readonly kind: 'kept'; readonly id: string; readonly receipt: Receipt };

// Each journey is its own chunk: the first screen's code carries none of them. The page itself
// preloads the report form, "I am in danger now" and the Arabic words (vite.config.ts), so on a
// slow link they arrive with the first screen instead of one or two round trips after a tap.
const loaders = {
  danger: loader(() => import('./flows/urgent-flow.tsx').then((m) => m.UrgentFlow)),
  report: loader(() => import('./flows/report-flow.tsx').then((m) => m.ReportFlow)),
  support: loader(() => import('./flows/support-flow.tsx').then((m) => m.SupportFlow)),
  follow: loader(() => import('./flows/follow-flow.tsx').then((m) => m.FollowFlow)),
} as const;
const loadSafety = loader(() => import('./flows/safety-page.tsx').then((m) => m.SafetyPage));
const loadKept = loader(() => import('./flows/kept-receipt.tsx').then((m) => m.KeptReceipt));

/** The outbox and its sender, loaded after the first paint (IndexedDB, WebCrypto). */
const loadOutbox = () => import('./offline/device-outbox.ts');
const openOutbox = (): Promise<Outbox | null> => loadOutbox().then((m) => m.deviceOutbox());

/** While something waits to be sent, try again this often even without an "online" event. */
const RETRY_MS = 20_000;

/** A journey with its words: shown once both are on the phone (at once if they already are). */
function withPack<T>(screen: Loader<T>, locale: Locale) {
  return {
    load: (): Promise<T> => Promise.all([screen(), loadPack(locale)]).then(([loaded]) => loaded),
    peek: (): T | undefined => (loadedPack(locale) ? screen.peek() : undefined),
  };
}

export function App({ initialLocale }: { readonly initialLocale: Locale }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [screen, setScreen] = useState<Screen>({ kind: 'home' });
  const [kept, setKept] = useState<readonly OutboxEntry[]>([]);
  // The last list fetched on this phone, else the built-in one: shown at first paint, offline too.
  const [numbers, setNumbers] = useState<readonly EmergencyNumber[]>(
    () => keptNumbers(deviceStorage()) ?? BUILT_IN_NUMBERS,
  );
  const lastAction = useRef<string | null>(null);
  const t = messages[locale];
  const onHome = screen.kind === 'home';

  /**
   * A journey on screen switches language only once its words are on the phone (one round trip
   * on a slow link), so she never sees a half-translated form; the home screen switches at once.
   */
  const changeLocale = (next: Locale) => {
    if (onHome || loadedPack(next)) {
      setLocale(next);
      void loadPack(next).catch(() => undefined);
      return;
    }
    loadPack(next).then(
      () => {
        setLocale(next);
      },
      () => undefined,
    );
  };

  useEffect(() => {
    applyLocale(document.documentElement, locale);
    saveLocale(deviceStorage(), locale);
    // Tifinagh glyphs are missing on many phones: fetch the font only for Tamazight readers.
    if (locale === 'zgh') void import('@fontsource/noto-sans-tifinagh/tifinagh-400.css');
  }, [locale]);

  const refreshNumbers = useCallback(async () => {
    const fetched = await fetchNumbers((input, init) => fetch(input, init));
    if (!fetched) return;
    setNumbers(fetched);
    keepNumbers(deviceStorage(), fetched);
  }, []);

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
  const flushNow = useRef(flush);
  flushNow.current = flush;

  useEffect(() => {
    // Once the home screen is idle: the two journeys a woman in danger opens first and her
    // words are made ready (fetched if the page did not preload them), so a tap shows the form
    // at once (`npm run bench`: survivor_form_ready_slow_ms); THEN the outbox and the numbers'
    // update, which must not share the slow link with them. Nothing is warmed when the browser
    // asks to save data.
    const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
    const warm = async () => {
      if (connection?.saveData !== true) {
        await Promise.allSettled([loaders.report(), loaders.danger(), loadPack(locale)]);
      }
      void flushNow.current().catch(() => undefined);
      void refreshNumbers();
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => void warm(), { timeout: 2000 });
      return () => {
        cancelIdleCallback(handle);
      };
    }
    const timer = setTimeout(() => void warm(), 500);
    return () => {
      clearTimeout(timer);
    };
    // Once per page: a language change does not warm anything again.
  }, []);

  useEffect(() => {
    // Back on the home screen, keyboard focus returns to the choice she had opened.
    if (screen.kind === 'home' && lastAction.current) {
      document.querySelector<HTMLElement>(`[data-action="${lastAction.current}"]`)?.focus();
    }
  }, [screen]);

  useEffect(() => {
    // Send what waits on this phone: once the home screen is idle (above), whenever the network
    // returns, and now and then. The numbers are asked for again when the network returns.
    const tryNow = () => {
      void flush().catch(() => undefined);
      void refreshNumbers();
    };
    window.addEventListener('online', tryNow);
    return () => {
      window.removeEventListener('online', tryNow);
    };
  }, [flush, refreshNumbers]);

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
  // Read when a journey renders (its loader waited for the pack; a language change waits too).
  const flowProps = (): FlowProps | null => {
    const pack = loadedPack(locale);
    return pack
      ? {
          locale,
          t,
          pack,
          numbers,
          onHome: home,
          outbox: openOutbox,
          onKept: () => {
            void refresh();
          },
        }
      : null;
  };
  const loading = (
    <p class="panel" role="status">
      {t.loading}
    </p>
  );

  return (
    <>
      <header class="bar">
        <p class="brand">{t.brand}</p>
        <QuickExitButton label={t.quickExit} hint={t.quickExitHint} />
      </header>
      <LanguageSwitch locale={locale} label={t.languageSwitch} onChange={changeLocale} />
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
            {...withPack<ComponentType<FlowProps>>(loaders[screen.action], locale)}
            render={(Flow: ComponentType<FlowProps>) => {
              const props = flowProps();
              return props ? <Flow {...props} /> : loading;
            }}
          />
        ) : screen.kind === 'safety' ? (
          <LazyScreen
            key="safety"
            t={t}
            {...withPack<ComponentType<FlowProps>>(loadSafety, locale)}
            render={(Page: ComponentType<FlowProps>) => {
              const props = flowProps();
              return props ? <Page {...props} /> : loading;
            }}
          />
        ) : (
          <LazyScreen
            key={`kept-${screen.id}`}
            t={t}
            {...withPack(loadKept, locale)}
            render={(Kept: typeof KeptReceipt) => {
              const props = flowProps();
              return props ? (
                <Kept
                  t={t}
                  pack={props.pack}
                  receipt={screen.receipt}
                  onNoted={() => {
                    // Noted: the receipt leaves the phone.
                    void openOutbox()
                      .then((outbox) => outbox?.dismiss(screen.id))
                      .then(refresh)
                      .then(home);
                  }}
                />
              ) : (
                loading
              );
            }}
          />
        )}
        <EmergencyNumbers t={t} locale={locale} numbers={numbers} />
      </main>
    </>
  );
}
