import { localeMemory } from '@sanad/web';

export {
  applyLocale,
  DEFAULT_LOCALE,
  deviceStorage,
  ENDONYMS,
  HTML_LANG,
  isLocale,
  LOCALES,
  textDirection,
  type Locale,
} from '@sanad/web';

// The chosen language is the only thing the survivor app remembers on the device: it says
// nothing about her situation. The key is deliberately plain.
const memory = localeMemory('lang');
export const loadLocale = memory.load;
export const saveLocale = memory.save;
