import { opportunityKinds, schoolingLevels, type OpportunityKind } from '@sanad/core';
import { formatList } from '../../helpline-format.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locale.ts';
import { labelOf, provinceName, regionName } from '../../vocabulary.ts';
import type { Opportunity, OpportunityStatus } from './api.ts';

// The catalogue's words: kinds and schooling levels from the shared vocabularies, where an
// offer is held, and its status.

export { opportunityKinds, schoolingLevels };

export const opportunityKindLabel = (kind: OpportunityKind, locale: Locale): string =>
  labelOf(opportunityKinds, kind, locale);

/** Remote, its provinces, its whole region, or a mix, in the reader's language. */
export function describeWhere(
  o: Pick<Opportunity, 'regionCode' | 'provinceCodes' | 'remote'>,
  locale: Locale,
  t: Messages,
): string {
  const parts: string[] = [];
  if (o.provinceCodes.length > 0) {
    parts.push(
      formatList(
        o.provinceCodes.map((code) => provinceName(code, locale)),
        locale,
      ),
    );
  } else if (o.regionCode !== null) {
    parts.push(t.oppWholeRegion(regionName(o.regionCode, locale)));
  }
  if (o.remote) parts.push(t.oppRemote);
  return parts.join(' · ');
}

export function statusLabel(status: OpportunityStatus, t: Messages): string {
  switch (status) {
    case 'open':
      return t.oppStatusOpen;
    case 'full':
      return t.oppStatusFull;
    case 'expired':
      return t.oppStatusExpired;
    case 'closed':
      return t.oppStatusClosed;
  }
}
