/**
 * Module trees shared by the interpreters of one process: the runs of
 * `gclab explore` (a thousand runs of one scenario in a worker), of the
 * conformance runner and of the test suites parse the same scenario and
 * import the same modules again and again; each run used to parse (or
 * decode) every module's tree, fold it and compile its functions anew. A
 * tree is kept here once a run has prepared, marked and folded it, and the
 * next interpreter that runs the same file with the same source takes it
 * as it is, with:
 *
 *  - the same source lines (by CPython's line numbers for the stdlib),
 *    read-only;
 *  - its compiled code, kept on its nodes (compiled-code.ts: a closure
 *    holds no heap object, and attribute-site caches are per interpreter);
 *  - its folding replayed (refoldConstants): the folded tuple nodes of the
 *    first run, in order, made constants of the new interpreter's heap
 *    (folded-constants.ts keeps them per interpreter), which allocates
 *    what the walk allocated, in the same order.
 *
 * So a run through a shared tree makes the same heap objects, events and
 * output as one through a fresh tree. An interpreter never takes the same
 * tree twice: a module imported again after leaving sys.modules is parsed
 * afresh (its code objects and constants are new ones, as CPython compiles
 * it again), and a tree whose first run failed before its folding ended is
 * not kept. Stdlib trees are kept for the process; of the others (a
 * scenario's `__main__`, the modules beside it) only the last few, so a
 * runner of many scenarios does not keep them all.
 */
import type { Expr, Module } from '../syntax/ast';

/** A module's tree ready to run (see the file comment). */
export interface SharedTree {
  /** The file and source it was parsed from (compared on each use). */
  readonly origin: string;
  readonly source: string;
  readonly tree: Module;
  /** The source lines as tracebacks show them (by CPython's line numbers for the stdlib). */
  readonly lines: string[];
  /** The tuple nodes the first run folded, in order (refoldConstants). */
  readonly folds: readonly Expr[];
  /** The interpreters (by their heaps) that ran this tree. */
  readonly users: WeakSet<object>;
}

/** Where a tree comes from: the stdlib (kept for the process) or the scenario's files (only the last few kept). */
export type SharedTreeKind = 'stdlib' | 'scenario';

/** How many scenario trees (a `__main__` or a module beside it) are kept. */
const SCENARIO_TREES = 8;

const trees = new Map<string, SharedTree>();
const scenarioKeys: string[] = [];

/**
 * The shared tree kept under `key` for `user` (an interpreter's heap), if
 * it was parsed from `origin` and `source` and `user` has not run it; it is
 * then marked as run by `user`. Undefined: parse one.
 */
export function takeSharedTree(key: string, origin: string, source: string, user: object): SharedTree | undefined {
  const t = trees.get(key);
  if (t === undefined || t.origin !== origin || t.source !== source || t.users.has(user)) return undefined;
  t.users.add(user);
  return t;
}

/** Keep under `key` a tree that `user` prepared, marked and folded, unless the same one is kept already. */
export function shareTree(kind: SharedTreeKind, key: string, tree: Omit<SharedTree, 'users'>, user: object): void {
  const kept = trees.get(key);
  if (kept !== undefined && kept.origin === tree.origin && kept.source === tree.source) return;
  const users = new WeakSet<object>();
  users.add(user);
  trees.set(key, { ...tree, users });
  if (kind === 'scenario' && kept === undefined) {
    scenarioKeys.push(key);
    if (scenarioKeys.length > SCENARIO_TREES) trees.delete(scenarioKeys.shift()!);
  }
}
