// Reading the chosen file before it is sent. The server reads the body as UTF-8: a file saved in
// another encoding (a spreadsheet's plain "CSV" in French is Windows-1252) would arrive with
// every accented or Arabic letter replaced, so it is stopped here with words the person can act
// on, before anything is uploaded.

/** The spreadsheet type to choose when saving the file again. */
export const CSV_UTF8 = 'CSV UTF-8';

/** What a UTF-8 decoder puts where letters were lost, in this file or an earlier conversion. */
const REPLACEMENT_CHARACTER = '\uFFFD';

export type CsvText =
  | { readonly ok: true; readonly text: string }
  /** `encoding`: the bytes are not UTF-8; `damaged`: UTF-8, but letters were already lost. */
  | { readonly ok: false; readonly reason: 'encoding' | 'damaged' };

/** The file's text if it is UTF-8 (a byte-order mark is dropped) with no lost letters. */
export function csvTextOf(bytes: ArrayBuffer | Uint8Array): CsvText {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'encoding' };
  }
  return text.includes(REPLACEMENT_CHARACTER)
    ? { ok: false, reason: 'damaged' }
    : { ok: true, text };
}
