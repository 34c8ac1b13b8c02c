import { render } from 'preact';
import { App } from './app.tsx';
import { applyLocale, deviceStorage, loadLocale } from './i18n/locale.ts';
import '@sanad/web/base.css';
import './styles.css';

const root = document.getElementById('app');
if (root) {
  // Set the language before the first paint, so the page never flips direction on load.
  const locale = loadLocale(deviceStorage());
  applyLocale(document.documentElement, locale);
  render(<App initialLocale={locale} />, root);
}
