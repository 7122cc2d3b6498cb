/**
 * Unicode character names: what a `\N{name}` escape and unicodedata.lookup
 * and unicodedata.name resolve, as CPython 3.11's Modules/unicodedata.c
 * (_getcode, _getucname) does over its name database.
 *
 * Invariants:
 * - The table (unicode-name-data.ts, ~300 KB) is required and decoded only
 *   on the first lookup; a program that never names a character never
 *   loads it.
 * - Listed names and aliases match case-insensitively, ASCII letters only
 *   (_cmpname's Py_TOUPPER); the computed names of CJK UNIFIED IDEOGRAPH-
 *   XXXX(X) and HANGUL SYLLABLE xxx match only as written in upper case
 *   (_getcode's strncmp), as in CPython.
 */

type NameData = typeof import('./unicode-name-data');

/**
 * CommonJS `require`, declared here because the browser build type-checks
 * without Node's types; the bundlers keep the required module lazy (its
 * body runs at the first call).
 */
declare const require: (id: string) => unknown;

interface NameTable {
  /** Upper-case listed name or alias -> code point. */
  readonly byName: Map<string, number>;
  /** Code point -> listed name. */
  readonly byCode: Map<number, string>;
  /** Upper-case named sequence -> its characters. */
  readonly sequences: Map<string, string>;
  readonly data: NameData;
}

let table: NameTable | null = null;

/** Share markers (0..13 leading words shared with the previous name); index digits are '0' and up. */
const MARKERS = ' !#$%&()*+,-./';
const DIGIT_BASE = 39;

/** The digit value of an index character ('0'..'~' without the backslash). */
function digitOf(code: number): number {
  return code < 0x5c ? code - 0x30 : code - 0x31;
}

/** Decode the generated table into its maps (once). */
function loadTable(): NameTable {
  if (table !== null) return table;
  const data = require('./unicode-name-data') as NameData;
  const words = data.NAME_WORDS.split(' ');
  const byName = new Map<string, number>();
  const byCode = new Map<number, string>();
  const entries = data.NAME_ENTRIES;
  let at = 0;
  let previous: string[] = [];
  const runs = data.NAME_RUNS;
  for (let r = 0; r < runs.length; r += 2) {
    for (let cp = runs[r], end = runs[r] + runs[r + 1]; cp < end; cp++) {
      const shared = MARKERS.indexOf(entries[at++]);
      const current = previous.slice(0, shared);
      let n = 0;
      while (at < entries.length && entries.charCodeAt(at) >= 0x30) {
        const digit = digitOf(entries.charCodeAt(at++));
        if (digit >= DIGIT_BASE) {
          n = (n + digit - DIGIT_BASE + 1) * DIGIT_BASE;
        } else {
          current.push(words[n + digit]);
          n = 0;
        }
      }
      const name = current.join(' ');
      byName.set(name, cp);
      byCode.set(cp, name);
      previous = current;
    }
  }
  for (const line of data.NAME_ALIASES.split('\n')) {
    const semi = line.indexOf(';');
    if (semi > 0) byName.set(line.slice(0, semi), parseInt(line.slice(semi + 1), 16));
  }
  const sequences = new Map<string, string>();
  for (const line of data.NAMED_SEQUENCES.split('\n')) {
    const semi = line.indexOf(';');
    if (semi > 0) {
      const chars = line.slice(semi + 1).split(' ').map((h) => String.fromCodePoint(parseInt(h, 16)));
      sequences.set(line.slice(0, semi), chars.join(''));
    }
  }
  table = { byName, byCode, sequences, data };
  return table;
}

/** ASCII-only upper case (Py_TOUPPER): 'ß' or 'ı' stay as they are. */
function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

// Hangul syllables (Unicode 14, 3.12 Conjoining Jamo Behavior): the short
// names of the leading, vowel and trailing jamo.
const HANGUL_BASE = 0xac00;
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];
const HANGUL_PREFIX = 'HANGUL SYLLABLE ';
const CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-';

