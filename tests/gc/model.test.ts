/**
 * Model-based tests of the heap and the collector (fast-check `fc.commands`)
 * against a naive reachability model.
 *
 * Commands: allocate an instance (plain, with a logging __del__, or with a
 * __del__ that resurrects its object into a host-held `saved` list), a list
 * or a dict into a new host handle; link (set attribute / append / set item)
 * and unlink; load a referent into a new host handle; drop a host handle;
 * clear `saved`; collect a generation.
 *
 * The model knows the object graph, the host handles and `saved`, and
 * computes reachability by a plain graph walk. It learns which finalizers
 * ran from the finalizers themselves (that is when resurrection happens).
 * After every command:
 *  - nothing reachable from the host handles or `saved` has died;
 *  - every finalizer ran at most once, only on an object that was not
 *    reachable when the command started, and left its FINALIZED bit set;
 *  - verifyHeap() holds.
 * After collect(2) (and, in stress mode, after every allocation, which
 * collects everything first) the live set is exactly what the host reaches.
 * Replaying a command sequence on a fresh heap gives a byte-identical event
 * stream. Everything runs twice: normally, and with the collector's
 * `stress: true` mode (a full collection at every GC allocation).
 *
 * Run counts: GCLAB_FC_RUNS (default 400 per property, half that in stress mode, sized so that
 * `npx jest tests/heap tests/gc` stays well under 20 s on 2 cores). The
 * long local run is `GCLAB_FC_RUNS=10000 npx jest tests/gc`.
 */
import fc from 'fast-check';
import { Collector } from '../../src/gc';
import {
  FINALIZED,
  Heap,
  verifyHeap,
  type ClassObject,
  type DictObject,
  type Instance,
  type ListObject,
  type PyObject,
  type Value,
} from '../../src/heap';
import { defineClass, fn } from '../heap/fixtures';

const RUNS = Number(process.env.GCLAB_FC_RUNS ?? 400);
const LABELS = ['a', 'b', 'c'] as const;
type Label = (typeof LABELS)[number];
type Kind = 'plain' | 'del' | 'lazarus' | 'list' | 'dict';

// ---- the model ---------------------------------------------------------------

interface MObj {
  kind: Kind;
  /** Instance attributes and dict items by label; list items in order. */
  named: Map<Label, number>;
  items: number[];
}

interface Model {
  objs: Map<number, MObj>;
  /** Host handles: model ids, or null once dropped. */
  slots: Array<number | null>;
  /** The contents of the host-held `saved` list (resurrected objects). */
  saved: number[];
  finalized: Map<number, number>;
  nextId: number;
}

function newModel(): Model {
  return { objs: new Map(), slots: [], saved: [], finalized: new Map(), nextId: 1 };
}

function edges(o: MObj): number[] {
  return [...o.named.values(), ...o.items];
}

function reachable(m: Model): Set<number> {
  const seen = new Set<number>();
  const stack = [...m.slots.filter((s): s is number => s !== null), ...m.saved];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...edges(m.objs.get(id)!));
  }
  return seen;
}

/** The live slot at `i` modulo the number of slots, or null. */
function slotAt(m: Model, i: number): { index: number; id: number } | null {
  if (m.slots.length === 0) return null;
  const index = i % m.slots.length;
  const id = m.slots[index];
  return id === null ? null : { index, id };
}

// ---- the real system ------------------------------------------------------------

interface Real {
  heap: Heap;
  gc: Collector;
  saved: ListObject;
  classes: Record<'plain' | 'del' | 'lazarus', ClassObject>;
  objs: Map<number, PyObject>;
  ids: Map<PyObject, number>;
  slots: Array<PyObject | null>;
  /** Model ids whose finalizer ran, in order, not yet seen by the checks. */
  finalizerRuns: number[];
  /** Reachable set at the start of the current command (finalizers must not run on these). */
  protectedIds: Set<number>;
  violations: string[];
}

function newReal(stress: boolean): Real {
  const heap = new Heap({ trace: true });
  const gc = new Collector(heap, { stress, debugOut: () => {}, debugChecks: true });
  gc.enabled = stress; // automatic collection only in stress mode: thresholds are not the subject here
  const real = {} as Real;
  const onFinalize = (self: Value, resurrect: boolean) => {
    const id = real.ids.get(self as PyObject)!;
    real.finalizerRuns.push(id);
    if (real.protectedIds.has(id)) real.violations.push(`finalizer of reachable #${id} ran`);
    if (resurrect) real.saved.append(heap, self);
  };
  Object.assign(real, {
    heap,
    gc,
    saved: heap.newList(),
    classes: {
      plain: defineClass(heap, 'Plain'),
      del: defineClass(heap, 'Del', { __del__: fn(heap, '__del__', ([self]) => onFinalize(self, false)) }),
      lazarus: defineClass(heap, 'Lazarus', { __del__: fn(heap, '__del__', ([self]) => onFinalize(self, true)) }),
    },
    objs: new Map(),
    ids: new Map(),
    slots: [],
    finalizerRuns: [],
    protectedIds: new Set(),
    violations: [],
  });
  return real;
}

