/**
 * The stdlib already parsed: a host that can read files (the bundled
 * scenario thread) installs a reader of the texts scripts/bundle.js wrote
 * at build time, one per module (tree-codec.ts), and importing a stdlib
 * module decodes its tree instead of tokenizing, parsing and resolving
 * scopes again. A text is used only when its header names the same file
 * and the same source (length and FNV-1a hash) as the import; otherwise,
 * and without a reader, the module is parsed as before. The tree is the
 * same either way (the build checks each text against parse()).
 */
import type { Module } from './ast';
import { decodeTree } from './tree-codec';

/** The stored text of module `rel` (a path relative to the stdlib folder), or undefined. */
export type ParsedStdlibReader = (rel: string) => string | undefined;

let reader: ParsedStdlibReader | null = null;

/** Install (or with null remove) the reader of parsed stdlib modules. */
export function useParsedStdlib(r: ParsedStdlibReader | null): void {
  reader = r;
}

/** The header line of a stored tree: which file and which source it was parsed from. */
export interface ParsedTreeHeader {
  origin: string;
  length: number;
  hash: number;
}

/** FNV-1a over the UTF-16 code units of `text` (32 bits). */
export function sourceHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The stored text of a tree: the header line, then the encoded tree. */
export function parsedTreeText(origin: string, source: string, encoded: string): string {
  const header: ParsedTreeHeader = { origin, length: source.length, hash: sourceHash(source) };
  return `${JSON.stringify(header)}\n${encoded}`;
}

/** The parsed tree of stdlib module `rel` from the installed reader, or undefined (parse it). */
export function parsedStdlibTree(rel: string, origin: string, source: string): Module | undefined {
  if (reader === null) return undefined;
  const text = reader(rel);
  if (text === undefined) return undefined;
  const nl = text.indexOf('\n');
  if (nl < 0) return undefined;
  const header = JSON.parse(text.slice(0, nl)) as ParsedTreeHeader;
  if (header.origin !== origin || header.length !== source.length || header.hash !== sourceHash(source)) return undefined;
  return decodeTree(text.slice(nl + 1));
}
