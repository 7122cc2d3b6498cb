/**
 * The differential expression checker: seeded random Python expressions
 * over ints (small and huge), floats (inf, nan, -0.0 included), bools,
 * strings, tuples, lists and sets, and the builtins whose results are
 * easy to get subtly wrong (hash, round, divmod, pow, int(), float(),
 * formatting, repr, comparisons, sorting, set iteration order). One program
 * evaluates them all, each inside its own try, and prints one line per
 * expression; python3 runs it once, gclab runs it once, and every line that
 * differs is a finding (0 expected).
 *
 * Determinism: the generator is a seeded xorshift, never Math.random, so a
 * seed names one batch for good (`npm run diffcheck -- --seed 7`).
 */
import { spawnSync } from 'child_process';
import { runScenario } from '../lang';

/** xorshift32: the same seed, the same expressions, on every machine. */
class SeededRandom {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

const SMALL_INTS = ['0', '1', '-1', '2', '-2', '3', '7', '-7', '10', '255', '-256', 'True', 'False'];
const BIG_INTS = [
  '2**53 + 1', '-(2**53 + 1)', '2**61 - 1', '2**61', '-(2**61)', '2**63', '2**64 + 5', '10**20', '-10**20', '10**30 + 7',
  '3**40', '-(7**30)', '2**100 - 1', '10**400', '2**1024', '12345678901234567890',
];
const FLOATS = [
  '0.5', '-0.5', '1.5', '2.5', '-2.5', '0.1', '0.2', '1/3', '2/3', '1e16', '1e-5', '1e22', '1e300', '-1e300', '5e-324', '2.0**60',
  "float('inf')", "float('-inf')", "float('nan')", '-0.0', '0.0', '123.456', '2.675', '0.125', '1e-7', '7.0', '-3.75', '1e308',
];
const STRINGS = ["''", "'a'", "'ab'", "'x y'", "'10'", "' 12 '", "'1_000'", "'0x1f'", "'1e5'", "'-0.0'", "'inf'", "'3.14'"];
const INT_TEXTS = ["'  12  '", "'1_000'", "'1__000'", "'_1'", "'010'", "'0x1f'", "'-0'", "'+7'", "'12a'", "''", "'9' * 25"];
const FLOAT_TEXTS = ["'1e500'", "'-1e500'", "' 1_000.5 '", "'1__0'", "'nan'", "'-iNF'", "'infinity'", "'1e'", "'.5'", "'5.'", "'0x10'", "'1e-400'"];
const FORMAT_SPECS = ["''", "'.3f'", "'.2e'", "'g'", "'.10g'", "'+08.2f'", "','", "'_'", "'>10'", "'^9.1f'", "'%'", "'.0f'", "'e'", "'.17g'", "'x'", "'b'"];
const SMALL_EXPONENTS = ['0', '1', '2', '3', '-1', '-2', '0.5', '1.5', '-0.5', '10', '2.5', '1/3', '64', '-64', "float('inf')", '0.0'];
const BINARY = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '==', '!=', '<', '<=', '>', '>='];