// ---- the checks -------------------------------------------------------------------

function fail(message: string): never {
  throw new Error(message);
}

/** Fold the finalizers that ran into the model, then check every invariant. */
function settle(m: Model, r: Real, exact: boolean): void {
  for (const id of r.finalizerRuns) {
    const n = (m.finalized.get(id) ?? 0) + 1;
    m.finalized.set(id, n);
    if (n > 1) fail(`finalizer of #${id} ran ${n} times`);
    if (m.objs.get(id)!.kind === 'lazarus') m.saved.push(id);
  }
  r.finalizerRuns.length = 0;
  if (r.violations.length > 0) fail(r.violations.join('; '));
  // The saved list really holds what the model thinks.
  const realSaved = r.saved.items.map((o) => r.ids.get(o as PyObject));
  if (realSaved.join() !== m.saved.join()) fail(`saved is [${realSaved}] but the model says [${m.saved}]`);
  const live = reachable(m);
  for (const [id, o] of r.objs) {
    if (live.has(id) && o.isDead) fail(`reachable #${id} (${o.describe()}) died`);
    if (exact && !live.has(id) && !o.isDead) fail(`unreachable #${id} (${o.describe()}) survived a full collection`);
    if (m.finalized.has(id) && !o.isDead && (o.flags & FINALIZED) === 0) fail(`#${id} was finalized but has no FINALIZED bit`);
  }
  const v = verifyHeap(r.heap);
  if (!v.ok) fail(v.violation);
}

/** Run one command: the model's part first, then the real one, then the checks. */
function step(m: Model, r: Real, exact: boolean, modelPart: () => void, realPart: () => void): void {
  modelPart();
  r.protectedIds = reachable(m);
  realPart();
  r.protectedIds = new Set();
  settle(m, r, exact);
}

// ---- the commands ----------------------------------------------------------------------

type Cmd = fc.Command<Model, Real>;

class Alloc implements Cmd {
  constructor(readonly kind: Kind) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    const id = m.nextId++;
    step(
      m,
      r,
      r.gc.stress,
      () => {
        m.objs.set(id, { kind: this.kind, named: new Map(), items: [] });
        m.slots.push(id);
      },
      () => {
        const k = this.kind;
        const o = k === 'list' ? r.heap.newList() : k === 'dict' ? r.heap.newDict() : r.heap.newInstance(r.classes[k]);
        r.objs.set(id, o);
        r.ids.set(o, id);
        r.slots.push(o);
      },
    );
  }
  toString(): string {
    return `alloc(${this.kind})`;
  }
}

class Link implements Cmd {
  constructor(readonly from: number, readonly to: number, readonly label: Label) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    const src = slotAt(m, this.from);
    const dst = slotAt(m, this.to);
    if (src === null || dst === null) return;
    const s = m.objs.get(src.id)!;
    step(
      m,
      r,
      false,
      () => {
        if (s.kind === 'list') s.items.push(dst.id);
        else s.named.set(this.label, dst.id);
      },
      () => {
        const o = r.slots[src.index]!;
        const target = r.slots[dst.index]!;
        if (s.kind === 'list') (o as ListObject).append(r.heap, target);
        else if (s.kind === 'dict') (o as DictObject).set(r.heap, this.label, target);
        else (o as Instance).setAttr(r.heap, this.label, target);
      },
    );
  }
  toString(): string {
    return `link(${this.from} -${this.label}-> ${this.to})`;
  }
}

class Unlink implements Cmd {
  constructor(readonly from: number, readonly label: Label) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    const src = slotAt(m, this.from);
    if (src === null) return;
    const s = m.objs.get(src.id)!;
    if (s.kind === 'list' ? s.items.length === 0 : !s.named.has(this.label)) return;
    step(
      m,
      r,
      false,
      () => {
        if (s.kind === 'list') s.items.pop();
        else s.named.delete(this.label);
      },
      () => {
        const o = r.slots[src.index]!;
        if (s.kind === 'list') {
          // list.pop(): the item leaves the list, then the caller drops it.
          const v = (o as ListObject).items.pop()!;
          r.heap.decref(v);
        } else if (s.kind === 'dict') (o as DictObject).delete(r.heap, this.label);
        else (o as Instance).deleteAttr(r.heap, this.label);
      },
    );
  }
  toString(): string {
    return `unlink(${this.from}.${this.label})`;
  }
}

