export * from './call-outcomes.ts';
export * from './contact-rules.ts';
