/**
 * Where the compiler's folded tuple constants live (interpreter.ts
 * foldConstantTuples, CPython's ast_opt.c fold_tuple): each is a heap
 * object of one interpreter, made when the module is compiled, and the
 * same object every time its expression is evaluated.
 *
 * A tree may be run by several interpreters of one process, one after
 * another or at once (a stdlib module's tree is shared by the runs of
 * `gclab explore` and the conformance runner: shared-stdlib-trees.ts), so
 * the value is kept per interpreter. Invariants:
 *  - whether a Tuple node is folded is a property of the tree (the same
 *    for every interpreter that folds it): `constValue !== undefined`;
 *  - the node's `constValue` is the value of the interpreter whose serial
 *    is `constOwner` (the last one that folded it: a property read on the
 *    evaluation path); every interpreter also keeps its own values in
 *    `foldedConstants`, which answer when another one folded the node last.
 */
import type { Value } from '../../heap';
import type * as A from '../syntax/ast';

/** A Tuple node the compiler folded into a constant (see the file comment). */
interface FoldedTuple {
  constValue?: Value;
  constOwner?: number;
}

/** What folding needs of an interpreter: its serial (unique in the process) and its own folded values. */
export interface ConstantOwner {
  readonly serial: number;
  readonly foldedConstants: Map<A.Expr, Value>;
}

/** Was `e` folded into a constant (by any interpreter: the same answer for all)? */
export function isFoldedTuple(e: A.Expr): boolean {
  return (e as A.Expr & FoldedTuple).constValue !== undefined;
}

/** The folded constant of `e` for interpreter `ip` (borrowed), or undefined when `e` is not folded. */
export function foldedConstant(ip: ConstantOwner, e: A.Expr): Value | undefined {
  const f = e as A.Expr & FoldedTuple;
  const v = f.constValue;
  if (v === undefined || f.constOwner === ip.serial) return v;
  return ip.foldedConstants.get(e);
}

/** Record `v` as interpreter `ip`'s folded constant of `e` (the reference is the code's). */
export function setFoldedConstant(ip: ConstantOwner, e: A.Expr, v: Value): void {
  const f = e as A.Expr & FoldedTuple;
  f.constValue = v;
  f.constOwner = ip.serial;
  ip.foldedConstants.set(e, v);
}
