/**
 * Module trees shared by the interpreters of a process
 * (src/lang/interp/shared-trees.ts): a run that takes the trees an earlier
 * run parsed and folded makes the same heap objects, events and output as
 * the first run, which parsed them; folded constants are each run's own;
 * a module imported again in one run is compiled again.
 */
import { runScenario } from '../../src/lang';
import { verifyHeap } from '../../src/heap';
import { STDLIB_PREFIX, STDLIB_SOURCES } from '../../src/lang/stdlib';
import { takeSharedTree } from '../../src/lang/interp/shared-trees';

const files: Record<string, string> = {
  'mod_consts.py': ['def f():', '    return (1, 2.5, "x", (3, -4.0))', 'X = (3, (4, 5))', 'for i in [1, 2]:', '    pass', ''].join('\n'),
};

// Imports with folded tuples (collections, weakref's modules, enum), a module beside the
// scenario, collections that depend on the order of allocation, and a traceback through a
// stdlib module (its lines are shared too).
const MAIN = [
  'import gc, sys, collections, weakref, enum',
  'import mod_consts',
  'class C:',
  '    pass',
  'd = weakref.WeakValueDictionary()',
  'objs = [C() for _ in range(5)]',
  'for i, o in enumerate(objs):',
  '    d[i] = o',
  'a, b = C(), C()',
  'a.other, b.other = b, a',
  'del a, b',
  'print(gc.get_count(), gc.collect(), len(d), sorted(d.keys()))',
  'print(mod_consts.f() is mod_consts.f(), mod_consts.X, collections.OrderedDict(x=1))',
  'print(enum.Enum("Color", "RED GREEN").GREEN)',
  'collections.namedtuple("P", ["x", "x"])',
  '',
].join('\n');

function run(source: string) {
  const r = runScenario(source, '/virtual/main.py', {
    trace: true,
    readModuleFile: (rel) => (rel in files ? { source: files[rel], filename: `/virtual/${rel}` } : undefined),
  });
  expect(verifyHeap(r.heap).ok).toBe(true);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, steps: r.steps, gcAllocations: r.gcAllocations, trace: r.trace!.toJSONL() };
}

test('a run through shared trees is the run that parsed them, trace included', () => {
  const origin = `${STDLIB_PREFIX}/collections/__init__.py`;
  const source = STDLIB_SOURCES['collections/__init__.py'];
  // Nothing is shared before the first run of this file's module registry.
  expect(takeSharedTree('collections/__init__.py', origin, source, {})).toBeUndefined();
  const first = run(MAIN);
  expect(first.exitCode).toBe(1);
  expect(first.stderr).toContain("ValueError: Encountered duplicate field name: 'x'");
  expect(first.stdout).toContain('True (3, (4, 5)) OrderedDict([(\'x\', 1)])\nColor.GREEN\n');
  // The first run left its trees for the next ones.
  expect(takeSharedTree('collections/__init__.py', origin, source, {})).toBeDefined();
  for (let k = 0; k < 10; k++) expect(run(MAIN)).toEqual(first);
});

test('a module imported again in one run gets new constants (as CPython compiles it again), a shared tree included', () => {
  const main = [
    'import sys, mod_consts',
    'a = mod_consts.f()',
    'del sys.modules["mod_consts"]',
    'import mod_consts as m2',
    'print(a is mod_consts.f(), m2.f() is mod_consts.f(), m2.f() == a, m2.X is mod_consts.X)',
    '',
  ].join('\n');
  // (python3 prints the same.)
  for (let k = 0; k < 3; k++) expect(run(main).stdout).toBe('True False True False\n');
});

test('a changed source is parsed again, not taken from the shared tree', () => {
  const before = run('import mod_consts\nprint(mod_consts.X)\n');
  expect(before.stdout).toBe('(3, (4, 5))\n');
  const saved = files['mod_consts.py'];
  try {
    files['mod_consts.py'] = 'X = (6, 7)\n';
    expect(run('import mod_consts\nprint(mod_consts.X)\n').stdout).toBe('(6, 7)\n');
  } finally {
    files['mod_consts.py'] = saved;
  }
});
