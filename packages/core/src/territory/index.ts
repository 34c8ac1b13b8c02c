export * from './territory.ts';
