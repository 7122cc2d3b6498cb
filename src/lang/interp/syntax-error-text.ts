/**
 * How python3 shows a SyntaxError's location when it prints the exception
 * (Python/pythonrun.c, 3.11): print_exception_file_and_line's
 * `  File "name", line N` and print_error_text's source line and carets.
 *
 * print_error_text measures the line in UTF-8 bytes but writes one space
 * or caret per unit of the offsets it is given, which are characters for
 * a parser error in a str source and bytes (the AST's col_offset) for a
 * compiler error or a bytes source (see byteColumns): after non-ASCII
 * characters python3's caret then sits one column right per extra byte.
 */

/**
 * print_error_text: the line (leading spaces, tabs and form feeds stripped,
 * a newline added when it has none) and, unless the offset points left of
 * it, the caret line: `end_offset - offset` carets when the end is past
 * the offset, else one. `offset`/`endOffset` are 1-based, as the exception
 * holds them (-1: none), after print_exception_file_and_line's clipping of
 * the end.
 */
export function printErrorText(text: string, offset: number, endOffset: number): string {
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let start = offset;
  // Offset 1-based to 0-based; leading blanks stripped, the offset moving with them.
  start--;
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) {
    i++;
    start--;
  }
  let shown = text.slice(i);
  let size = utf8Length(shown);
  if (shown.endsWith('\n')) size--;
  if (start > size) start = size;
  // Skip past newlines embedded in the text, before the offset.
  for (;;) {
    const nl = shown.indexOf('\n');
    if (nl < 0) break;
    const inl = utf8Length(shown.slice(0, nl));
    if (inl >= start) break;
    shown = shown.slice(nl + 1);
    size -= inl + 1;
    start -= inl + 1;
  }
  let s = `    ${shown}`;
  if (!shown.endsWith('\n')) s += '\n';
  if (start < 0) return s;
  return `${s}    ${' '.repeat(start)}${'^'.repeat(carets)}\n`;
}

/**
 * print_exception_file_and_line's part for the exception's location: the
 * File line (after `margin`), then, when there is a text, the line and its
 * carets -- an error spanning lines is underlined to the end of its first
 * line, and never more than one past the line's end. `endOffset` is -1
 * for SyntaxError's subclasses (parse_syntax_error reads the end only from
 * a SyntaxError itself).
 */
export function syntaxErrorLocation(
  margin: string,
  filename: string,
  line: number,
  offset: number,
  endLine: number,
  endOffset: number,
  text: string | null,
): string {
  let s = `${margin}  File "${filename}", line ${line}\n`;
  if (text === null) return s;
  const size = utf8Length(text);
  if (endLine > line) endOffset = size;
  if (endOffset > size + 1) endOffset = size + 1;
  s += printErrorText(text, offset, endOffset);
  return s;
}

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) n += utf8Size(ch.codePointAt(0)!);
  return n;
}

function utf8Size(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * A 1-based character column of `text` as the 1-based UTF-8 byte column
 * CPython reports where it does not convert the AST's byte offsets: the
 * compiler's errors (symtable, compile.c), and the parser's for a source
 * read as bytes (a file run as the script, compile() of bytes: the
 * tokenizer has no encoding, so _PyPegen_raise_error_known_location keeps
 * the byte columns). Columns past the text count one byte each; 0 and -1
 * (no column) stay.
 */
export function byteColumn(text: string, col: number): number {
  if (col <= 1) return col;
  let n = 0;
  let i = 0;
  for (const ch of text) {
    if (i === col - 1) return n + 1;
    n += utf8Size(ch.codePointAt(0)!);
    i++;
  }
  return n + (col - 1 - i) + 1;
}
