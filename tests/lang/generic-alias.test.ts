/**
 * types.GenericAlias, types.UnionType and the method descriptors at the
 * heap level: an alias owns its origin and arguments (refcounts), is
 * tracked, weakly referenceable and released in ga_dealloc's order; a
 * union is tracked and not weakly referenceable; every bad subscript,
 * union or isinstance leaves a consistent heap; builtin method descriptors
 * are made once. Expected texts were printed by python3 3.11.7.
 */
import fc from 'fast-check';
import { runScenario } from '../../src/lang';
import { verifyHeap } from '../../src/heap';

function run(src: string) {
  return runScenario(src, 'scenario.py', { gcDebugChecks: true });
}

const RUNS = Number(process.env.GCLAB_FC_RUNS ?? 15);

describe('GenericAlias ownership', () => {
  test('origin and args are strong references, released in order origin, args', () => {
    const r = run(
      [
        'import sys',
        'class T:',
        '    def __init__(self, n): self.n = n',
        '    def __del__(self): print("del", self.n)',
        'a, b = T("a"), T("b")',
        'before = sys.getrefcount(a)',
        'alias = dict[a, b]',
        'print(sys.getrefcount(a) - before)',
        'del a, b',
        'print("deleting")',
        'del alias',
        'print("end")',
      ].join('\n') + '\n',
    );
    // the args tuple holds `a`; tupledealloc releases its items last to first
    expect(r.stdout).toBe('1\ndeleting\ndel b\ndel a\nend\n');
    expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
  });

  test('the parameters tuple is made on first use and then held', () => {
    const r = run('from typing import TypeVar\nT = TypeVar("T")\na = list[T]\np = a.__parameters__\nprint(p is a.__parameters__, p)\n');
    expect(r.stdout).toBe('True (~T,)\n');
  });

  test('gc tracking and weak references', () => {
    const r = run(
      'import gc, weakref\nprint(gc.is_tracked(list[int]), gc.is_tracked(int | str))\nw = weakref.ref(list[int])\nprint(w())\n' +
        'try:\n    weakref.ref(int | None)\nexcept TypeError as e:\n    print(e)\n',
    );
    expect(r.stdout).toBe("True True\nNone\ncannot create weak reference to 'types.UnionType' object\n");
  });
});

describe('method descriptors', () => {
  test('made once per type and name, with CPython reprs', () => {
    const r = run('print(list.append is list.append, dict.__repr__ is dict.__repr__)\nprint(list.append, dict.__repr__)\n');
    expect(r.stdout).toBe("True True\n<method 'append' of 'list' objects> <slot wrapper '__repr__' of 'dict' objects>\n");
  });
});

describe('bad inputs leave a consistent heap', () => {
  const bad = [
    'list[int][int]',
    'dict[T, T][int, str]',
    'isinstance([], list[int])',
    'issubclass(str, int | list[int])',
    'int | 3',
    '(int | list[T])[int, str]',
    'types.GenericAlias(list)',
    'list.append(3, 4)',
    'dict.__repr__([])',
    'list[int].nope',
  ];
  test('each raises TypeError or AttributeError with the heap verified', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bad), fc.constantFrom(...bad), (x, y) => {
        const src = `import types\nfrom typing import TypeVar\nT = TypeVar("T")\nfor s in (${JSON.stringify(x)}, ${JSON.stringify(y)}):\n    try:\n        eval(s)\n        print("ok")\n    except (TypeError, AttributeError) as e:\n        print(type(e).__name__)\n`;
        const r = run(src);
        expect(r.stdout.split('\n').filter((l) => l !== '').every((l) => l === 'TypeError' || l === 'AttributeError')).toBe(true);
        expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
      }),
      { numRuns: RUNS },
    );
  });
});
