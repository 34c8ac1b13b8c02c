/**
 * Wraps a name typed by someone (Latin in an Arabic sentence, or the reverse) in Unicode
 * isolates (FSI … PDI), so its direction cannot scramble the sentence around it: the plain-text
 * twin of `<bdi>`, for texts built by the catalogue's functions.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
