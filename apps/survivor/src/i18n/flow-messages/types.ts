import type { OpportunityKind, OpportunityStage } from '../../api/types.ts';

/**
 * Texts of the four journeys (danger, report, support, follow), the receipt and the safety page.
 * Loaded with the journeys, never on the first screen. Placeholders are numbered (`{0}`) so
 * every language, Tifinagh included, can place them where its grammar wants. Labels of the
 * choices themselves (what happened, when, who…) come from `@sanad/core/intake`, shared with the
 * console so both sides read the same words.
 */
export interface Consent {
  readonly label: string;
  readonly hint: string;
}

export interface FlowMessages {
  readonly stepOf: string;
  readonly next: string;
  readonly previous: string;
  readonly send: string;
  readonly sending: string;
  readonly optional: string;
  readonly required: string;
  readonly chooseAll: string;
  readonly unreachable: string;
  readonly retry: string;
  readonly savedTitle: string;
  readonly savedBody: string;
  readonly region: string;
  readonly province: string;
  readonly chooseOne: string;
  readonly phone: string;
  readonly phoneHint: string;
  readonly callWindow: string;
  readonly urgent: {
    readonly intro: string;
    readonly sendNow: string;
    readonly sendNote: string;
    readonly more: string;
    readonly shareLocation: string;
    readonly shareLocationHint: string;
    readonly locating: string;
    readonly located: string;
    readonly locationRefused: string;
    readonly orProvince: string;
    readonly sentTitle: string;
    readonly sentBody: string;
    readonly sentCall: string;
  };
  readonly report: {
    readonly steps: {
      readonly who: string;
      readonly what: string;
      readonly when: string;
      readonly where: string;
      readonly safe: string;
      readonly risk: string;
      readonly contact: string;
      readonly consents: string;
    };
    readonly perpetrator: string;
    readonly narrative: string;
    readonly narrativeHint: string;
    readonly area: string;
    readonly riskIntro: string;
    readonly method: string;
    readonly codeWord: string;
    readonly codeWordHint: string;
    readonly consentsIntro: string;
  };
  readonly consents: {
    readonly care: Consent;
    readonly sharing: Consent;
    readonly statistics: Consent;
  };
  readonly support: {
    readonly seeking: string;
    readonly where: string;
    readonly age: string;
    readonly schooling: string;
    readonly skills: string;
    readonly skillsHint: string;
    readonly constraints: string;
    readonly childcare: string;
    readonly mobility: string;
    readonly contact: string;
  };
  readonly receipt: {
    readonly title: string;
    readonly intro: string;
    readonly code: string;
    readonly secret: string;
    readonly advice: string;
    readonly noted: string;
  };
  readonly follow: {
    readonly intro: string;
    readonly code: string;
    readonly secret: string;
    readonly open: string;
    readonly notFound: string;
    readonly tooMany: string;
    readonly status: string;
    readonly statuses: Readonly<
      Record<
        'received' | 'in_progress' | 'closed',
        { readonly label: string; readonly next: string }
      >
    >;
    readonly since: string;
    /** Her request's steps, in plain and discreet words. */
    readonly progressTitle: string;
    readonly steps: Readonly<
      Record<'received' | 'referred' | 'taken_in_charge' | 'service_given' | 'completed', string>
    >;
    readonly thread: string;
    readonly emptyThread: string;
    readonly fromYou: string;
    readonly fromListener: string;
    readonly reply: string;
    readonly replySend: string;
    readonly leave: string;
  };
  /** Opportunities her listener proposed (jobs, training, a project), in "follow my request". */
  readonly opportunities: {
    readonly title: string;
    readonly intro: string;
    readonly kinds: Readonly<Record<OpportunityKind, string>>;
    /** `{0}`: the organisation that offers it. */
    readonly offeredBy: string;
    /** `{0}`: where it takes place. */
    readonly where: string;
    readonly fromHome: string;
    /** `{0}`: a date. */
    readonly startsOn: string;
    /** `{0}`: a date. */
    readonly answerBy: string;
    readonly childcare: string;
    readonly transport: string;
    readonly stipend: string;
    readonly stages: Readonly<
      Record<OpportunityStage, { readonly label: string; readonly next: string }>
    >;
    readonly question: string;
    /** `{0}`: the organisation her request would be passed to. */
    readonly yesShare: string;
    /** Says plainly what "pass it on" shares, and with whom (`{0}`). */
    readonly yesShareHint: string;
    readonly yesCall: string;
    readonly yesCallHint: string;
    readonly no: string;
    readonly noHint: string;
    readonly send: string;
    readonly chooseFirst: string;
    readonly sent: string;
    /** The offer closed or filled up before she answered. */
    readonly closed: string;
  };
  readonly safety: {
    readonly title: string;
    readonly points: readonly string[];
  };
}

// Tamazight: first wording by the team, to be reviewed by an IRCAM-trained translator.
