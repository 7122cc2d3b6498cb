/**
 * The source line and 3.11's caret line under it in a traceback printed by
 * the interpreter itself (an uncaught exception, `Exception ignored in`):
 * Python/traceback.c's tb_displayline, display_source_line_with_margin,
 * extract_anchors_from_expr and print_error_location_carets.
 *
 * The line is shown without its indentation (spaces, tabs and form feeds)
 * but with its trailing whitespace, as display_source_line_with_margin
 * prints it. The carets mark the columns of the instruction that raised (the
 * node recorded on the traceback entry):
 *
 *   - on one line, a binary operation gets `~` under its operands and `^`
 *     under the operator (the first non-blank character after the left
 *     operand that is not a `)` followed by more operator text, and the
 *     character after it when that is not blank), and a subscript `~` under
 *     the value and `^` from its `[` to its `]`;
 *   - spanning lines, the carets go up to the last non-blank character of
 *     the first line;
 *   - no caret line when plain `^` would cover the whole line without its
 *     indentation.
 *
 * This is the C rule, which differs from traceback.py's in a few places
 * (traceback.py strips trailing whitespace, counts wide characters twice,
 * and moves a binary operator's anchor past `)` differently: `(a)+b` is
 * `~~~^~` here and `~~~^^` there); traceback.py keeps its own rule.
 *
 * Whether the carets cover the whole line is decided in characters (code
 * points); the carets are laid out in display columns, a wide East Asian
 * character taking two, as 3.11's traceback printers do.
 */
import type { Loc } from '../syntax/ast';
import { displayWidth } from '../runtime/east-asian-width';

/** What tb_displayline reads from the node that raised. */
type RaisingNode = Loc & { kind?: string; left?: Loc; right?: Loc; value?: Loc; slice?: Loc };

/** IS_WHITESPACE in Python/traceback.c. */
const isBlank = (ch: string | undefined): boolean =>
  ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v';

/** display_source_line_with_margin's indentation: spaces, tabs and form feeds. */
function indentLength(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\f')) i++;
  return i;
}

/** A UTF-16 index of `line` as a code point index. */
function codePoints(line: string, index: number): number {
  let n = 0;
  for (let i = 0; i < index && i < line.length; i++) {
    n++;
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/**
 * extract_anchors_from_expr for the one-line segment `line[start:end]`
 * (UTF-16 indices): [left_end, right_start] as UTF-16 indices into `line`,
 * or null when the node has no secondary range.
 */
function anchorsOf(line: string, node: RaisingNode, start: number, end: number): [number, number] | null {
  if (node.kind === 'BinOp' && node.left !== undefined && node.right !== undefined) {
    const from = node.left.endCol;
    const to = node.right.col;
    if (node.left.endLine !== node.line || node.right.line !== node.line || from < start || to > end) return null;
    let left = -1;
    let right = -1;
    for (let i = from; i < to; i++) {
      if (isBlank(line[i])) continue;
      left = i;
      right = i + 1;
      // A two-character operator (`//`, `**`, `<<`, ...).
      if (i + 1 < to && !isBlank(line[i + 1])) right++;
      // A closing parenthesis of the left operand: keep looking.
      if (i + 1 < to && line[i] === ')') continue;
      break;
    }
    return left < 0 ? null : [left, right];
  }
  if (node.kind === 'Subscript' && node.value !== undefined && node.slice !== undefined) {
    if (node.value.endLine !== node.line || node.slice.endLine !== node.line) return null;
    let left = node.value.endCol;
    let right = node.slice.endCol + 1;
    if (left < start || right > end + 1) return null;
    while (left < end && line[left] !== '[') left++;
    while (right < end && line[right] !== ']') right++;
    if (right < end) right++;
    return [left, right];
  }
  return null;
}

/**
 * The lines tb_displayline prints after `File "...", line N, in f`: the
 * source line (indented by four spaces) and, when it applies, the caret
 * line; each ends in a newline and starts with `margin`. `raw` is the
 * file's line as read (no newline); `position` the node that raised, or
 * null when the columns are unknown.
 */
export function sourceAndCarets(raw: string, position: Loc | null, margin: string): string {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const indent = indentLength(line);
  if (indent === line.length) return '';
  let s = `${margin}    ${line.slice(indent)}\n`;
  if (position === null) return s;
  const node = position as RaisingNode;
  const start = node.col;
  let end = node.endCol;
  if (start < 0 || end < 0 || start > line.length) return s;
  let anchors: [number, number] | null = null;
  if (node.line === node.endLine) {
    if (end > line.length) end = line.length;
    anchors = anchorsOf(line, node, start, end);
  } else {
    // Spanning lines: up to the last non-blank character of this one.
    end = line.length;
    while (end > 0 && isBlank(line[end - 1])) end--;
  }
  const startCp = codePoints(line, start);
  const endCp = codePoints(line, end);
  const strippedLength = codePoints(line, line.length) - codePoints(line, indent);
  if (endCp - startCp === strippedLength && anchors === null) return s;
  // print_error_location_carets, from the first column after the
  // indentation, in display columns (a wide character takes two).
  const startDp = displayWidth(line, start);
  const endDp = displayWidth(line, end);
  const leftDp = anchors === null ? -1 : displayWidth(line, anchors[0]);
  const rightDp = anchors === null ? -1 : displayWidth(line, anchors[1]);
  let carets = '';
  for (let offset = displayWidth(line, indent) + 1; offset <= endDp; offset++) {
    if (offset <= startDp) carets += ' ';
    else if (anchors !== null && leftDp < offset && offset <= rightDp) carets += '^';
    else carets += anchors !== null ? '~' : '^';
  }
  return s + `${margin}    ${carets}\n`;
}
