export * from './locale.ts';
export { LanguageSwitch } from './language-switch.tsx';