/** One random expression. */
export function randomExpression(r: SeededRandom): string {
  const kind = r.int(0, 23);
  switch (kind) {
    case 0:
    case 1:
    case 2: {
      const op = r.pick(BINARY);
      // Keep powers and shifts small: python3 would compute 10**400 ** 2**1024 for ever.
      if (op === '**') return `(${number(r)}) ** (${r.pick(SMALL_EXPONENTS)})`;
      if (op === '<<' || op === '>>') return `(${intLiteral(r)}) ${op} (${r.pick(['0', '1', '3', '-1', '64', '100', 'True'])})`;
      return `(${number(r)}) ${op} (${number(r)})`;
    }
    case 3:
      return `hash(${r.pick([...SMALL_INTS, ...BIG_INTS, ...FLOATS.filter((f) => !f.includes('nan'))])})`;
    case 4:
      return `hash(${tuple(r, 3)})`;
    case 5:
      return `round(${r.pick(FLOATS)})`;
    case 6:
      return `round(${r.pick(FLOATS)}, ${r.int(-3, 5)})`;
    case 7:
      return `round(${r.pick([...SMALL_INTS, ...BIG_INTS])}, ${r.int(-5, 2)})`;
    case 8:
      return `divmod(${number(r)}, ${number(r)})`;
    case 9:
      return r.next() < 0.5 ? `pow(${number(r)}, ${r.pick(SMALL_EXPONENTS)})` : `pow(${intLiteral(r)}, ${r.int(-3, 40)}, ${r.pick(['7', '10', '-7', '2**61 - 1', '1', '0', '12'])})`;
    case 10:
      return `int(${r.pick([...INT_TEXTS, ...FLOATS, ...BIG_INTS])})`;
    case 11:
      return `float(${r.pick([...FLOAT_TEXTS, ...SMALL_INTS, ...BIG_INTS, ...STRINGS])})`;
    case 12:
      return `format(${number(r)}, ${r.pick(FORMAT_SPECS)})`;
    case 13:
      return `repr(${number(r)})`;
    case 14:
      return `str(${r.pick(FLOATS)})`;
    case 15:
      return `sorted([${Array.from({ length: r.int(0, 5) }, () => r.pick([...SMALL_INTS, ...BIG_INTS, ...FLOATS.filter((f) => !f.includes('nan'))])).join(', ')}])`;
    case 16:
      return `list(set([${Array.from({ length: r.int(1, 6) }, () => r.pick([...SMALL_INTS, ...BIG_INTS])).join(", ")}]))`;
    case 17:
      return `list(set([${Array.from({ length: r.int(1, 5) }, () => tuple(r, 2)).join(", ")}]))`;
    case 18: {
      const operand = r.next() < 0.5 ? intLiteral(r) : number(r);
      const op = r.pick(['-', '~', 'not ', 'abs', '+', 'bool']);
      return op === 'abs' || op === 'bool' ? `${op}(${operand})` : `${op}(${operand})`;
    }
    case 19:
      return `'%${r.pick(['d', 'i', 'f', '.3f', 'e', 'g', 'r', 's', 'x', '5.1f', '-6d'])}' % (${number(r)},)`;
    case 20:
      return `(${r.pick([...STRINGS, tuple(r, 2), list(r, 2)])}) ${r.pick(['+', '*', '==', '<', 'in'])} (${r.pick([...STRINGS, tuple(r, 2), list(r, 2), ...SMALL_INTS])})`;
    case 21:
      return `len(range(${intLiteral(r)}, ${intLiteral(r)}${r.next() < 0.5 ? '' : `, ${r.pick(['1', '-1', '3', '-7', '10**20'])}`}))`;
    case 22:
      return `${r.pick(['min', 'max'])}(${number(r)}, ${number(r)})`;
    default:
      return `${number(r)} ${r.pick(['==', '<', '>='])} ${number(r)} ${r.pick(['==', '<', '!='])} ${number(r)}`;
  }
}

function intLiteral(r: SeededRandom): string {
  return r.next() < 0.6 ? r.pick(SMALL_INTS) : r.pick(BIG_INTS);
}

function number(r: SeededRandom): string {
  const p = r.next();
  if (p < 0.35) return r.pick(SMALL_INTS);
  if (p < 0.6) return r.pick(BIG_INTS);
  return r.pick(FLOATS);
}

function tuple(r: SeededRandom, n: number): string {
  const items = Array.from({ length: r.int(0, n) }, () => (r.next() < 0.8 ? intLiteral(r) : r.pick(FLOATS.filter((f) => !f.includes('nan')))));
  return `(${items.join(', ')}${items.length === 1 ? ',' : ''})`;
}

function list(r: SeededRandom, n: number): string {
  return `[${Array.from({ length: r.int(0, n) }, () => intLiteral(r)).join(', ')}]`;
}

