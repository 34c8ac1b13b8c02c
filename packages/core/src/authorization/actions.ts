/**
 * Every action a staff member can be allowed, by resource. Typed constants: a misspelt action
 * does not compile, and a new action is added here first.
 */
export const ACTIONS = {
  account: ['read', 'change_password'],
  staff: ['list', 'create', 'update', 'disable', 'reset_password'],
  institution: ['list', 'create', 'update', 'import'],
  /**
   * The directory as the network reads it (who covers where, open when, beds free), and an
   * institution keeping its own capacity current.
   */
  directory: ['read', 'update_capacity'],
  /**
   * Referrals (issue #6). The referring side (the helpline, or the competent body that registered
   * the case) proposes, creates, sends and revokes; the receiving institution responds
   * (acknowledge, accept, decline, start, complete) and records the services it delivered.
   */
  referral: ['read', 'create', 'send', 'revoke', 'respond', 'record_service'],
  /** A competent body registers a woman it is already seeing and asks for services elsewhere. */
  request: ['create', 'read'],
  case: ['read', 'read_audit_trail', 'create', 'update', 'claim', 'reassign', 'search'],
  /** The live triage queue and its alerts; `supervise` adds queue health and listeners' load. */
  queue: ['read', 'supervise'],
  /** Calls and other contacts logged by the helpline, and a number's earlier contacts. */
  contact: ['create', 'read_history'],
  /** The console's live stream: each listener hears only the events addressed to her. */
  live: ['listen'],
  /** The staff side of a survivor's message thread. */
  message: ['send'],
  person: ['erase'],
  /** The public emergency numbers shown on the survivor app's home screen. */
  emergency_number: ['update'],
  /**
   * The catalogue of jobs, trainings and programmes (issue #7): read by everyone who matches or
   * provides; managed and imported by admins (any provider) and by a provider's own staff.
   */
  opportunity: ['read', 'manage', 'import'],
  /**
   * A woman's path through an opportunity: the referring side proposes and follows it; the
   * provider answers (applied, enrolled, completed, dropped, outcome).
   */
  enrolment: ['read', 'propose', 'respond'],
  /** Aggregate indicators, never a personal field. */
  indicator: ['read'],
} as const;

export type Resource = keyof typeof ACTIONS;

export type Action = {
  [R in Resource]: `${R}.${(typeof ACTIONS)[R][number]}`;
}[Resource];

export const ALL_ACTIONS: readonly Action[] = (Object.keys(ACTIONS) as Resource[]).flatMap(
  (resource) => ACTIONS[resource].map((verb) => `${resource}.${verb}` as Action),
);
