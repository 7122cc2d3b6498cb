/**
 * _PyFrame_FastToLocalsWithError removes an unbound local's name from the
 * frame's f_locals dict with PyObject_DelItem; when the dict lacks the
 * name, the KeyError it raises and clears is GC traffic (a 1-tuple of the
 * key, plus the chained KeyError instance inside an except block). The
 * expected counts were printed by python3 3.11.7.
 */
import { runScenario } from '../../src/lang';
import { verifyHeap } from '../../src/heap';

function run(src: string) {
  return runScenario(src, 'scenario.py', { gcDebugChecks: true });
}

const PRELUDE = [
  'import gc, sys',
  'gc.disable()',
  'def holes():',
  '    a = 1',
  '    b = 2',
  '    del a, b',
  '    c = 3',
  '    return sys._getframe()',
  'def full():',
  '    a = 1',
  '    return sys._getframe()',
  'def live(n):',
  '    x = 1',
  '    if n:',
  '        del x',
  '    return locals()',
];

describe('f_locals of a frame with unbound locals', () => {
  test('the first read counts the KeyError tuple once, a later read nothing more', () => {
    const r = run(
      [
        ...PRELUDE,
        'f1 = full(); f2 = holes()',
        'gc.collect()',
        'c = gc.get_count',
        'a0 = c()[0]; f1.f_locals; a1 = c()[0]; f2.f_locals; a2 = c()[0]; f2.f_locals; a3 = c()[0]',
        'print(a1 - a0, a2 - a1, a3 - a2)',
      ].join('\n') + '\n',
    );
    // python3 prints 2 2 0: full() pays for the dict and the count tuple
    // that the free list does not hold yet; holes() for the dict and one
    // 1-tuple (its second KeyError reuses it); a second read nothing more.
    expect(r.stdout).toBe('2 2 0\n');
    expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
  });

  test('locals() with an unbound local, after gc.collect() emptied the free lists', () => {
    const r = run(
      [
        ...PRELUDE,
        'gc.collect()',
        'a0 = gc.get_count()[0]; live(0); a1 = gc.get_count()[0]',
        'gc.collect()',
        'b0 = gc.get_count()[0]; live(1); b1 = gc.get_count()[0]; live(1); b2 = gc.get_count()[0]',
        'print(a1 - a0, b1 - b0, b2 - b1)',
      ].join('\n') + '\n',
    );
    // python3 prints 2 3 0: live(1) after gc.collect() counts the KeyError's 1-tuple too.
    expect(r.stdout).toBe('2 3 0\n');
    expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
  });

  test('inside an except block the chained KeyError instance comes and goes', () => {
    const r = run(
      [
        ...PRELUDE,
        'try:',
        '    raise KeyError("handled")',
        'except KeyError:',
        '    f = holes()',
        '    gc.collect()',
        '    a0 = gc.get_count()[0]; f.f_locals; a1 = gc.get_count()[0]',
        '    print(a1 - a0, sorted(f.f_locals))',
      ].join('\n') + '\n',
    );
    // python3 prints 3: the dict, the 1-tuple and the count's tuple (the
    // chained KeyError instance is made and freed in between).
    expect(r.stdout).toBe("3 ['c']\n");
    expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
  });
});
