// The economic pathway (issue #7): her profile of needs, eligibility and matching with their
// reasons, the enrolment's steps, and the outcome follow-up. Pure rules; the server stores.
export * from './types.ts';
export * from './vocabularies.ts';
export * from './dates.ts';
export * from './reach.ts';
export * from './eligibility.ts';
export * from './reasons.ts';
export * from './matching.ts';
export * from './enrolment.ts';
export * from './follow-up.ts';
export * from './profile.ts';
