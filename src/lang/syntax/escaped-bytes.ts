/**
 * Source bytes that are not UTF-8, as compile() of a bytes object meets
 * them. CPython's string tokenizer does not validate the buffer: a comment
 * may hold any bytes, and an undecodable byte is an error only where a
 * token is decoded -- an identifier (verify_identifier) or a string literal
 * (parsestr, fstring_find_literal) -- as "(unicode error) 'utf-8' codec
 * can't decode ...". gclab decodes such bytes as Python's surrogateescape
 * handler does (byte 0xNN becomes U+DCNN), so the tokenizer and the string
 * parser can find them and give back the original bytes.
 */
import { utf8ErrorAt, utf8SequenceLength } from './source-decoding';

// A lone U+DC80..U+DCFF: the low half of a surrogate pair (an astral
// character such as U+1F4A9, "\ud83d\udca9") is text, not an escaped byte.
const ESCAPED = /(?<![\ud800-\udbff])[\udc80-\udcff]/;

/** Decode UTF-8, each byte of an invalid sequence becoming U+DC80..U+DCFF. */
export function decodeEscapingInvalid(bytes: Uint8Array, start: number): string {
  let out = '';
  let i = start;
  let run = start;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceLength(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    out += new TextDecoder('utf-8').decode(bytes.subarray(run, i)) + String.fromCharCode(0xdc00 + b);
    i++;
    run = i;
  }
  return out + new TextDecoder('utf-8').decode(bytes.subarray(run));
}

/** Does the text hold an undecodable byte? */
export function hasEscapedBytes(text: string): boolean {
  return ESCAPED.test(text);
}

/** The original bytes of text decoded by decodeEscapingInvalid. */
export function originalBytes(text: string): Uint8Array {
  const out: number[] = [];
  const encoder = new TextEncoder();
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
    else for (const b of encoder.encode(ch)) out.push(b);
  }
  return Uint8Array.from(out);
}

/** The byte length of text's original bytes. */
export function originalLength(text: string): number {
  return originalBytes(text).length;
}

/** The text as the "replace" error handler decodes its original bytes (U+FFFD per maximal invalid subpart). */
export function replacingEscapes(text: string): string {
  return hasEscapedBytes(text) ? new TextDecoder('utf-8').decode(originalBytes(text)) : text;
}

/**
 * "(unicode error) 'utf-8' codec can't decode byte 0xNN in position P:
 * REASON" (or "bytes in position P-Q" for a truncated sequence) for the
 * first undecodable byte of text's original bytes.
 */
export function undecodableMessage(text: string): string {
  const bytes = originalBytes(text);
  const err = utf8ErrorAt(bytes, 0);
  if (err === null) throw new Error('undecodableMessage: the text decodes');
  const what = err.end - err.start === 1
    ? `byte 0x${bytes[err.start].toString(16).padStart(2, '0')} in position ${err.start}`
    : `bytes in position ${err.start}-${err.end - 1}`;
  return `(unicode error) 'utf-8' codec can't decode ${what}: ${err.reason}`;
}
