/**
 * CPython's line numbers for gclab's Python-source stdlib modules.
 *
 * gclab's `contextlib.py`, `copy.py`, ... follow CPython's modules statement
 * by statement but are shorter files, so their own line numbers are not
 * CPython's. scripts/embed-stdlib.js pairs the lines that are identical in
 * both files (STDLIB_CPYTHON_LINES); when a module is loaded its syntax tree
 * is renumbered with them, and the text tracebacks show is looked up by the
 * new numbers. So `tb_lineno`, `f_lineno`, `co_firstlineno` and the
 * `File ".../contextlib.py", line 144, in __exit__` of a traceback are
 * CPython's for every shared line. A line of gclab's own (no CPython
 * counterpart) takes the number of the nearest shared line above it.
 * Without CPython's files at build time the table is empty and the module
 * keeps its own numbering.
 */
import { STDLIB_CPYTHON_LINES } from '../stdlib';
import type { Module } from '../syntax/ast';

/** The CPython line of each line of the module (index = gclab line), or null without a table. */
export function cpythonLineNumbers(rel: string, lineCount: number): Int32Array | null {
  const runs = STDLIB_CPYTHON_LINES[rel];
  if (runs === undefined || runs.length === 0) return null;
  const table = new Int32Array(lineCount + 2);
  for (let r = 0; r < runs.length; r += 3) {
    for (let k = 0; k < runs[r + 2]; k++) table[runs[r] + k] = runs[r + 1] + k;
  }
  let last = 1;
  for (let i = 1; i < table.length; i++) {
    if (table[i] === 0) table[i] = last;
    else last = table[i];
  }
  return table;
}

/** Renumber every node's `line`/`endLine` of a freshly parsed module. */
export function renumberLines(tree: Module, table: Int32Array): void {
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const rec = node as Record<string, unknown>;
    for (const key of Object.keys(rec)) {
      const v = rec[key];
      if ((key === 'line' || key === 'endLine') && typeof v === 'number') {
        if (v > 0 && v < table.length) rec[key] = table[v];
      } else if (key !== 'scope' && typeof v === 'object') visit(v);
    }
  };
  visit(tree);
}

/**
 * The import system's preparation of a stdlib module's fresh tree (the
 * `prepare` of parseStdlibModule): CPython's line numbers from `table`
 * (cpythonLineNumbers), nothing without one. scripts/bundle.js applies it
 * at build time to the trees it ships, with the same table.
 */
export function prepareStdlibTree(tree: Module, table: Int32Array | null): void {
  if (table !== null) renumberLines(tree, table);
}

/** The module's text by CPython's numbering: each shared line at its CPython number. */
export function linesByCpythonNumber(source: string, table: Int32Array): string[] {
  const own = source.split('\n');
  const out: string[] = [];
  for (let i = own.length; i >= 1; i--) {
    const n = table[i];
    // Where several lines take one number, the shared line (the first) wins.
    out[n - 1] = own[i - 1];
  }
  for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = '';
  return out;
}
