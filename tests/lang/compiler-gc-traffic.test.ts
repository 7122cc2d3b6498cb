/**
 * The replay of CPython's compiler allocations (src/lang/interp/compiler-gc-traffic.ts):
 * rules checked on a scratch copy of the counts, then through runScenario
 * (the counts python3 prints for the same programs are in the gccount8_*
 * conformance scenarios; the tuple constants the AST optimizer folds are
 * made by the interpreter, so they are checked there).
 */
import { parseScenario } from '../../src/lang/syntax';
import { runScenario } from '../../src/lang';
import { ScratchCounts, replayCompilerTraffic, stateBeforeMainCompile } from '../../src/lang/interp/compiler-gc-traffic';
import { DICT_FREE_SLOT, LIST_FREE_SLOT, tupleFreeSlot } from '../../src/heap';

/** gen0's count after compiling `source` from empty free lists (the state gc.collect() leaves). */
function countFromEmpty(source: string): ScratchCounts {
  const counts = new ScratchCounts();
  replayCompilerTraffic(counts, parseScenario(source, 'probe.py'), { freeArena: true, countFoldedTuples: true });
  return counts;
}

describe('compiler allocations', () => {
  test('every temporary goes back to a free list: compiling the same source twice counts only what the code keeps', () => {
    const counts = countFromEmpty('def f(a, b=2):\n    return a + b\n');
    const once = counts.count;
    replayCompilerTraffic(counts, parseScenario('def f(a, b=2):\n    return a + b\n', 'probe.py'), { freeArena: true, countFoldedTuples: true });
    const twice = counts.count - once;
    expect(once).toBeGreaterThan(twice);
    expect(twice).toBeGreaterThan(0);
    // The symbol table's and the compiler units' dicts and lists are on the free lists afterwards.
    expect(counts.freeLists.numfree[DICT_FREE_SLOT]).toBeGreaterThanOrEqual(5);
    expect(counts.freeLists.numfree[LIST_FREE_SLOT]).toBeGreaterThanOrEqual(3);
  });

  test('str and int constants are their own keys; float, bool and bytes get a key tuple', () => {
    const plain = countFromEmpty('x = 1\n').count;
    expect(countFromEmpty("x = 'a'\n").count).toBe(plain);
    expect(countFromEmpty('x = 1.5\n').count).toBe(plain + 2);
    expect(countFromEmpty('x = True\n').count).toBe(plain + 2);
    // A repeated float reuses the first key: the second key tuple is freed at once.
    expect(countFromEmpty('x = 1.5\ny = 1.5\n').count).toBe(plain + 2);
  });

  test('keyword names and from-import names are tuple constants, merged when repeated', () => {
    const base = countFromEmpty('f(1)\n').count;
    const kw = countFromEmpty('f(a=1)\n').count;
    expect(kw).toBeGreaterThan(base);
    const repeated = countFromEmpty('f(a=1)\nf(a=2)\n').count;
    expect(repeated).toBeLessThanOrEqual(kw + 1);
    expect(countFromEmpty('f(a=1)\nf(b=2)\n').count).toBeGreaterThanOrEqual(repeated + 3);
    const from = countFromEmpty('from os import path\n').count;
    expect(countFromEmpty('from os import path\nfrom os import path\n').count).toBeLessThanOrEqual(from + 1);
  });

  test('the state before the main script compiles lands on the measured one for the reference script', () => {
    const reference = parseScenario('import gc\nprint(gc.get_count())\n', 'reference.py');
    const measured: Array<[number, number]> = [
      [LIST_FREE_SLOT, 39],
      [DICT_FREE_SLOT, 7],
      [tupleFreeSlot(2), 6],
    ];
    const before = stateBeforeMainCompile(reference, 249, measured);
    const counts = new ScratchCounts();
    counts.count = before.count;
    counts.freeLists.fill(before.freeLists);
    replayCompilerTraffic(counts, reference, { freeArena: false, countFoldedTuples: true });
    expect(counts.count).toBe(249);
    expect(counts.freeLists.numfree[LIST_FREE_SLOT]).toBe(39);
    // A slot the compilation needs more of than python3 had left there ends with what it pushed back.
    expect(counts.freeLists.numfree[DICT_FREE_SLOT]).toBeGreaterThanOrEqual(7);
    expect(counts.freeLists.numfree[tupleFreeSlot(2)]).toBeGreaterThanOrEqual(6);
  });
});

describe('gc.get_count() of a script', () => {
  const firstCount = (body: string): number => {
    const r = runScenario(`import gc\nprint(gc.get_count()[0])\n${body}`, 'scenario.py', { gcDebugChecks: true });
    return Number(r.stdout.split('\n')[0]);
  };

  test('the reference script starts at 249, as python3', () => {
    expect(firstCount('')).toBe(249);
  });

  test('more code compiled before the first statement raises the count (python3: a def 257, a class with a method 272)', () => {
    expect(firstCount('def f(): pass\n')).toBeGreaterThan(firstCount(''));
    expect(firstCount('class A:\n    def m(self): pass\n')).toBeGreaterThan(firstCount('class A: pass\n'));
  });

  test('compile() of a str moves the count; of a syntax error leaves the heap consistent', () => {
    const r = runScenario(
      [
        'import gc',
        'gc.collect()',
        'gc.disable()',
        'c0 = gc.get_count()[0]',
        'code = compile("def f(): pass", "<s>", "exec")',
        'print(gc.get_count()[0] - c0)',
        'try:',
        '    compile("def (", "<s>", "exec")',
        'except SyntaxError as e:',
        '    print(type(e).__name__)',
      ].join('\n'),
      'scenario.py',
      { gcDebugChecks: true },
    );
    expect(r.stdout).toBe('39\nSyntaxError\n');
  });
});