/** The longest jamo name at `at` (find_syllable): [index, length], or null. */
function longestJamo(s: string, at: number, names: readonly string[]): [number, number] | null {
  let best: [number, number] | null = null;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if ((best === null || n.length > best[1]) && s.startsWith(n, at)) best = [i, n.length];
  }
  return best;
}

/** HANGUL SYLLABLE xxx -> its code point, as _getcode matches L, V, T greedily. */
function hangulCode(name: string): number | undefined {
  let at = HANGUL_PREFIX.length;
  const l = longestJamo(name, at, JAMO_L);
  if (l === null) return undefined;
  at += l[1];
  const v = longestJamo(name, at, JAMO_V);
  if (v === null) return undefined;
  at += v[1];
  const t = longestJamo(name, at, JAMO_T);
  if (t === null) return undefined;
  at += t[1];
  if (at !== name.length) return undefined;
  return HANGUL_BASE + (l[0] * JAMO_V.length + v[0]) * JAMO_T.length + t[0];
}

function inRanges(cp: number, ranges: readonly number[]): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (cp >= ranges[i] && cp <= ranges[i + 1]) return true;
  return false;
}

/** A computed family name -> its code point (CJK unified: 4 or 5 upper-case hex digits; the listed families: '%X'). */
function familyCode(name: string, upper: string, t: NameTable): number | undefined {
  const prefixes = t.data.FAMILY_PREFIXES;
  for (let f = 0; f < prefixes.length; f++) {
    const prefix = prefixes[f];
    if (prefix === CJK_PREFIX) {
      if (!name.startsWith(prefix)) continue;
      const hex = name.slice(prefix.length);
      if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
      const cp = parseInt(hex, 16);
      return inRanges(cp, t.data.FAMILY_RANGES[f]) ? cp : undefined;
    }
    if (!upper.startsWith(prefix)) continue;
    const hex = upper.slice(prefix.length);
    if (!/^[0-9A-F]+$/.test(hex)) return undefined;
    const cp = parseInt(hex, 16);
    return cp.toString(16).toUpperCase() === hex && inRanges(cp, t.data.FAMILY_RANGES[f]) ? cp : undefined;
  }
  return undefined;
}

/**
 * The code point a name or alias stands for (_getcode), or undefined. Named
 * sequences are not characters: see lookupNamedSequence.
 */
export function codePointOfName(name: string): number | undefined {
  if (name.startsWith(HANGUL_PREFIX)) {
    const cp = hangulCode(name);
    if (cp !== undefined) return cp;
  }
  const t = loadTable();
  const upper = asciiUpper(name);
  const listed = t.byName.get(upper);
  if (listed !== undefined) return listed;
  return familyCode(name, upper, t);
}

/** The characters of a named sequence (unicodedata.lookup only), or undefined. */
export function lookupNamedSequence(name: string): string | undefined {
  return loadTable().sequences.get(asciiUpper(name));
}

/** The name of a code point (_getucname), or undefined when it has none. */
export function nameOfCodePoint(cp: number): string | undefined {
  if (cp >= HANGUL_BASE && cp < HANGUL_BASE + JAMO_L.length * JAMO_V.length * JAMO_T.length) {
    const s = cp - HANGUL_BASE;
    const t = s % JAMO_T.length;
    const v = ((s - t) / JAMO_T.length) % JAMO_V.length;
    const l = Math.floor(s / (JAMO_V.length * JAMO_T.length));
    return HANGUL_PREFIX + JAMO_L[l] + JAMO_V[v] + JAMO_T[t];
  }
  const table = loadTable();
  const listed = table.byCode.get(cp);
  if (listed !== undefined) return listed;
  const prefixes = table.data.FAMILY_PREFIXES;
  for (let f = 0; f < prefixes.length; f++) {
    if (inRanges(cp, table.data.FAMILY_RANGES[f])) return prefixes[f] + cp.toString(16).toUpperCase();
  }
  return undefined;
}

/** The Unicode version of the table (unicodedata.unidata_version). */
export function unicodeNamesVersion(): string {
  return loadTable().data.UNICODE_VERSION;
}
