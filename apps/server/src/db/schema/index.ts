/** The Drizzle view of the schema. The SQL migrations are the source of truth; a test checks
 * that every table and column declared here exists in the migrated database on both engines. */
export * from './territory.ts';
export * from './institutions.ts';
export * from './persons.ts';
export * from './cases.ts';
export * from './assessments.ts';
export * from './referrals.ts';
export * from './opportunities.ts';
export * from './enrolments.ts';
export * from './messages.ts';
export * from './audit.ts';
export * from './sessions.ts';
export * from './intake.ts';
export * from './live.ts';
export * from './casework.ts';
export * from './emergency-numbers.ts';
export * from './notifications.ts';
