/** Decoding article bytes: UTF-8 only, binary refused with a clear reason. No Node APIs. */

export class UnreadableError extends Error {}

/** Size past which the editor asks before analysing (the CLI and the `analyze` function have no cap). */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Binary data: NUL, or more than one in ten control codes other than tab, newlines, escape. (Counted by a
 * regular expression over the text, or over the bytes read one character each: no loop per character.)
 */
const CONTROL = /[\x01-\x06\x0e-\x1a\x1c-\x1f]/g;
function binaryText(head: string): boolean {
  if (head.includes('\0')) return true;
  const control = head.match(CONTROL)?.length ?? 0;
  return head.length > 0 && control / head.length > 0.1;
}

export function looksBinary(bytes: Uint8Array): boolean {
  // (latin1 gives one character per byte, the codes below 128 unchanged)
  return binaryText(new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 8192))));
}

/** Decodes UTF-8 (a BOM is dropped, as editors do); throws UnreadableError for binary or non-UTF-8 input. */
export function readArticle(bytes: Uint8Array, name = 'input'): string {
  if (looksBinary(bytes)) throw new UnreadableError('binary file, not a text article');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableError(`not valid UTF-8 text (${name}); convert it to UTF-8 first`);
  }
}

/**
 * For text an editor already decoded: 'binary' when it holds NUL or many control characters, 'not-utf8'
 * when it is sprinkled with U+FFFD replacement characters (bytes that were not UTF-8), else null.
 */
export function unreadableText(text: string): 'binary' | 'not-utf8' | null {
  const head = text.slice(0, 8192);
  if (binaryText(head)) return 'binary';
  let replacement = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0xfffd) replacement++;
  if (replacement >= 3 && replacement / head.length > 0.001) return 'not-utf8';
  return null;
}

/** Bytes the text takes in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}
