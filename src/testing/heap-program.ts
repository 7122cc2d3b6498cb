/**
 * Heap programs: the commands the model-based tests drive the heap and the
 * collector with (tests/gc/model.test.ts), as plain data, with the naive
 * reachability model they are checked against.
 *
 * Commands: allocate an instance (plain, with a logging __del__, or with a
 * __del__ that resurrects its object into a host-held `saved` list), a list
 * or a dict into a new host handle; link (set attribute / append / set
 * item) and unlink; load a referent into a new host handle; drop a host
 * handle; clear `saved`; collect a generation. Handles are picked modulo
 * the number of handles, so any numbers make a valid program.
 *
 * The model knows the object graph, the host handles and `saved`, and
 * computes reachability by a plain graph walk. It learns which finalizers
 * ran from the finalizers themselves (that is when resurrection happens).
 * After every command HeapProgram checks:
 *  - nothing reachable from the host handles or `saved` has died;
 *  - every finalizer ran at most once, only on an object that was not
 *    reachable when the command started, and left its FINALIZED bit set;
 *  - verifyHeap() holds.
 * After a full collection (and, when every allocation collects, after
 * every allocation) the live set is exactly what the host reaches.
 */
import { Collector, type CollectionSchedule } from '../gc';
import {
  BasicHost,
  FINALIZED,
  Heap,
  verifyHeap,
  type ClassObject,
  type DictObject,
  type Instance,
  type ListObject,
  type PyObject,
  type Value,
} from '../heap';

/** Attribute names / dict keys the programs use. */
export const HEAP_LABELS = ['a', 'b', 'c'] as const;
/** One of HEAP_LABELS: an attribute name or dict key of the heap programs. */
export type HeapLabel = (typeof HEAP_LABELS)[number];
/** What `alloc` makes: an instance (plain, with a __del__, with a resurrecting __del__), a list or a dict. */
export type HeapObjectKind = 'plain' | 'del' | 'lazarus' | 'list' | 'dict';

/** One step of a heap program. Slot numbers are taken modulo the number of host handles. */
export type HeapCommand =
  | { op: 'alloc'; kind: HeapObjectKind }
  | { op: 'link'; from: number; to: number; label: HeapLabel }
  | { op: 'unlink'; from: number; label: HeapLabel }
  | { op: 'load'; from: number; label: HeapLabel }
  | { op: 'drop'; slot: number }
  | { op: 'clearSaved' }
  | { op: 'collect'; generation: 0 | 1 | 2 };

/** A command as text: `alloc(lazarus)`, `link(0 -a-> 1)`, `collect(2)`. */
export function describeHeapCommand(c: HeapCommand): string {
  switch (c.op) {
    case 'alloc':
      return `alloc(${c.kind})`;
    case 'link':
      return `link(${c.from} -${c.label}-> ${c.to})`;
    case 'unlink':
      return `unlink(${c.from}.${c.label})`;
    case 'load':
      return `load(${c.from}.${c.label})`;
    case 'drop':
      return `drop(${c.slot})`;
    case 'clearSaved':
      return 'clear_saved';
    case 'collect':
      return `collect(${c.generation})`;
  }
}

/** A violated invariant of a heap program (the message says which, and which object). */
export class HeapInvariantError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HeapInvariantError';
  }
}

interface ModelObject {
  kind: HeapObjectKind;
  /** Instance attributes and dict items by label; list items in order. */
  named: Map<HeapLabel, number>;
  items: number[];
}

/**
 * The naive reachability model: objects by id, the host handles, the `saved` list, and which
 * finalizers ran. `reachable()` is a plain graph walk from the handles and `saved`.
 */
export class ReachabilityModel {
  readonly objects = new Map<number, ModelObject>();
  /** Host handles: object ids, or null once dropped. */
  readonly slots: Array<number | null> = [];
  /** The contents of the host-held `saved` list (resurrected objects), in order. */
  saved: number[] = [];
  /** How many times each object's finalizer ran. */
  readonly finalized = new Map<number, number>();
  private nextId = 1;

  /** A new object of `kind` held by a new handle; returns its id. */
  allocate(kind: HeapObjectKind): number {
    const id = this.nextId++;
    this.objects.set(id, { kind, named: new Map(), items: [] });
    this.slots.push(id);
    return id;
  }

  /** The references object `id` holds. */
  edges(id: number): number[] {
    const o = this.objects.get(id)!;
    return [...o.named.values(), ...o.items];
  }

