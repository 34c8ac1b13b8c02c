import { render } from 'preact';
import { App } from './app.tsx';
import { applyDisguise, disguiseOf } from './disguise.ts';
import { applyLocale, deviceStorage, loadLocale } from './i18n/locale.ts';
import { loadPack } from './i18n/pack.ts';
import { installEscapeExit, onQuickExit, quickExit } from './quick-exit.ts';
import '@sanad/web/base.css';
import './styles.css';

// Escape leaves from any screen and any field, before anything else can catch it.
installEscapeExit(document, () => {
  quickExit(window);
});

// Disguised mode, when the server's page asks for it: neutral title, icon and app name.
applyDisguise(document, disguiseOf(document));

const root = document.getElementById('app');
if (root) {
  // Set the language before the first paint, so a French reader never sees the page flip.
  const locale = loadLocale(deviceStorage());
  applyLocale(document.documentElement, locale);
  // The journeys' words in her language: preloaded by the page for Arabic, fetched now for the
  // others, so the first tap does not wait for them.
  void loadPack(locale).catch(() => undefined);
  render(<App initialLocale={locale} />, root);
  // On quick exit, take everything off the page at once (typed text included): nothing is left
  // in memory for a back-forward cache to show again.
  onQuickExit(() => {
    render(null, root);
  });
}

// The app shell works offline once visited. Only in built apps: a worker would fight Vite's
// development server.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // No worker (private mode, old browser): the app still works online.
    });
  });
}
