export * from './actions.ts';
export * from './actor.ts';
export * from './rules.ts';
export * from './pathway-rules.ts';
