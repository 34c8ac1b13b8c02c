/** One language's domain words, generated at build time by `vite.config.ts` (see locale-words.ts). */
declare module 'virtual:locale-words/*' {
  // An ambient module cannot `import` a relative file: the type is named inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const words: import('./locale-words.ts').LocaleWords;
  export default words;
}
