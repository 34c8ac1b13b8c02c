// Sanad's own risk checklist and its scoring: pure, no I/O.
export * from './checklist.ts';
