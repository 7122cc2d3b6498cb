/**
 * Work done inside builtins respects --max-steps and CPython's size checks:
 * loops over iterables count a step per item, repetition checks the count
 * and the size before allocating, and the heap verifies afterwards.
 * Expected Python-level texts are python3 3.11.7's.
 */
import { runScenario } from '../../src/lang';
import { verifyHeap } from '../../src/heap';

function evaluate(expr: string, maxSteps = 200_000) {
  const src = `try:\n    r = repr(${expr})\nexcept Exception as e:\n    r = type(e).__name__ + ': ' + str(e)\nprint(r[:80])\n`;
  const result = runScenario(src, 'limits.py', { maxSteps });
  expect(() => verifyHeap(result.heap)).not.toThrow();
  return result;
}

describe('sizes are checked before allocating, as CPython checks them', () => {
  test.each([
    ['[0] * 10**20', "OverflowError: cannot fit 'int' into an index-sized integer"],
    ['[0] * 10**10', 'MemoryError: '],
    ["'x' * 10**12", 'MemoryError: '],
    ["'ab' * 2**62", 'OverflowError: repeated string is too long'],
    ["'x' * 2**63", "OverflowError: cannot fit 'int' into an index-sized integer"],
    ['(0,) * 10**20', "OverflowError: cannot fit 'int' into an index-sized integer"],
    ['(1, 2) * 2**62', 'MemoryError: '],
    ['[] * 10**9', '[]'],
    ['[] * 10**30', "OverflowError: cannot fit 'int' into an index-sized integer"],
    ["'' * 10**30", "OverflowError: cannot fit 'int' into an index-sized integer"],
    ['[1] * -10**30', "OverflowError: cannot fit 'int' into an index-sized integer"],
    ['10**20 * [0]', "OverflowError: cannot fit 'int' into an index-sized integer"],
    ['[1, 2] * 3', '[1, 2, 1, 2, 1, 2]'],
    ['(1,) * 0', '()'],
    ["'ab' * -1", "''"],
    ['chr(10**20)', 'OverflowError: Python int too large to convert to C int'],
    ['chr(2**40)', 'OverflowError: Python int too large to convert to C int'],
  ])('%s', (expr, shown) => {
    const r = evaluate(expr);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${shown}\n`);
  });

  test('in-place repetition checks the same way and an empty list stays empty at once', () => {
    const r = runScenario('a = []\na *= 10**9\nb = [1]\ntry:\n    b *= 10**20\nexcept OverflowError as e:\n    print(e)\nc = [1, 2]\nc *= 2\nprint(a, b, c)\n', 'x.py', { maxSteps: 1000 });
    expect(r.stdout).toBe("cannot fit 'int' into an index-sized integer\n[] [1] [1, 2, 1, 2]\n");
    expect(() => verifyHeap(r.heap)).not.toThrow();
  });
});

describe('builtin loops count steps: --max-steps stops them with its clear error', () => {
  test.each([
    'list(range(10**9))',
    'max(range(10**12))',
    'sum(range(10**12))',
    'min(range(10**12))',
    'sorted(range(10**9))',
    'len(set(range(10**9)))',
    'len(tuple(x for x in range(10**9)))',
    'len([x for x in range(10**9)])',
    'any(x < 0 for x in range(10**12))',
    'len(list(zip(range(10**9), range(10**9))))',
    'len(list(enumerate(range(10**9))))',
    '[0] * 10**7',
  ])('%s', (expr) => {
    const r = evaluate(expr, 100_000);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('gclab: step limit of 100000 reached\n');
    expect(r.exitCode).toBe(3);
  });

  test('the same work within the budget completes', () => {
    const r = runScenario('print(sum(range(10**4)), max(range(5000)), len(list(range(3000))), len([0] * 4000))\n', 'x.py', { maxSteps: 100_000 });
    expect(r.stdout).toBe('49995000 4999 3000 4000\n');
  });
});
