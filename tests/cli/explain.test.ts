/**
 * --explain for people (docs/explain.md): objects named by label and by the
 * name or container that last held them, the statement that dropped the
 * last reference, the collection that found a cycle; temporaries and
 * start-up objects hidden unless `all`. The explainer reads the trace only.
 */
import { TraceLog } from '../../src/heap';
import { runScenario } from '../../src/lang';
import { explainTrace } from '../../src/cli/explain';

function explain(src: string, all = false, level: 'deaths' | 'refs' = 'deaths'): string {
  const trace = new TraceLog({ level, scenario: 'x.py' });
  runScenario(src, 'x.py', { trace });
  return explainTrace(trace.toJSONL(), { all, sourceLines: src.split('\n') });
}

const NODE = 'class Node:\n    def __init__(self, name):\n        self.name = name\n    def __del__(self):\n        print("bye", self.name)\n';

test('del b: the label, the name, the statement and its line', () => {
  const out = explain(NODE + 'b = Node("b")\ndel b\nprint("done")\n');
  expect(out).toContain("# Node('b').__del__ runs (its reference count reached 0)\nbye b\n# Node('b') freed (last held by `b`): `del b` at line 7 dropped its last reference\ndone\n");
});

test('b = None: rebinding drops the last reference', () => {
  expect(explain(NODE + 'b = Node("b")\nb = None\n')).toContain("# Node('b') freed (last held by `b`): `b` was rebound at line 7 (`b = None`), dropping its last reference\n");
});

test('the end of f(): a local dies with its frame', () => {
  expect(explain(NODE + 'def f():\n    x = Node("x")\nf()\n')).toContain("# Node('x') freed (last held by `x` of f()): its last reference went away at the end of f()\n");
});

test('an object held by another dies with it: "held by"', () => {
  const out = explain('class Box:\n    def __init__(self, name):\n        self.name = name\nb = Box("outer")\nb.inner = Box("inner")\ndel b\n');
  expect(out).toContain("# Box('outer') freed (last held by `b`): `del b` at line 6 dropped its last reference\n");
  expect(out).toContain("# Box('inner') freed: it was held by Box('outer'), which was being freed\n");
});

test('a container that held it is named at level refs', () => {
  const out = explain('class Box:\n    def __init__(self, name):\n        self.name = name\nitems = [Box("x")]\nitems.pop()\n', false, 'refs');
  expect(out).toContain("# Box('x') freed (last held by list[1]): its reference count dropped to 0 at line 5 (`items.pop()`)\n");
});

test('a cycle: which collection found it, and the deaths it caused', () => {
  const out = explain(NODE + 'import gc\na = Node("a")\nb = Node("b")\na.peer = b\nb.peer = a\ndel a, b\ngc.collect()\n');
  expect(out).toContain('# collection 1 of generation 2 starts\n');
  expect(out).toContain("# Node('a').__del__ runs (the collector found it unreachable)\nbye a\n");
  expect(out).toContain("# collection 1 (generation 2) found unreachable cyclic garbage: Node('a'), Node('b')\n");
  expect(out).toContain("# Node('a') reclaimed as cyclic garbage by collection 1 (generation 2) (last held by `a`)\n");
  expect(out).toContain('# collection 1 ends: 2 collected, 0 uncollectable\n');
});

test('temporaries and start-up objects are hidden, and shown with all', () => {
  const src = 'x = [1, 2]\nprint(len([3, 4, 5]))\ndel x\n';
  const quiet = explain(src);
  expect(quiet).toContain('# list[2] freed (last held by `x`): `del x` at line 3 dropped its last reference\n');
  expect(quiet).not.toContain('list[3]');
  const all = explain(src, true);
  expect(all).toContain('# list[3] freed: its reference count dropped to 0 at line 2 (`print(len([3, 4, 5]))`)\n');
  // Start-up objects die at shutdown: only `all` narrates them.
  const count = (s: string) => s.split('\n').filter((l) => l.startsWith('#')).length;
  expect(count(all)).toBeGreaterThan(count(quiet) + 20);
});

test('weakref callbacks, resurrection and shutdown', () => {
  const out = explain(
    'import gc, weakref\nclass N:\n    pass\nsaved = []\nclass L:\n    def __del__(self):\n        saved.append(self)\n' +
      'n = N(); n.me = n\nr = weakref.ref(n, lambda w: None)\nl = L(); l.me = l\ndel n, l\ngc.collect()\nk = N()\nk.name = "kept"\n',
  );
  expect(out).toMatch(/# 1 weakref to N\(\) cleared by the collector\n/);
  expect(out).toMatch(/# the callback of weakref to N\(\) runs\n/);
  expect(out).toContain('# L() was resurrected by a finalizer: it survives\n');
  expect(out).toContain('# end of the scenario: atexit handlers, a collection, then the modules are torn down\n');
  expect(out).toMatch(/# N\('kept'\) reclaimed as cyclic garbage by collection 3 \(generation 2\) during shutdown \(last held by `k`\)\n/);
});

test('the output is exactly the program output once the # lines are removed', () => {
  const src = NODE + 'import gc\nfor i in range(3):\n    n = Node(str(i))\nprint("x")\ngc.collect()\n';
  const plain = runScenario(src, 'x.py').stdout;
  const out = explain(src);
  expect(out.split('\n').filter((l) => !l.startsWith('# ')).join('\n')).toBe(plain);
});
