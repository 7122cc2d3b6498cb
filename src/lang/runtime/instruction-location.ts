/**
 * Where CPython 3.11 locates the instruction that raised at an expression
 * node: the traceback entry's line (tb_lineno) and the columns its carets
 * mark.
 *
 * The rule is the node's own location, except for an attribute whose name
 * sits on a later line than where the expression starts (a method chain
 * or a call whose receiver spans lines). There compiler.c's
 * update_start_location_to_match_attr moves the start of LOAD_ATTR,
 * LOAD_METHOD and the method call's PRECALL/CALL to the attribute's name:
 *
 *     return cls(
 *         skipkeys=skipkeys,
 *         **kw).encode(obj)      <- line 3, carets from `encode` to `)`
 *
 * The end stays the expression's own (moved up to the start if a weird
 * tree would put it first).
 */
import type { Attribute, Call, Loc } from '../syntax/ast';

/** The moved location of each node that has one (computed once per node). */
const moved = new WeakMap<Loc, Loc>();

/** The location of the instruction that raised at `node` (see the file comment). */
export function instructionLocation(node: Loc): Loc {
  const kind = (node as { kind?: string }).kind;
  let attr: Attribute;
  if (kind === 'Attribute') attr = node as Attribute;
  else if (kind === 'Call' && (node as Call).func.kind === 'Attribute') attr = (node as Call).func as Attribute;
  else return node;
  if (attr.endLine === node.line) return node;
  let loc = moved.get(node);
  if (loc === undefined) {
    const line = attr.endLine;
    const col = attr.attr.length <= attr.endCol ? attr.endCol - attr.attr.length : -1;
    const endLine = Math.max(line, node.endLine);
    let endCol = col < 0 ? -1 : node.endCol;
    if (line === endLine && col >= 0) endCol = Math.max(col, endCol);
    loc = { line, col, endLine, endCol };
    moved.set(node, loc);
  }
  return loc;
}
