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

// The console remembers the chosen language on the device under its own key.
const memory = localeMemory('sanad-console-lang');
export const loadLocale = memory.load;
export const saveLocale = memory.save;
