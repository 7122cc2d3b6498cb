/**
 * The math module's functions against python3's (glibc's libm, or
 * CPython's own code for gamma/lgamma) on thousands of seeded arguments per
 * function (erf, erfc, gamma, lgamma, cbrt and exp2 among them), compared
 * bit for bit. glibc's results are not always correctly
 * rounded and gclab computes most of them correctly rounded (or with
 * fdlibm's formulas over correctly rounded exp/log), so a last-bit
 * difference remains on a few arguments in a thousand; the bound below pins
 * that rate, and the exact values (powers of two, 1, the domain edges) must
 * all agree. Registered only when python3 is CPython 3.11.
 */
import { spawnSync } from 'child_process';
import { runScenario } from '../../src/lang';

const version = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const haveOracle = !version.error && /^Python 3\.11\./.test(version.stdout);

/** A program printing name, argument and result (as float.hex) for every case; the same in python3 and gclab. */
function program(seed: number, perFunction: number): string {
  return `
import math, random
random.seed(${seed})
def logu(lo, hi):
    return math.exp(random.uniform(math.log(lo), math.log(hi)))
DOMAINS = {
    'log10': lambda: logu(1e-300, 1e300), 'log2': lambda: logu(1e-300, 1e300),
    'asin': lambda: random.uniform(-1, 1), 'acos': lambda: random.uniform(-1, 1),
    'asinh': lambda: random.uniform(-5, 5), 'acosh': lambda: random.uniform(1, 5),
    'atanh': lambda: random.uniform(-1, 1), 'sinh': lambda: random.uniform(-30, 30),
    'cosh': lambda: random.uniform(-30, 30), 'tanh': lambda: random.uniform(-5, 5),
    'log1p': lambda: random.uniform(-0.9, 5), 'expm1': lambda: random.uniform(-5, 5),
    'exp': lambda: random.uniform(-700, 700), 'log': lambda: logu(1e-300, 1e300),
    'sin': lambda: random.uniform(-10, 10), 'cos': lambda: random.uniform(-10, 10),
    'tan': lambda: random.uniform(-10, 10), 'atan': lambda: random.uniform(-10, 10),
    'erf': lambda: random.uniform(-7, 7), 'erfc': lambda: random.uniform(-7, 28),
    'gamma': lambda: random.uniform(-50, 172), 'lgamma': lambda: random.uniform(-50, 1000),
    'cbrt': lambda: logu(1e-300, 1e300) * random.choice([-1, 1]), 'exp2': lambda: random.uniform(-1080, 1030),
}
EXACT = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 8.0, 1024.0, 2.0**-1074, 1e-300, 1e300, float('inf'), float('-inf'), float('nan')]
def show(name, x):
    try:
        r = getattr(math, name)(x).hex()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(name, x.hex(), r)
for name, draw in DOMAINS.items():
    for x in EXACT:
        show(name, x)
    for i in range(${perFunction}):
        show(name, draw())
`;
}

if (haveOracle) {
  test('math functions agree with python3 on the exact cases and on all but a few in a thousand random arguments', () => {
    const src = program(11, 1500);
    const expected = spawnSync('python3', ['-c', src], { encoding: 'utf8', maxBuffer: 1 << 26 }).stdout.split('\n');
    const got = runScenario(src, '<libm>').stdout.split('\n');
    expect(got.length).toBe(expected.length);
    const differing = new Map<string, string[]>();
    const exactCases: string[] = [];
    expected.forEach((line, i) => {
      if (line === got[i]) return;
      const name = line.split(' ')[0];
      const entry = `${line} | gclab ${got[i].split(' ')[2]}`;
      // Each function's block starts with the 14 exact cases.
      if (i % (14 + 1500) < 14) exactCases.push(entry);
      else differing.set(name, [...(differing.get(name) ?? []), entry]);
    });
    expect(exactCases).toEqual([]);
    for (const [name, lines] of differing) {
      // At most 4 in 1514 (glibc's own last-bit rounding): anything more is a wrong formula.
      expect({ name, count: lines.length, lines: lines.length > 4 ? lines.slice(0, 5) : [] }).toEqual({ name, count: lines.length, lines: [] });
      expect(lines.length).toBeLessThanOrEqual(4);
    }
  });
} else {
  test.skip(`math functions against python3 (not run: python3 is not CPython 3.11 here: ${version.stdout ?? 'not found'})`, () => {});
}
