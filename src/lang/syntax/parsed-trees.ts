/**
 * The stdlib already parsed: a host that can read files (the bundled
 * scenario thread) installs a reader of the texts scripts/bundle.js wrote
 * at build time, one per module (tree-codec.ts), and importing a stdlib
 * module decodes its tree instead of tokenizing, parsing and resolving
 * scopes again. A text is used only when it names the same file and holds
 * the very source of the import (compared as strings); otherwise
 * the module is parsed, and its text kept for the next import of it in
 * this process (a runner of many scenarios, `gclab explore`'s runs, the
 * conformance runner). The tree is the same either way: the build checks
 * each text against parse(), and a kept text is checked once when made.
 */
import type { Module } from './ast';
import { parse } from './parser';
import { decodeTree, encodeTree, sameTree } from './tree-codec';

/** The stored text of module `rel` (a path relative to the stdlib folder), or undefined. */
export type ParsedStdlibReader = (rel: string) => string | undefined;

let reader: ParsedStdlibReader | null = null;

/** Install (or with null remove) the reader of parsed stdlib modules. */
export function useParsedStdlib(r: ParsedStdlibReader | null): void {
  reader = r;
}

/**
 * The header line of a stored tree: which file it was parsed from, the
 * length of its source (which follows the line), and whether the tree
 * is stored prepared (the import system's `prepare`, CPython's line
 * numbers, already applied: scripts/bundle.js does it at build time).
 */
export interface ParsedTreeHeader {
  origin: string;
  length: number;
  prepared?: true;
}

/** The stored text of a tree: the header line, the source it was parsed from, then the encoded tree (prepared or not). */
export function parsedTreeText(origin: string, source: string, encoded: string, prepared = false): string {
  const header: ParsedTreeHeader = prepared ? { origin, length: source.length, prepared: true } : { origin, length: source.length };
  return `${JSON.stringify(header)}\n${source}${encoded}`;
}

/** A tree decoded from a stored text, and whether it was stored prepared. */
interface StoredTree {
  tree: Module;
  prepared: boolean;
}

/** The parsed tree of stdlib module `rel` from the installed reader (as stored: see `ParsedTreeHeader.prepared`), or undefined (parse it). */
export function parsedStdlibTree(rel: string, origin: string, source: string): Module | undefined {
  return shippedTree(rel, origin, source)?.tree;
}

function shippedTree(rel: string, origin: string, source: string): StoredTree | undefined {
  if (reader === null) return undefined;
  const text = reader(rel);
  return text === undefined ? undefined : treeOfText(text, origin, source);
}

function treeOfText(text: string, origin: string, source: string): StoredTree | undefined {
  const nl = text.indexOf('\n');
  if (nl < 0) return undefined;
  const header = JSON.parse(text.slice(0, nl)) as ParsedTreeHeader;
  if (header.origin !== origin || header.length !== source.length || !text.startsWith(source, nl + 1)) return undefined;
  return { tree: decodeTree(text.slice(nl + 1 + source.length)), prepared: header.prepared === true };
}

/**
 * A stored tree as the caller wants it: prepared with `prepare` (applied
 * here when the text holds it unprepared), or unprepared when there is no
 * `prepare` (a prepared text is then of no use: undefined).
 */
function asWanted(stored: StoredTree | undefined, prepare: ((tree: Module) => void) | undefined): Module | undefined {
  if (stored === undefined) return undefined;
  if (stored.prepared) return prepare === undefined ? undefined : stored.tree;
  prepare?.(stored.tree);
  return stored.tree;
}

/** A module parsed once in this process and not kept yet. */
const PARSED_ONCE = 0;
/**
 * What this process knows of each stdlib module it parsed, by path: parsed
 * once (a single run pays nothing for keeping), or its kept text, or null
 * when its tree does not round-trip.
 */
const keptTexts = new Map<string, string | null | typeof PARSED_ONCE>();

/**
 * A fresh tree of stdlib module `rel` (the import system's parse of a
 * stdlib module) with `prepare` applied (the import system's renumbering
 * to CPython's lines; a caller passes the same `prepare` for a module
 * every time): from the installed reader (whose texts the build stored
 * prepared), else from the text kept when this process parsed it before,
 * else parsed (throwing the parser's errors) and prepared; the second
 * parse of a module in a process keeps its prepared text.
 */
export function parseStdlibModule(rel: string, origin: string, source: string, prepare?: (tree: Module) => void): Module {
  const shipped = asWanted(shippedTree(rel, origin, source), prepare);
  if (shipped !== undefined) return shipped;
  const kept = keptTexts.get(rel);
  if (typeof kept === 'string') {
    const tree = asWanted(treeOfText(kept, origin, source), prepare);
    if (tree !== undefined) return tree;
  }
  const tree = parse(source, origin);
  prepare?.(tree);
  if (kept === undefined) keptTexts.set(rel, PARSED_ONCE);
  else if (kept !== null) {
    const encoded = encodeTree(tree);
    keptTexts.set(rel, encoded !== null && sameTree(decodeTree(encoded), tree) ? parsedTreeText(origin, source, encoded, prepare !== undefined) : null);
  }
  return tree;
}