  /** Every object reachable from the host handles and `saved`. */
  reachable(): Set<number> {
    const seen = new Set<number>();
    const stack = [...this.slots.filter((s): s is number => s !== null), ...this.saved];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...this.edges(id));
    }
    return seen;
  }

  /** The live handle at `i` modulo the number of handles, or null. */
  slotAt(i: number): { index: number; id: number } | null {
    if (this.slots.length === 0) return null;
    const index = i % this.slots.length;
    const id = this.slots[index];
    return id === null ? null : { index, id };
  }

  /** The kind of the model object `id` (which must exist). */
  kindOf(id: number): HeapObjectKind {
    return this.objects.get(id)!.kind;
  }

  /** The model object `id` (which must exist). */
  object(id: number): ModelObject {
    return this.objects.get(id)!;
  }
}

/** Options of a HeapProgram. */
export interface HeapProgramOptions {
  /** Collect every generation at every GC allocation (the collector's stress mode). */
  stress?: boolean;
  /** Automatic collections where this schedule says (thresholds as the schedule says); default: none. */
  schedule?: CollectionSchedule | null;
  /** Record the heap's event trace (HeapProgram.trace()). */
  trace?: boolean;
}

/**
 * A heap and a collector driven by HeapCommands beside a ReachabilityModel: `run(command)` applies
 * a command to both and checks every invariant (throwing HeapInvariantError); `tearDown()` drops
 * everything and checks that all of it was reclaimed. The collector's between-phase checks are on.
 */
export class HeapProgram {
  readonly model = new ReachabilityModel();
  readonly heap: Heap;
  readonly gc: Collector;
  private readonly saved: ListObject;
  private readonly classes: Record<'plain' | 'del' | 'lazarus', ClassObject>;
  private readonly objs = new Map<number, PyObject>();
  private readonly ids = new Map<PyObject, number>();
  private readonly slots: Array<PyObject | null> = [];
  private readonly finalizerRuns: number[] = [];
  private protectedIds = new Set<number>();
  private readonly violations: string[] = [];
  /** Does every allocation run a full collection (stress mode)? */
  private readonly exactAfterAlloc: boolean;
  /** Unraisable reports (there should be none). */
  readonly unraisable: string[] = [];

  constructor(options: HeapProgramOptions = {}) {
    this.heap = new Heap({ trace: options.trace ?? false, host: new BasicHost((t) => this.unraisable.push(t)) });
    const stress = options.stress ?? false;
    this.gc = new Collector(this.heap, { stress, debugOut: () => {}, debugChecks: true });
    this.exactAfterAlloc = stress;
    // Automatic collections only in stress mode or under a schedule: thresholds are not the subject.
    this.gc.enabled = stress || (options.schedule ?? null) !== null;
    if (options.schedule) this.gc.setSchedule(options.schedule);
    this.saved = this.heap.newList();
    const heap = this.heap;
    const onFinalize = (self: Value, resurrect: boolean) => {
      const id = this.ids.get(self as PyObject)!;
      this.finalizerRuns.push(id);
      if (this.protectedIds.has(id)) this.violations.push(`finalizer of reachable #${id} ran`);
      if (resurrect) this.saved.append(heap, self);
    };
    const defineClass = (name: string, del?: (self: Value) => void): ClassObject => {
      const ns: Record<string, Value> = {};
      let fn: PyObject | null = null;
      if (del !== undefined) {
        fn = heap.newHostFunction('__del__', (_h, _f, args) => {
          del(args[0]);
          return null;
        });
        ns.__del__ = fn;
      }
      const cls = heap.newClass(name, [], ns);
      if (fn !== null) heap.decref(fn);
      return cls;
    };
    this.classes = {
      plain: defineClass('Plain'),
      del: defineClass('Del', (self) => onFinalize(self, false)),
      lazarus: defineClass('Lazarus', (self) => onFinalize(self, true)),
    };
  }

  /** The event trace as JSON Lines (with `trace: true`). */
  trace(): string {
    return this.heap.trace?.toJSONL() ?? '';
  }

