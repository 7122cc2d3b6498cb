/**
 * The state the viewer shows at a step: which objects live, their refcounts
 * and generations, the references between them, the frames and their
 * variables, the collection in progress with each object's gc_refs and
 * mark, and the output so far. `seek(n)` gives the state after the first n
 * steps' changes; it replays forward from the nearest checkpoint, so moving
 * back costs at most CHECKPOINT_EVERY steps of replay.
 */
import type { Change, GcMark, ObjectId, RootInfo, ViewerModel } from './viewer-model';

/** The collector's state during a collection. */
export interface CollectionState {
  collection: number;
  generation: number;
  phase: string | null;
  gcRefs: Map<ObjectId, number>;
  marks: Map<ObjectId, GcMark>;
}

/** What a name holds. */
export interface Binding {
  to: ObjectId | null;
  value: string | null;
}

export interface ViewState {
  /** Steps applied: the state after steps[0..applied-1]. */
  applied: number;
  line: number;
  func: string | null;
  live: Set<ObjectId>;
  dead: Set<ObjectId>;
  refcount: Map<ObjectId, number>;
  generation: Map<ObjectId, number>;
  /** Labels that changed since the object was first named (ObjectInfo.label has the last one). */
  labels: Map<ObjectId, string>;
  /** What each object refers to, in tp_traverse order. */
  edges: Map<ObjectId, ObjectId[]>;
  /** Roots (modules and frames), in the order they appeared. */
  roots: RootInfo[];
  /** Each root's names: what they refer to (an object, or an immediate value's repr). */
  bindings: Map<string, Map<string, Binding>>;
  collection: CollectionState | null;
  /** The last collection's per-object state, kept until the next one starts (ghosts show it). */
  lastCollection: CollectionState | null;
  /** Output so far, both streams in program order. */
  output: Array<{ stream: 'out' | 'err'; text: string }>;
}

const CHECKPOINT_EVERY = 2048;

function emptyState(): ViewState {
  return {
    applied: 0,
    line: 0,
    func: null,
    live: new Set(),
    dead: new Set(),
    refcount: new Map(),
    generation: new Map(),
    labels: new Map(),
    edges: new Map(),
    roots: [],
    bindings: new Map(),
    collection: null,
    lastCollection: null,
    output: [],
  };
}

function copyCollection(c: CollectionState | null): CollectionState | null {
  return c === null ? null : { ...c, gcRefs: new Map(c.gcRefs), marks: new Map(c.marks) };
}

function copyState(s: ViewState): ViewState {
  return {
    applied: s.applied,
    line: s.line,
    func: s.func,
    live: new Set(s.live),
    dead: new Set(s.dead),
    refcount: new Map(s.refcount),
    generation: new Map(s.generation),
    labels: new Map(s.labels),
    edges: new Map(s.edges),
    roots: [...s.roots],
    bindings: new Map([...s.bindings].map(([k, v]) => [k, new Map(v)])),
    collection: copyCollection(s.collection),
    lastCollection: s.lastCollection === s.collection ? null : copyCollection(s.lastCollection),
    output: [...s.output],
  };
}

/** Apply one change (the dispatch over Change's ops). */
function apply(s: ViewState, c: Change): void {
  switch (c.op) {
    case 'line':
      s.line = c.line;
      s.func = c.func;
      return;
    case 'born':
      s.live.add(c.id);
      s.dead.delete(c.id);
      return;
    case 'died':
      s.live.delete(c.id);
      s.dead.add(c.id);
      s.refcount.set(c.id, 0);
      s.edges.delete(c.id);
      return;
    case 'label':
      s.labels.set(c.id, c.label);
      return;
    case 'refcount':
      s.refcount.set(c.id, c.value);
      return;
    case 'generation':
      s.generation.set(c.id, c.generation);
      return;
    case 'edges':
      s.edges.set(c.id, c.to);
      return;
    case 'bind': {
      let names = s.bindings.get(c.root);
      if (names === undefined) s.bindings.set(c.root, (names = new Map()));
      if (c.to === null && c.value === null) names.delete(c.name);
      else names.set(c.name, { to: c.to, value: c.value });
      return;
    }
    case 'root-add':
      if (!s.roots.some((r) => r.key === c.root.key)) s.roots.push(c.root);
      return;
    case 'root-remove': {
      const i = s.roots.findIndex((r) => r.key === c.key);
      if (i >= 0) s.roots.splice(i, 1);
      s.bindings.delete(c.key);
      return;
    }
    case 'collection':
      if (c.collection === null) {
        s.lastCollection = s.collection;
        s.collection = null;
      } else if (s.collection === null || s.collection.collection !== c.collection) {
        s.collection = { collection: c.collection, generation: c.generation, phase: c.phase, gcRefs: new Map(), marks: new Map() };
        s.lastCollection = null;
      } else {
        s.collection.phase = c.phase;
        if (c.generation >= 0) s.collection.generation = c.generation;
      }
      return;
    case 'gc-state': {
      const col = s.collection ?? s.lastCollection;
      if (col === null) return;
      if (c.gcRefs !== null) col.gcRefs.set(c.id, c.gcRefs);
      if (c.mark !== null) col.marks.set(c.id, c.mark);
      return;
    }
    case 'output': {
      const last = s.output[s.output.length - 1];
      if (last !== undefined && last.stream === c.stream) s.output[s.output.length - 1] = { stream: c.stream, text: last.text + c.text };
      else s.output.push({ stream: c.stream, text: c.text });
      return;
    }
  }
}

/** Seeks through a model's steps; checkpoints are made on the first pass. */
export class StateCursor {
  private state = emptyState();
  private readonly checkpoints: ViewState[] = [copyState(emptyState())];

  constructor(private readonly model: ViewerModel) {}

  get stepCount(): number {
    return this.model.steps.length;
  }

  /** The state after the first `n` steps (clamped to 0..stepCount). The result is live: do not keep it across seeks. */
  seek(n: number): ViewState {
    const target = Math.max(0, Math.min(n, this.model.steps.length));
    if (target < this.state.applied) {
      const k = Math.min(Math.floor(target / CHECKPOINT_EVERY), this.checkpoints.length - 1);
      this.state = copyState(this.checkpoints[k]);
    }
    const steps = this.model.steps;
    while (this.state.applied < target) {
      for (const c of steps[this.state.applied].changes) apply(this.state, c);
      this.state.applied++;
      if (this.state.applied % CHECKPOINT_EVERY === 0 && this.checkpoints.length === this.state.applied / CHECKPOINT_EVERY) {
        this.checkpoints.push(copyState(this.state));
      }
    }
    return this.state;
  }
}
