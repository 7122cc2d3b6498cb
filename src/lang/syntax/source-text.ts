/**
 * A scenario's source text with its line table.
 *
 * CPython reads source files with universal newlines, so `\r\n` and `\r`
 * become `\n` before tokenizing (that is also what a triple-quoted string
 * sees); a leading byte-order mark is dropped. Columns are counted in code
 * points, as CPython counts them for `SyntaxError.offset` (the AST's
 * `col_offset` counts UTF-8 bytes instead; for ASCII lines the two agree).
 */

/** A place in the source: `line` is 1-based, `col` is a 0-based code point column. */
export interface Position {
  line: number;
  col: number;
}

export class SourceText {
  readonly filename: string;
  /** The normalized text (newlines are `\n`). Token offsets index this string. */
  readonly text: string;
  private readonly lineStarts: number[];
  private readonly surrogateLines = new Map<number, boolean>();

  constructor(text: string, filename: string) {
    this.filename = filename;
    this.text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    this.lineStarts = [0];
    for (let i = 0; i < this.text.length; i++) {
      if (this.text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  /** The number of the last line, the one CPython reports for errors at end of file. */
  get lastLine(): number {
    const n = this.lineStarts.length;
    // A text that ends with '\n' has an empty, nonexistent line after it.
    return n > 1 && this.lineStarts[n - 1] === this.text.length ? n - 1 : n;
  }

  /** The text of a line (1-based), without its newline. */
  lineText(line: number): string {
    if (line < 1 || line > this.lineStarts.length) return '';
    const start = this.lineStarts[line - 1];
    const next = line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.text.length;
    return this.text.slice(start, next);
  }

  /** The offset of the first character of a line. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1];
  }

  /** Line and code point column of an offset into `text`. */
  locate(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStarts[lo];
    return { line: lo + 1, col: this.hasSurrogates(lo) ? codePointCount(this.text, start, offset) : offset - start };
  }

  /** Does line `index` (0-based) hold characters outside the BMP (two UTF-16 units each)? Cached. */
  private hasSurrogates(index: number): boolean {
    let known = this.surrogateLines.get(index);
    if (known === undefined) {
      const end = index + 1 < this.lineStarts.length ? this.lineStarts[index + 1] : this.text.length;
      known = /[\uD800-\uDFFF]/.test(this.text.slice(this.lineStarts[index], end));
      this.surrogateLines.set(index, known);
    }
    return known;
  }

  /**
   * Where CPython places tokens and errors at end of file: the end of the
   * last line (`if x:\n` reports line 1, column 6 for a missing block).
   */
  endPosition(): Position {
    const line = this.lastLine;
    return { line, col: codePointCount(this.text, this.lineStarts[line - 1] ?? 0, this.lineEnd(line)) };
  }

  private lineEnd(line: number): number {
    return line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.text.length;
  }
}

/** Code points in text[from, to): UTF-16 length minus the low halves of surrogate pairs. */
export function codePointCount(text: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > from) {
      const h = text.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) n--;
    }
  }
  return n;
}
