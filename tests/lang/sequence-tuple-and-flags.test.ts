/**
 * PySequence_Tuple's allocation size (gatherWithHint / sequenceTupleAllocSize),
 * the Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING bits (collection-flags.ts)
 * and the bad inputs of the _gclab functions that set them. Expected
 * counts were printed by python3 3.11.7.
 */
import fc from 'fast-check';
import { runScenario } from '../../src/lang';
import { verifyHeap } from '../../src/heap';
import { sequenceTupleAllocSize } from '../../src/lang/runtime/operators';

function run(src: string) {
  return runScenario(src, 'scenario.py', { gcDebugChecks: true });
}

const RUNS = Number(process.env.GCLAB_FC_RUNS ?? 15);

describe('PySequence_Tuple allocation size', () => {
  test('the hint when it is positive, else 12 once items come, else none', () => {
    expect(sequenceTupleAllocSize(10, 2)).toBe(10);
    expect(sequenceTupleAllocSize(10, 0)).toBe(10);
    expect(sequenceTupleAllocSize(3, 40)).toBe(3);
    expect(sequenceTupleAllocSize(0, 0)).toBe(0);
    expect(sequenceTupleAllocSize(0, 1)).toBe(12);
    expect(sequenceTupleAllocSize(0, 100)).toBe(12);
  });

  test('property: never 0 when items came, the hint whenever it is positive', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), (hint, n) => {
        const size = sequenceTupleAllocSize(hint, n);
        if (hint > 0) expect(size).toBe(hint);
        if (n > 0) expect(size).toBeGreaterThan(0);
      }),
      { numRuns: RUNS * 10 },
    );
  });

  test('tuple(generator) counts a new 10-tuple, tuple(list) reuses a freed one of its size', () => {
    const r = run(
      [
        'import gc',
        'gc.disable()',
        'def gen(n):',
        '    yield from range(n)',
        'keep = []',
        'def delta(fn):',
        '    junk = [(i, i) for i in range(20)]',
        '    del junk',
        '    a = gc.get_count()[0]',
        '    keep.append(fn())',
        '    return gc.get_count()[0] - a',
        'gc.collect()',
        'print(delta(lambda: tuple([1, 2])), delta(lambda: tuple(gen(2))), delta(lambda: tuple(map(str, (1, 2)))))',
      ].join('\n') + '\n',
    );
    expect(r.stdout).toBe('1 1 3\n');
    expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
  });

  test('an iterable raising midway leaves the heap consistent, the items gathered released', () => {
    const r = run(
      [
        'class D:',
        '    def __init__(self, n): self.n = n',
        '    def __del__(self): print("del", self.n)',
        'def gen():',
        '    yield D(1)',
        '    yield D(2)',
        '    raise ValueError("stop")',
        'class T(tuple): pass',
        'for make in (tuple, T, lambda g: (lambda *a: a)(*g)):',
        '    try:',
        '        make(gen())',
        '    except ValueError as e:',
        '        print(e)',
      ].join('\n') + '\n',
    );
    expect(r.stdout).toBe('del 2\ndel 1\nstop\n'.repeat(3));
    expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
  });
});

describe('Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING', () => {
  test('collections.abc moves __abc_tpflags__ into the flags; match reads them', () => {
    const r = run(
      [
        'from collections.abc import Sequence, Mapping',
        'class S(Sequence):',
        '    def __getitem__(self, i): return (1, 2)[i]',
        '    def __len__(self): return 2',
        'print("__abc_tpflags__" in Sequence.__dict__, Sequence.__flags__ & 32, Mapping.__flags__ & 64)',
        'match S():',
        '    case [a, b]: print(a, b)',
      ].join('\n') + '\n',
    );
    expect(r.stdout).toBe('False 32 64\n1 2\n');
  });

  test('the _gclab setters refuse what is not a class and an int', () => {
    const r = run(
      [
        'import _gclab',
        'for call in (lambda: _gclab.collection_flags(1), lambda: _gclab.add_collection_flags(int, "x"),',
        '             lambda: _gclab.set_collection_flag(int), lambda: _gclab.collection_flags()):',
        '    try:',
        '        call()',
        '    except TypeError as e:',
        '        print(e)',
        'print(_gclab.collection_flags(list), _gclab.collection_flags(dict), _gclab.collection_flags(str))',
      ].join('\n') + '\n',
    );
    expect(r.stdout).toBe(
      [
        'collection_flags() takes a class',
        'add_collection_flags() takes a class and an int',
        'set_collection_flag() takes a class and an int',
        'collection_flags() takes a class',
        '32 64 0',
        '',
      ].join('\n'),
    );
    expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
  });
});
