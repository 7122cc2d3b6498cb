/**
 * The start-up build (src/cli/launch.ts, scripts/bundle.js): `npm run build`
 * leaves a one-file bundle of the scenario thread and its V8 code cache in
 * dist/cli, and `gclab run` through it behaves exactly as through dist/'s
 * plain modules (GCLAB_NO_BUNDLE=1): same output, same exit status, same
 * trace, errors and limits included. The bundled thread imports the stdlib
 * from the trees the build parsed (gclab.stdlib-trees, parsed-trees.ts),
 * the plain modules parse it: tracebacks through stdlib code and traces of
 * stdlib objects must not tell them apart. The bundle reads a stdlib
 * module's source from gclab.stdlib-sources/ when it is first imported.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, gclab, ROOT, scenario, tmpPath } from './bin';

jest.setTimeout(120_000);
beforeAll(ensureBuilt);

const plain = { env: { ...process.env, GCLAB_NO_BUNDLE: '1' } };
/**
 * The bundle with the same environment's keys (an empty GCLAB_NO_BUNDLE is
 * unset for the launcher): a program that imports collections loads os, as
 * python3's start-up does, and os.environ's size shows in a trace's labels.
 */
const bundledEnv = { env: { ...process.env, GCLAB_NO_BUNDLE: '' } };

test('npm run build made the bundle and its code cache', () => {
  const cli = path.join(ROOT, 'dist', 'cli');
  for (const f of ['gclab.bundle.js', 'gclab.bundle.cache', 'launch.js', 'gclab.stdlib-lines.json']) expect(fs.existsSync(path.join(cli, f))).toBe(true);
  // The stdlib's sources are read from their own files when first imported, not carried in the bundle.
  expect(fs.readFileSync(path.join(cli, 'gclab.bundle.js'), 'utf8')).not.toContain('def namedtuple(');
  expect(fs.readFileSync(path.join(cli, 'gclab.stdlib-sources', 'collections', '__init__.py'), 'utf8')).toContain('def namedtuple(');
  for (const f of ['collections/__init__.py.tree', 'dataclasses.py.tree', 'enum.py.tree']) expect(fs.existsSync(path.join(cli, 'gclab.stdlib-trees', f))).toBe(true);
  // Not older than the modules it was made from (else launch.ts ignores it).
  expect(fs.statSync(path.join(cli, 'gclab.bundle.js')).mtimeMs).toBeGreaterThanOrEqual(fs.statSync(path.join(cli, 'run-worker.js')).mtimeMs);
});

const scenarios: Array<[string, string]> = [
  ['hello.py', 'print("hello")\n'],
  [
    'lifetimes.py',
    'import gc, weakref\nclass N:\n    def __init__(self, name): self.name = name\n    def __del__(self): print("del", self.name)\n' +
      'a = N("a"); b = N("b"); a.other = b; b.other = a\nr = weakref.ref(a, lambda ref: print("callback"))\ndel a, b\n' +
      'print("collected", gc.collect())\nc = N("c")\ndel c\nprint("end")\n',
  ],
  ['raises.py', 'def f(n):\n    if n == 0:\n        raise ValueError("bottom")\n    f(n - 1)\nprint("start")\nf(3)\n'],
  ['recursion.py', 'def f(n):\n    return f(n + 1)\nf(0)\n'],
  ['exit.py', 'import sys\nprint("out")\nprint("err", file=sys.stderr)\nsys.exit(3)\n'],
  [
    'stdlib.py',
    'import collections, dataclasses, enum, functools, gc\nP = collections.namedtuple("P", "x y")\n' +
      '@dataclasses.dataclass\nclass D:\n    a: int\n    b: list = dataclasses.field(default_factory=list)\n' +
      'class Color(enum.Enum):\n    RED = 1\n@functools.lru_cache\ndef sq(n): return n * n\n' +
      'print(P(1, 2), D(1), Color.RED, sq(4), collections.Counter("abca").most_common(1), gc.collect())\n' +
      'collections.namedtuple("Q", "a a")\n',
  ],
];

test.each(scenarios)('%s: the bundle and the plain modules give the same run', (name, src) => {
  const file = scenario(`launch-${name}`, src);
  const bundled = gclab(['run', file]);
  const modules = gclab(['run', file], plain);
  expect(bundled).toEqual(modules);
});

test('the trace is byte-identical through the bundle', () => {
  const file = scenario('launch-trace.py', 'import gc, collections\nclass C: pass\na = C(); a.me = a\nd = collections.OrderedDict(a=a)\ndel a, d\ngc.collect()\n');
  const t1 = tmpPath('launch-bundled.jsonl');
  const t2 = tmpPath('launch-plain.jsonl');
  expect(gclab(['run', '--trace', t1, file], bundledEnv).status).toBe(0);
  expect(gclab(['run', '--trace', t2, file], plain).status).toBe(0);
  expect(fs.readFileSync(t1, 'utf8')).toBe(fs.readFileSync(t2, 'utf8'));
  expect(fs.readFileSync(t1, 'utf8').length).toBeGreaterThan(0);
});

test('limits and bad input end the same way', () => {
  const file = scenario('launch-limit.py', 'xs = []\nwhile True:\n    xs.append([])\n');
  const bundled = gclab(['run', '--max-objects', '2000', file]);
  expect(bundled.status).not.toBe(0);
  expect(bundled).toEqual(gclab(['run', '--max-objects', '2000', file], plain));
  const missing = gclab(['run', tmpPath('no-such-file.py')]);
  expect(missing.status).toBe(2);
  expect(missing).toEqual(gclab(['run', tmpPath('no-such-file.py')], plain));
});