/** `count` expressions from `seed`, no two alike. */
export function generateExpressions(seed: number, count: number): string[] {
  const r = new SeededRandom(seed);
  const seen = new Set<string>();
  const out: string[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const e = randomExpression(r);
    if (seen.has(e)) continue;
    seen.add(e);
    out.push(e);
  }
  return out;
}

/** The program both interpreters run: one line per expression, `N: repr` or `N! Type: message`. */
export function checkerProgram(expressions: string[]): string {
  const lines = [
    'def show(n, thunk):',
    '    try:',
    '        r = repr(thunk())',
    '    except Exception as e:',
    '        print(n, "!", type(e).__name__ + ":", e)',
    '    else:',
    '        print(n, ":", r)',
  ];
  expressions.forEach((e, i) => lines.push(`show(${i}, lambda: ${e})`));
  return lines.join('\n') + '\n';
}

/**
 * Classes of difference that are known and not closed yet, with the reason;
 * the jest batch leaves them out (so any other difference fails it), and
 * `npm run diffcheck` counts them apart. Each entry is a debt: see
 * docs/diffcheck.md.
 */
export const KNOWN_OPEN: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /^len\(range\(/, reason: 'range() over ints beyond 2**53 (range is a number-only object until it moves onto its type file)' },
  { pattern: /^'%/, reason: "printf-style '%' formatting of floats with integer codes, -0.0 and ints too large for a float" },
  { pattern: /-0\.0/, reason: 'the sign of -0.0 inside tuple constants and %s' },
  { pattern: /^format\((10\*\*400|2\*\*1024|float\('nan'\)|float\('inf'\)|float\('-inf'\))/, reason: "format() of ints too large for a float and of nan/inf with integer codes" },
];

/** Is this difference one of the known open classes (or a complex result, a type gclab does not have)? */
export function isKnownOpen(d: Difference): boolean {
  if (/^: \(?[-+0-9.e]*[-+]?[0-9.e+-]*j\)?$/.test(d.python) || / ! ValueError: math domain error$/.test(' ' + d.gclab) && d.python.endsWith('j)')) return true;
  return KNOWN_OPEN.some((k) => k.pattern.test(d.expression));
}

export interface Difference {
  index: number;
  expression: string;
  python: string;
  gclab: string;
}

export interface DiffcheckResult {
  expressions: string[];
  differences: Difference[];
  /** python3's or gclab's stderr when a run failed as a whole. */
  failure: string | null;
}

/** The python3 command's version line, or null when there is none. */
export function pythonVersion(python = 'python3'): string | null {
  const r = spawnSync(python, ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  return (r.stdout || r.stderr).trim();
}

/** Run one seeded batch on python3 and on gclab and compare their lines. */
export function runDiffcheck(seed: number, count: number, python = 'python3'): DiffcheckResult {
  const expressions = generateExpressions(seed, count);
  const program = checkerProgram(expressions);
  const py = spawnSync(python, ['-'], { input: program, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' }, maxBuffer: 1 << 28 });
  if (py.status !== 0) return { expressions, differences: [], failure: `python3 exited ${py.status}: ${py.stderr}` };
  const gc = runScenario(program, '<diffcheck>');
  if (gc.exitCode !== 0) return { expressions, differences: [], failure: `gclab exited ${gc.exitCode}: ${gc.stderr}` };
  const byIndex = (text: string): Map<number, string> => {
    const m = new Map<number, string>();
    for (const line of text.split('\n')) {
      const k = /^(\d+) ([:!]) (.*)$/s.exec(line);
      if (k !== null) m.set(Number(k[1]), `${k[2]} ${k[3]}`);
    }
    return m;
  };
  const want = byIndex(py.stdout);
  const got = byIndex(gc.stdout);
  const differences: Difference[] = [];
  expressions.forEach((expression, index) => {
    const python = want.get(index) ?? '(no line)';
    const gclab = got.get(index) ?? '(no line)';
    if (python !== gclab) differences.push({ index, expression, python, gclab });
  });
  return { expressions, differences, failure: null };
}
