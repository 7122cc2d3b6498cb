/**
 * Stdlib module trees shared by the interpreters of one process: the runs
 * of `gclab explore` (a thousand runs of one scenario in a worker), of the
 * conformance runner and of the test suites import the same modules again
 * and again; each import used to decode (or parse) its module's tree,
 * fold it and compile its functions anew. A tree is kept here once an
 * import has prepared, marked and folded it, and the next interpreter
 * that imports the module takes it as it is, with:
 *
 *  - the same CPython line table and source lines (read-only);
 *  - its compiled code, kept on its nodes (compiled-code.ts: a closure
 *    holds no heap object, and attribute-site caches are per heap);
 *  - its folding replayed (refoldConstants): the folded tuple nodes of the
 *    first import, in order, made constants of the new interpreter's heap
 *    (folded-constants.ts keeps them per interpreter), which allocates
 *    what the walk allocated, in the same order.
 *
 * So an import through a shared tree makes the same heap objects, events
 * and output as a fresh one. An interpreter never takes the same tree
 * twice: a module imported again after leaving sys.modules is decoded
 * afresh (its code objects and constants are new ones, as CPython compiles
 * it again), and a tree whose first import failed before its folding ended
 * is not kept.
 */
import type { Expr, Module } from '../syntax/ast';

/** A stdlib module's tree ready to run (see the file comment). */
export interface SharedStdlibTree {
  /** The module's file and source it was parsed from (compared on each use). */
  readonly origin: string;
  readonly source: string;
  readonly tree: Module;
  /** The source lines by CPython's line numbers (or the file's own), as tracebacks show them. */
  readonly lines: string[];
  /** The tuple nodes the first import folded, in order (refoldConstants). */
  readonly folds: readonly Expr[];
  /** The interpreters (by their heaps) that ran this tree. */
  readonly users: WeakSet<object>;
}

const trees = new Map<string, SharedStdlibTree>();

/** The shared tree of stdlib module `rel` for `user` (an interpreter's heap), marked as used by it; undefined: make one. */
export function takeSharedStdlibTree(rel: string, origin: string, source: string, user: object): SharedStdlibTree | undefined {
  const t = trees.get(rel);
  if (t === undefined || t.origin !== origin || t.source !== source || t.users.has(user)) return undefined;
  t.users.add(user);
  return t;
}

/** Keep a tree its first import (by `user`) prepared, marked and folded, unless one is kept for `rel` already. */
export function shareStdlibTree(rel: string, tree: Omit<SharedStdlibTree, 'users'>, user: object): void {
  const kept = trees.get(rel);
  if (kept !== undefined && kept.origin === tree.origin && kept.source === tree.source) return;
  const users = new WeakSet<object>();
  users.add(user);
  trees.set(rel, { ...tree, users });
}
