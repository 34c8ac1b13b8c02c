import type { OpportunityCard } from '../../api/pathway-types.ts';
import { formatList } from '../../helpline-format.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Messages } from '../../i18n/messages.ts';
import { provinceName, regionName } from '../../vocabulary.ts';

/** Where it takes place: "Casablanca", "Casablanca-Settat", or "from home". */
export function placeOf(opportunity: OpportunityCard, t: Messages, locale: Locale): string {
  const places = opportunity.provinceCodes.map((code) => provinceName(code, locale));
  if (places.length === 0 && opportunity.regionCode !== null) {
    places.push(regionName(opportunity.regionCode, locale));
  }
  if (opportunity.remote) places.push(t.pwRemote);
  return places.length === 0 ? t.pwAnywhere : formatList(places, locale);
}
