import type { GbvimsType } from '../vocabulary/gbvims-types.ts';
import type { ViolenceForm } from '../vocabulary/violence-forms.ts';

/**
 * The GBVIMS classification of one incident from its Law 103.13 qualification (DOMAIN.md §5.1
 * and §5.2). GBVIMS wants ONE type per incident, found by walking its list in order and taking
 * the first that applies; the law's forms are a multi-select. The app's intake does the same walk
 * from her plain choices (`gbvimsTypeFor` in intake/mapping.ts); this one serves the listener,
 * who records legal forms, and the two agree on every choice (see gbvims.test.ts).
 */
export interface IncidentFacts {
  readonly forms: readonly ViolenceForm[];
  /**
   * Whether the sexual violence involved penetration. The forms alone cannot say (the law has
   * one "sexual violence"), so unknown is treated as "not established": the walk proposes
   * sexual assault and a listener who learns more records rape explicitly.
   */
  readonly penetration?: boolean | undefined;
}

interface Rule {
  readonly type: GbvimsType;
  readonly applies: (facts: IncidentFacts, forms: ReadonlySet<ViolenceForm>) => boolean;
}

/** The GBVIMS order. Non-contact harassment (street, online) is psychological abuse in GBVIMS. */
const RULES: readonly Rule[] = [
  { type: 'rape', applies: (facts, forms) => forms.has('sexual') && facts.penetration === true },
  { type: 'sexual_assault', applies: (_facts, forms) => forms.has('sexual') },
  { type: 'physical_assault', applies: (_facts, forms) => forms.has('physical') },
  { type: 'forced_marriage', applies: (_facts, forms) => forms.has('forced_marriage') },
  {
    type: 'denial_of_resources',
    applies: (_facts, forms) =>
      forms.has('economic') ||
      forms.has('expulsion_from_home') ||
      forms.has('property_squandering'),
  },
  {
    type: 'psychological_abuse',
    applies: (_facts, forms) =>
      forms.has('psychological') || forms.has('sexual_harassment') || forms.has('cyber_violence'),
  },
];

/** The GBVIMS types in the order the decision walks them. */
export const GBVIMS_DECISION_ORDER: readonly GbvimsType[] = RULES.map((rule) => rule.type);

/** The first GBVIMS type that applies, or null when no form is classifiable (none recorded). */
export function classifyGbvims(facts: IncidentFacts): GbvimsType | null {
  const forms = new Set(facts.forms);
  return RULES.find((rule) => rule.applies(facts, forms))?.type ?? null;
}
