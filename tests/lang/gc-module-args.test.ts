/**
 * The gc module's argument conversions as Modules/gcmodule.c parses them:
 * gc.collect and gc.set_debug through the clinic's int converter
 * (_PyLong_AsInt), gc.set_threshold through PyArg_ParseTuple's "i" format
 * (PyLong_AsLong, then the C int range), gc.get_objects through
 * _Py_convert_optional_to_ssize_t; objects with __index__ are accepted
 * everywhere. Every message below was printed by python3 3.11.7, and the
 * thresholds and debug flags are unchanged after each bad call.
 */
import fc from 'fast-check';
import { runScenario } from '../../src/lang';

function run(src: string) {
  return runScenario(src, 'scenario.py', { gcDebugChecks: true });
}

const TRY = `
def t(f, *a):
    try:
        f(*a)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
`;

describe('gc module arguments', () => {
  test('C int, "i" format and Py_ssize_t overflow messages', () => {
    const r = run(
      `import gc\n${TRY}` +
        't(gc.collect, 2**40)\nt(gc.collect, -2**70)\nt(gc.set_threshold, 2**40)\nt(gc.set_threshold, -2**40)\n' +
        't(gc.set_threshold, 1, 2**70)\nt(gc.set_debug, 2**70)\nt(gc.get_objects, 2**70)\nt(gc.get_objects, 2**40)\n' +
        't(gc.collect, 0, 1)\nt(gc.set_threshold, 1, 2, 3, "x")\nprint(gc.get_threshold(), gc.get_debug())\n',
    );
    expect(r.stdout).toBe(
      [
        'OverflowError Python int too large to convert to C int',
        'OverflowError Python int too large to convert to C int',
        'OverflowError signed integer is greater than maximum',
        'OverflowError signed integer is less than minimum',
        'OverflowError Python int too large to convert to C long',
        'OverflowError Python int too large to convert to C int',
        "OverflowError cannot fit 'int' into an index-sized integer",
        'ValueError generation parameter must be less than the number of available generations (3)',
        'TypeError collect() takes at most 1 argument (2 given)',
        'TypeError set_threshold() takes at most 3 arguments (4 given)',
        '(700, 10, 10) 0',
        '',
      ].join('\n'),
    );
  });

  test('objects with __index__ are integers to every gc function', () => {
    const r = run(
      `import gc\n${TRY}class I:\n    def __index__(self): return 1\n` +
        't(gc.collect, I())\nt(gc.set_threshold, I(), I())\nt(gc.get_objects, I())\nt(gc.get_objects, "x")\nprint(gc.get_threshold()[:2])\n',
    );
    expect(r.stdout).toBe("ok\nok\nok\nTypeError argument should be integer or None, not 'str'\n(1, 1)\n");
  });

  test('property: gc.collect(g) accepts exactly the generations 0..2 of any int size', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), (g) => {
        const r = run(`import gc\ntry:\n    gc.collect(${g})\n    print('ok')\nexcept Exception as e:\n    print(type(e).__name__)\n`);
        const inInt = g >= -(2n ** 31n) && g < 2n ** 31n;
        const want = g >= 0n && g <= 2n ? 'ok' : inInt ? 'ValueError' : 'OverflowError';
        expect(r.stdout).toBe(`${want}\n`);
      }),
      { numRuns: 20 },
    );
  });
});