class Load implements Cmd {
  constructor(readonly from: number, readonly label: Label) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    const src = slotAt(m, this.from);
    if (src === null) return;
    const s = m.objs.get(src.id)!;
    const id = s.kind === 'list' ? s.items[0] : s.named.get(this.label);
    if (id === undefined) return;
    step(
      m,
      r,
      false,
      () => void m.slots.push(id),
      () => {
        const o = r.objs.get(id)!;
        r.heap.incref(o);
        r.slots.push(o);
      },
    );
  }
  toString(): string {
    return `load(${this.from}.${this.label})`;
  }
}

class Drop implements Cmd {
  constructor(readonly slot: number) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    const s = slotAt(m, this.slot);
    if (s === null) return;
    step(
      m,
      r,
      false,
      () => (m.slots[s.index] = null),
      () => {
        const o = r.slots[s.index]!;
        r.slots[s.index] = null;
        r.heap.decref(o);
      },
    );
  }
  toString(): string {
    return `drop(${this.slot})`;
  }
}

class ClearSaved implements Cmd {
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    step(
      m,
      r,
      false,
      () => (m.saved = []),
      () => r.saved.clear(r.heap),
    );
  }
  toString(): string {
    return 'clear_saved';
  }
}

class Collect implements Cmd {
  constructor(readonly generation: number) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    step(
      m,
      r,
      this.generation === 2,
      () => {},
      () => void r.gc.collect(this.generation),
    );
  }
  toString(): string {
    return `collect(${this.generation})`;
  }
}

// Slots are picked modulo the number of handles; small numbers favour the
// first objects, so graphs get dense and cyclic quickly. Weights favour
// allocation and linking over dropping and collecting.
const slot = fc.nat(12);
const commands = [
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom<Kind>('plain', 'del', 'lazarus', 'lazarus', 'list', 'dict').map((k) => new Alloc(k)) },
    { weight: 5, arbitrary: fc.tuple(slot, slot, fc.constantFrom(...LABELS)).map(([a, b, l]) => new Link(a, b, l)) },
    { weight: 1, arbitrary: fc.tuple(slot, fc.constantFrom(...LABELS)).map(([a, l]) => new Unlink(a, l)) },
    { weight: 1, arbitrary: fc.tuple(slot, fc.constantFrom(...LABELS)).map(([a, l]) => new Load(a, l)) },
    { weight: 3, arbitrary: slot.map((s) => new Drop(s)) },
    { weight: 1, arbitrary: fc.constant(new ClearSaved()) },
    { weight: 2, arbitrary: fc.constantFrom(0, 1, 2, 2).map((g) => new Collect(g)) },
  ),
];

/** Drop every host handle, clear `saved`, collect: the heap must end with only the fixtures. */
function tearDown(m: Model, r: Real): void {
  for (let i = 0; i < m.slots.length; i++) if (m.slots[i] !== null) new Drop(i).run(m, r);
  // Clearing `saved` can let a lazarus object die for the first time, and
  // resurrect into `saved` again: repeat until nothing comes back.
  for (let i = 0; i <= r.objs.size; i++) {
    new ClearSaved().run(m, r);
    new Collect(2).run(m, r);
    if (m.saved.length === 0) break;
  }
  for (const o of r.objs.values()) if (!o.isDead) fail(`${o.describe()} outlived its last reference`);
}

function property(stress: boolean) {
  return fc.property(fc.commands(commands, { maxCommands: 40 }), (cmds) => {
    const setup = () => ({ model: newModel(), real: newReal(stress) });
    const first = setup();
    fc.modelRun(() => first, cmds);
    tearDown(first.model, first.real);
    // Replay the same commands on a fresh heap: the same event stream, byte for byte.
    const second = setup();
    for (const c of cmds) if (c.check(second.model)) c.run(second.model, second.real);
    tearDown(second.model, second.real);
    expect(second.real.heap.trace!.toJSONL()).toBe(first.real.heap.trace!.toJSONL());
  });
}

test('model: reachable objects survive, full collections free exactly the rest, finalizers run once, the heap verifies, replays are identical', () => {
  fc.assert(property(false), { numRuns: RUNS });
});

test('model, stress mode (a full collection at every GC allocation): the same invariants', () => {
  fc.assert(property(true), { numRuns: Math.max(1, Math.round(RUNS / 2)) });
});

test('model: a hand-written sequence with a resurrecting cycle behaves as the model says', () => {
  const m = newModel();
  const r = newReal(false);
  const seq: Cmd[] = [
    new Alloc('lazarus'), // slot 0
    new Alloc('del'), // slot 1
    new Link(0, 1, 'a'),
    new Link(1, 0, 'b'),
    new Drop(0),
    new Drop(1),
    new Collect(2), // both finalizers run; the lazarus object and its partner survive
    new ClearSaved(),
    new Collect(2), // now they go, without a second finalizer
  ];
  for (const c of seq) c.run(m, r);
  expect([...m.finalized.entries()]).toEqual([
    [1, 1],
    [2, 1],
  ]);
  expect([...r.objs.values()].map((o) => o.isDead)).toEqual([true, true]);
});