  /** Run one command on the heap and the model, then check every invariant. */
  run(c: HeapCommand): void {
    const m = this.model;
    switch (c.op) {
      case 'alloc': {
        let id = 0;
        this.step(this.exactAfterAlloc, () => (id = m.allocate(c.kind)), () => {
          const h = this.heap;
          const o = c.kind === 'list' ? h.newList() : c.kind === 'dict' ? h.newDict() : h.newInstance(this.classes[c.kind]);
          this.objs.set(id, o);
          this.ids.set(o, id);
          this.slots.push(o);
        });
        return;
      }
      case 'link': {
        const src = m.slotAt(c.from);
        const dst = m.slotAt(c.to);
        if (src === null || dst === null) return;
        const s = m.object(src.id);
        this.step(false, () => (s.kind === 'list' ? s.items.push(dst.id) : s.named.set(c.label, dst.id)), () => {
          const o = this.slots[src.index]!;
          const target = this.slots[dst.index]!;
          if (s.kind === 'list') (o as ListObject).append(this.heap, target);
          else if (s.kind === 'dict') (o as DictObject).set(this.heap, c.label, target);
          else (o as Instance).setAttr(this.heap, c.label, target);
        });
        return;
      }
      case 'unlink': {
        const src = m.slotAt(c.from);
        if (src === null) return;
        const s = m.object(src.id);
        if (s.kind === 'list' ? s.items.length === 0 : !s.named.has(c.label)) return;
        this.step(false, () => (s.kind === 'list' ? s.items.pop() : s.named.delete(c.label)), () => {
          const o = this.slots[src.index]!;
          if (s.kind === 'list') {
            // list.pop(): the item leaves the list, then the caller drops it.
            const v = (o as ListObject).items.pop()!;
            this.heap.decref(v);
          } else if (s.kind === 'dict') (o as DictObject).delete(this.heap, c.label);
          else (o as Instance).deleteAttr(this.heap, c.label);
        });
        return;
      }
      case 'load': {
        const src = m.slotAt(c.from);
        if (src === null) return;
        const s = m.object(src.id);
        const id = s.kind === 'list' ? s.items[0] : s.named.get(c.label);
        if (id === undefined) return;
        this.step(false, () => m.slots.push(id), () => {
          const o = this.objs.get(id)!;
          this.heap.incref(o);
          this.slots.push(o);
        });
        return;
      }
      case 'drop': {
        const s = m.slotAt(c.slot);
        if (s === null) return;
        this.step(false, () => (m.slots[s.index] = null), () => {
          const o = this.slots[s.index]!;
          this.slots[s.index] = null;
          this.heap.decref(o);
        });
        return;
      }
      case 'clearSaved':
        this.step(false, () => (m.saved = []), () => this.saved.clear(this.heap));
        return;
      case 'collect':
        this.step(c.generation === 2, () => {}, () => void this.gc.collect(c.generation));
        return;
    }
  }

  /** Run every command in order. */
  runAll(commands: readonly HeapCommand[]): void {
    for (const c of commands) this.run(c);
  }

  /** Drop every host handle, clear `saved`, collect: everything the program made must be reclaimed. */
  tearDown(): void {
    const m = this.model;
    for (let i = 0; i < m.slots.length; i++) if (m.slots[i] !== null) this.run({ op: 'drop', slot: i });
    // Clearing `saved` can let a lazarus object die for the first time, and resurrect into
    // `saved` again: repeat until nothing comes back.
    for (let i = 0; i <= this.objs.size; i++) {
      this.run({ op: 'clearSaved' });
      this.run({ op: 'collect', generation: 2 });
      if (m.saved.length === 0) break;
    }
    for (const o of this.objs.values()) if (!o.isDead) throw new HeapInvariantError(`${o.describe()} outlived its last reference`);
  }

  /** The model's part first, then the real one, then the checks. */
  private step(exact: boolean, modelPart: () => void, realPart: () => void): void {
    modelPart();
    this.protectedIds = this.model.reachable();
    realPart();
    this.protectedIds = new Set();
    this.settle(exact);
  }

  /** Fold the finalizers that ran into the model, then check every invariant. */
  private settle(exact: boolean): void {
    const m = this.model;
    const fail = (message: string): never => {
      throw new HeapInvariantError(message);
    };
    for (const id of this.finalizerRuns) {
      const n = (m.finalized.get(id) ?? 0) + 1;
      m.finalized.set(id, n);
      if (n > 1) fail(`finalizer of #${id} ran ${n} times`);
      if (m.kindOf(id) === 'lazarus') m.saved.push(id);
    }
    this.finalizerRuns.length = 0;
    if (this.violations.length > 0) fail(this.violations.join('; '));
    if (this.unraisable.length > 0) fail(`unraisable error: ${this.unraisable.join('')}`);
    const realSaved = this.saved.items.map((o) => this.ids.get(o as PyObject));
    if (realSaved.join() !== m.saved.join()) fail(`saved is [${realSaved}] but the model says [${m.saved}]`);
    const live = m.reachable();
    for (const [id, o] of this.objs) {
      if (live.has(id) && o.isDead) fail(`reachable #${id} (${o.describe()}) died`);
      if (exact && !live.has(id) && !o.isDead) fail(`unreachable #${id} (${o.describe()}) survived a full collection`);
      if (m.finalized.has(id) && !o.isDead && (o.flags & FINALIZED) === 0) fail(`#${id} was finalized but has no FINALIZED bit`);
    }
    assertHeapInvariants(this.heap);
  }
}

/**
 * Throw HeapInvariantError naming the first broken heap invariant (verifyHeap: refcounts explained,
 * generation lists well linked, weakref lists consistent, no live object reaching a reclaimed one).
 * `extraRoots` are references the host holds that the heap cannot see.
 */
export function assertHeapInvariants(heap: Heap, extraRoots: PyObject[] = []): void {
  const v = verifyHeap(heap, extraRoots);
  if (!v.ok) throw new HeapInvariantError(v.violation);
}
