/**
 * Trace format v1, event by event (docs/trace-format.md): scenarios run with
 * tracing on, checked for each kind's fields and for what they say --
 * bindings, frames, counts, edges, deaths with their cause, every phase of
 * a collection with gc_refs as docs/gc.md's worked example gives them,
 * output interleaving, start-up objects, levels.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TraceLog, type TracedEvent } from '../../src/heap';
import { validateTrace, type TraceLevel } from '../../src/heap/trace-format';
import { runScenario } from '../../src/lang';

function traced(src: string, level: TraceLevel = 'all'): { events: TracedEvent[]; text: string; stdout: string } {
  const trace = new TraceLog({ level, scenario: 'x.py' });
  const r = runScenario(src, 'x.py', { trace });
  const text = trace.toJSONL();
  expect(validateTrace(text)).toEqual([]);
  return { events: trace.events, text, stdout: r.stdout };
}

const of = (events: TracedEvent[], kind: string) => events.filter((e) => e.kind === kind);
const deathOf = (events: TracedEvent[], label: string) => events.find((e) => e.kind === 'death' && e.label === label)!;

const NODE = 'class Node:\n    def __init__(self, name):\n        self.name = name\n';

describe('program events', () => {
  test('header, startup, frames, exit', () => {
    const { events, text } = traced(NODE + 'def f():\n    return 1\nf()\n', 'deaths');
    expect(JSON.parse(text.split('\n')[0])).toEqual({
      format: 'gclab-trace', version: 1, gclab: '0.1.0', scenario: 'x.py',
      profile: { python: '3.11.7', level: 'deaths', schedule: null, gcStress: false },
    });
    expect(events[0]).toMatchObject({ seq: 1, kind: 'startup' });
    const lastId = events[0].lastId as number;
    expect(events[0].objects).toBeGreaterThan(50);
    // At level deaths, no start-up object's allocation is recorded.
    expect(of(events, 'alloc').every((e) => e.id! > lastId)).toBe(true);
    const frames = of(events, 'frame');
    expect(frames[0]).toMatchObject({ frame: 1, parent: 0, fn: '<module>' });
    const fFrame = frames.find((e) => e.fn === 'f')!;
    expect(fFrame.parent).toBe(1);
    expect(of(events, 'frame-end').some((e) => e.frame === fFrame.frame)).toBe(true);
    expect(events.at(-1)).toMatchObject({ kind: 'exit', status: 0 });
    expect(of(events, 'shutdown')).toHaveLength(1);
  });

  test('every event carries the line and function of the innermost frame', () => {
    const { events } = traced(NODE + 'def f():\n    x = Node("in f")\n    return 1\nf()\n', 'deaths');
    const alloc = events.find((e) => e.kind === 'bind' && e.name === 'x')!;
    expect(alloc).toMatchObject({ line: 5, fn: 'f' });
    const init = events.find((e) => e.kind === 'bind' && e.name === 'self')!;
    expect(init).toMatchObject({ fn: '__init__' });
  });

  test('bind and unbind: globals by module, locals and parameters by frame, immediates by value, the old object', () => {
    const { events } = traced(NODE + 'a = Node("a")\nn = 42\ns = "hi"\na = Node("a2")\ndel a\ndef f(p):\n    q = p\nf(n)\n', 'deaths');
    const binds = of(events, 'bind');
    const a1 = binds.find((e) => e.name === 'a' && e.label === "Node('a')")!;
    expect(a1).toMatchObject({ module: '__main__', id: expect.any(Number) });
    expect(binds.find((e) => e.name === 'n')).toMatchObject({ module: '__main__', value: '42' });
    expect(binds.find((e) => e.name === 's')).toMatchObject({ value: "'hi'" });
    expect(binds.find((e) => e.name === 'a' && e.label === "Node('a2')")).toMatchObject({ old: a1.id });
    expect(of(events, 'unbind').find((e) => e.name === 'a')).toMatchObject({ module: '__main__', line: 8 });
    const p = binds.find((e) => e.name === 'p')!;
    expect(p.frame).toBeGreaterThan(1);
    expect(p.value).toBe('42');
    expect(binds.find((e) => e.name === 'q')).toMatchObject({ frame: p.frame, value: '42' });
  });

  test('output events interleave with the deaths in program order', () => {
    const { events, stdout } = traced(NODE + '    def __del__(self):\n        print("del", self.name)\nb = Node("b")\nprint("before")\ndel b\nprint("after")\n', 'deaths');
    const outputs = of(events, 'output').map((e) => e.text).join('');
    expect(outputs).toBe(stdout);
    const seqOf = (text: string) => events.find((e) => e.kind === 'output' && e.text === text)!.seq;
    const death = deathOf(events, "Node('b')");
    expect(seqOf('before\n')).toBeLessThan(death.seq);
    expect(death.seq).toBeLessThan(seqOf('after\n'));
    const fin = events.find((e) => e.kind === 'finalize')!;
    expect(fin).toMatchObject({ type: 'Node', path: 'refcount' });
    expect(fin.seq).toBeLessThan(death.seq);
  });

  test('line events only at level all', () => {
    const src = 'x = 1\ny = 2\n';
    expect(of(traced(src, 'all').events, 'line').map((e) => e.line)).toEqual(expect.arrayContaining([1, 2]));
    expect(of(traced(src, 'refs').events, 'line')).toEqual([]);
    expect(of(traced(src, 'deaths').events, 'line')).toEqual([]);
  });
});

describe('objects and references', () => {
  test('labels are the repr a user knows, made without calling __repr__', () => {
    const { events } = traced(
      'class P:\n    def __repr__(self):\n        print("repr ran!")\n        return "P"\np = P()\np.x = 3\nl = [1, 2]\nd = {"k": 1}\nt = (l, 1)\ndef f():\n    pass\nimport gc\n',
      'deaths',
    );
    const label = (name: string) => of(events, 'bind').find((e) => e.name === name)!.label;
    expect(label('p')).toBe('P()');
    expect(label('l')).toBe('list[2]');
    expect(label('d')).toBe('dict{1}');
    expect(label('t')).toBe('tuple[2]');
    expect(label('f')).toBe('function f');
    expect(label('P')).toBe('class P');
    expect(label('gc')).toBe('module gc');
    expect(of(events, 'output')).toEqual([]);
  });

  test('incref/decref give the count after the change; a decref to 0 comes just before the death', () => {
    const { events } = traced(NODE + 'a = Node("a")\nb = a\ndel b\ndel a\n', 'refs');
    const id = of(events, 'bind').find((e) => e.name === 'a')!.id;
    const counts = events.filter((e) => (e.kind === 'incref' || e.kind === 'decref') && e.id === id);
    expect(counts.length).toBeGreaterThan(2);
    const last = counts.at(-1)!;
    expect(last).toMatchObject({ kind: 'decref', rc: 0 });
    const death = events.find((e) => e.kind === 'death' && e.id === id)!;
    expect(death.seq).toBeGreaterThan(last.seq);
    // No start-up object's count is recorded at level refs.
    const lastId = events[0].lastId as number;
    expect(events.filter((e) => e.kind === 'incref' || e.kind === 'decref').every((e) => e.id! > lastId)).toBe(true);
  });

  test('edges: the objects an object refers to, recorded when they change', () => {
    const { events } = traced(NODE + 'a = Node("a")\nb = Node("b")\na.peer = b\na.peer = None\n', 'refs');
    const a = of(events, 'bind').find((e) => e.name === 'a')!.id!;
    const b = of(events, 'bind').find((e) => e.name === 'b')!.id!;
    const edges = events.filter((e) => e.kind === 'edges' && e.id === a);
    expect(edges.some((e) => (e.to as number[]).includes(b))).toBe(true);
    expect((edges.at(-1)!.to as number[]).includes(b)).toBe(false);
    expect(edges.at(-1)!.label).toBe("Node('a')");
    expect(of(traced('x = 1\n', 'deaths').events, 'edges')).toEqual([]);
  });
});

describe('deaths', () => {
  const src =
    NODE +
    '        self.items = [1, 2]\n' + // line 4
    'def f():\n    x = Node("x")\n    return 1\n' + // 5-7
    'b = Node("b")\ndel b\n' + // 8-9
    'c = Node("c")\nc = None\n' + // 10-11
    'f()\n' + // 12
    'print(Node("t").name)\n' + // 13
    'k = Node("kept")\n';
  const { events } = traced(src, 'deaths');

  test('by `del b`, with the line', () => {
    expect(deathOf(events, "Node('b')")).toMatchObject({ cause: 'refcount', by: 'del b', line: 9, fn: '<module>' });
  });
  test('by rebinding `c = None`', () => {
    expect(deathOf(events, "Node('c')")).toMatchObject({ by: 'c = ...', line: 11 });
  });
  test('at the end of f()', () => {
    expect(deathOf(events, "Node('x')")).toMatchObject({ by: 'end of f()' });
  });
  test('via the object that held it', () => {
    const b = deathOf(events, "Node('b')");
    const list = events.find((e) => e.kind === 'death' && e.via === b.id)!;
    expect(list).toMatchObject({ type: 'list', label: 'list[2]', by: 'del b' });
  });
  test('a temporary: no by, the line of its statement', () => {
    const t = deathOf(events, "Node('t')");
    expect(t.by).toBeUndefined();
    expect(t.line).toBe(13);
  });
  test('at shutdown', () => {
    expect(deathOf(events, "Node('kept')")).toMatchObject({ shutdown: true });
    expect(deathOf(events, "Node('b')").shutdown).toBeUndefined();
  });
});

describe('collections', () => {
  const example = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'gc_worked_example.py'), 'utf8');
  const { events, stdout } = traced(example, 'refs');

  test('docs/gc.md worked example: gc_refs 2 1 1 1 1 after update_refs, 0 0 1 0 0 after subtract_refs', () => {
    expect(stdout).toBe(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'gc_worked_example.out'), 'utf8'));
    const start = events.find((e) => e.kind === 'gc-start' && e.generation === 0)!;
    const phase = (name: string) => events.find((e) => e.kind === 'gc-phase' && e.collection === start.collection && e.phase === name && e.pass === undefined)!;
    const update = phase('update_refs');
    const labels = update.labels as string[];
    const ids = update.objects as number[];
    const names = ['A', 'B', 'C', 'D', 'E'];
    const idx = names.map((n) => labels.indexOf(`N('${n}')`));
    expect(idx.every((i) => i >= 0)).toBe(true);
    // The five are the young generation, in creation order.
    expect(idx).toEqual([...idx].sort((x, y) => x - y));
    expect(idx.map((i) => (update.gc_refs as number[])[i])).toEqual([2, 1, 1, 1, 1]);
    const subtract = phase('subtract_refs');
    expect(subtract.objects).toEqual(ids);
    expect(idx.map((i) => (subtract.gc_refs as number[])[i])).toEqual([0, 0, 1, 0, 0]);
    const [a, b, c, d, e] = idx.map((i) => ids[i]);
    const move = phase('move_unreachable');
    expect(move.unreachable).toEqual([d, e]);
    expect((move.reachable as number[]).filter((id) => [a, b, c].includes(id))).toEqual([c, a, b]);
    expect(phase('delete_garbage').objects).toEqual([d, e]);
    expect(phase('finalize_garbage').objects).toEqual([d, e]);
    const clears = events.filter((x) => x.kind === 'clear' && x.seq > start.seq).slice(0, 1);
    expect(clears[0]).toMatchObject({ id: d, type: 'N' });
    expect(deathOf(events, "N('D')")).toMatchObject({ cause: 'cycle', collection: start.collection });
    expect(events.find((x) => x.kind === 'gc-end' && x.collection === start.collection)).toMatchObject({ generation: 0, collected: 2, uncollectable: 0 });
  });

  test('weakrefs cleared, callbacks queued and run, resurrection', () => {
    const { events } = traced(
      'import gc, weakref\nsaved = []\nclass L:\n    def __del__(self):\n        saved.append(self)\n' +
        'class N:\n    pass\nn = N(); n.me = n\nr = weakref.ref(n, lambda w: print("cb"))\nl = L(); l.me = l\ndel n, l\ngc.collect()\n',
      'deaths',
    );
    const weak = events.find((e) => e.kind === 'weakrefs-cleared')!;
    expect(weak).toMatchObject({ type: 'N', count: 1 });
    const ref = (weak.refs as number[])[0];
    const hw = events.find((e) => e.kind === 'gc-phase' && e.phase === 'handle_weakrefs' && (e.cleared as number[]).length > 0)!;
    expect(hw.callbacks).toEqual([ref]);
    expect(events.find((e) => e.kind === 'callback')).toMatchObject({ ref });
    const res = events.find((e) => e.kind === 'gc-phase' && e.phase === 'handle_resurrected_objects')!;
    expect((res.resurrected as number[]).length).toBeGreaterThan(0);
    expect(events.some((e) => e.kind === 'resurrect' && e.type === 'L')).toBe(true);
    expect(events.some((e) => e.kind === 'gc-phase' && e.pass === 2 && e.phase === 'update_refs')).toBe(true);
  });

  test('legacy finalizers phase is always there', () => {
    expect(events.some((e) => e.kind === 'gc-phase' && e.phase === 'move_legacy_finalizers' && Array.isArray(e.finalizers))).toBe(true);
  });
});

test('two runs give byte-identical traces at every level', () => {
  for (const level of ['deaths', 'refs', 'all'] as const) {
    const src = NODE + 'import gc\na = Node("a")\na.me = a\ndel a\ngc.collect()\n';
    expect(traced(src, level).text).toBe(traced(src, level).text);
  }
});
