/**
 * Every action a staff member can be allowed, by resource. Typed constants: a misspelt action
 * does not compile, and a new action is added here first.
 */
export const ACTIONS = {
  account: ['read', 'change_password'],
  staff: ['list', 'create', 'update', 'disable', 'reset_password'],
  institution: ['list', 'create', 'update'],
  case: ['read', 'read_audit_trail'],
  person: ['erase'],
} as const;

export type Resource = keyof typeof ACTIONS;

export type Action = {
  [R in Resource]: `${R}.${(typeof ACTIONS)[R][number]}`;
}[Resource];

export const ALL_ACTIONS: readonly Action[] = (Object.keys(ACTIONS) as Resource[]).flatMap(
  (resource) => ACTIONS[resource].map((verb) => `${resource}.${verb}` as Action),
);
