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

/** The header line of a stored tree: which file it was parsed from, and the length of its source (which follows the line). */
export interface ParsedTreeHeader {
  origin: string;
  length: number;
}

/** The stored text of a tree: the header line, the source it was parsed from, then the encoded tree. */
export function parsedTreeText(origin: string, source: string, encoded: string): string {
  const header: ParsedTreeHeader = { origin, length: source.length };
  return `${JSON.stringify(header)}\n${source}${encoded}`;
}

/** The parsed tree of stdlib module `rel` from the installed reader, or undefined (parse it). */
export function parsedStdlibTree(rel: string, origin: string, source: string): Module | undefined {
  if (reader === null) return undefined;
  const text = reader(rel);
  return text === undefined ? undefined : treeOfText(text, origin, source);
}

function treeOfText(text: string, origin: string, source: string): Module | undefined {
  const nl = text.indexOf('\n');
  if (nl < 0) return undefined;
  const header = JSON.parse(text.slice(0, nl)) as ParsedTreeHeader;
  if (header.origin !== origin || header.length !== source.length || !text.startsWith(source, nl + 1)) return undefined;
  return decodeTree(text.slice(nl + 1 + source.length));
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
 * stdlib module): from the installed reader, else from the text kept when
 * this process parsed it before, else parsed (throwing the parser's
 * errors); the second parse of a module in a process keeps its text.
 */
export function parseStdlibModule(rel: string, origin: string, source: string): Module {
  const shipped = parsedStdlibTree(rel, origin, source);
  if (shipped !== undefined) return shipped;
  const kept = keptTexts.get(rel);
  if (typeof kept === 'string') {
    const tree = treeOfText(kept, origin, source);
    if (tree !== undefined) return tree;
  }
  const tree = parse(source, origin);
  if (kept === undefined) keptTexts.set(rel, PARSED_ONCE);
  else if (kept !== null) {
    const encoded = encodeTree(tree);
    keptTexts.set(rel, encoded !== null && sameTree(decodeTree(encoded), tree) ? parsedTreeText(origin, source, encoded) : null);
  }
  return tree;
}
