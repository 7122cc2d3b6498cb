/**
 * The trace -> viewer model adapter: the one place that knows the records
 * of trace format v1 (docs/trace-format.md). It reads the records in order,
 * keeps what the viewer needs about each object (type, label, start-up,
 * birth, death and its cause), and turns each event into a Step carrying
 * its state changes (viewer-model.ts).
 *
 * As the format asks of readers, unknown kinds and fields are ignored (an
 * unknown kind still becomes a step, named by its kind).
 */
import type { Change, GcMark, ObjectId, ObjectInfo, Step, ViewerModel } from './viewer-model';

/** One parsed trace record (a JSON Lines object). */
export type TraceRecord = { [key: string]: unknown };

/** The scenario the trace came from. */
export interface ScenarioText {
  filename: string;
  source: string;
}

type Fields = TraceRecord;

function num(r: Fields, key: string): number | null {
  const v = r[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function str(r: Fields, key: string): string | null {
  const v = r[key];
  return typeof v === 'string' ? v : null;
}

function ids(r: Fields, key: string): ObjectId[] {
  const v = r[key];
  return Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];
}

/** Types whose objects the cycle collector never tracks (immutable atoms). */
const UNTRACKED_TYPES = new Set(['str', 'int', 'float', 'complex', 'bytes', 'bool', 'NoneType', 'range', 'ellipsis', 'NotImplementedType']);

/** The mark each phase gives the objects of one of its lists. */
const PHASE_MARKS: Record<string, Array<[string, GcMark]>> = {
  update_refs: [['objects', 'young']],
  move_unreachable: [
    ['reachable', 'reachable'],
    ['unreachable', 'unreachable'],
  ],
  move_legacy_finalizers: [['finalizers', 'legacy']],
  finalize_garbage: [['objects', 'garbage']],
  handle_resurrected_objects: [
    ['resurrected', 'resurrected'],
    ['unreachable', 'garbage'],
  ],
  delete_garbage: [['objects', 'garbage']],
};

const FORMAT = 'gclab-trace';
const VERSION = 1;

/** Reads the records into a model. */
class ModelBuilder {
  readonly objects = new Map<ObjectId, ObjectInfo>();
  readonly steps: Step[] = [];
  readonly warnings: string[] = [];
  private producer = 'gclab';
  private lastStartupId = -1;
  private sawHeader = false;
  /** The scenario's line current (0 outside it), and where the previous event was. */
  private line = 0;
  private where = '';
  /** Frames by number: their function and their key. */
  private readonly roots = new Set<string>();
  /** The collection under way: its number, generation and young objects (update_refs, first pass). */
  private collection: { n: number; generation: number; young: ObjectId[] } | null = null;

  header(r: Fields): void {
    this.sawHeader = true;
    if (str(r, 'format') !== FORMAT) this.warnings.push(`This is not a gclab trace (format '${str(r, 'format')}').`);
    const version = num(r, 'version');
    if (version !== VERSION) this.warnings.push(`Trace format version ${version}; this viewer reads version ${VERSION} and shows what it knows.`);
    this.producer = `gclab ${str(r, 'gclab') ?? '?'} · trace format v${version ?? '?'}`;
    const profile = r.profile as Fields | undefined;
    const level = profile !== undefined ? str(profile, 'level') : null;
    if (level === 'deaths') this.warnings.push('This trace was recorded at level "deaths": no reference counts or references (gclab viz records level "all").');
    if (level !== null) this.producer += ` · level ${level}`;
  }

  /** The object an event names; one the trace never showed being made is made up here (a start-up object, at most levels). */
  object(id: ObjectId, type: string | null = null): ObjectInfo {
    let o = this.objects.get(id);
    if (o === undefined) {
      o = {
        id,
        type: type ?? 'object',
        label: `${type ?? 'object'} #${id}`,
        startup: id <= this.lastStartupId || this.lastStartupId < 0,
        bornAt: 0,
        diedAt: null,
        cause: null,
        shortCause: null,
        tracked: !UNTRACKED_TYPES.has(type ?? ''),
        via: null,
      };
      this.objects.set(id, o);
    } else if (type !== null && o.type === 'object') {
      o.type = type;
      o.tracked = !UNTRACKED_TYPES.has(type);
    }
    return o;
  }

  name(id: ObjectId | null): string {
    if (id === null) return '?';
    return this.objects.get(id)?.label ?? `#${id}`;
  }

  /** A label the event carries: kept as the object's label from here on. */
  label(id: ObjectId, label: string | null, changes: Change[]): void {
    if (label === null) return;
    const o = this.object(id);
    if (o.label !== label) {
      o.label = label;
      changes.push({ op: 'label', id, label });
    }
  }

  /** Where the event happened: the scenario's line, or 0 in another file or outside any frame. */
  locate(r: Fields, changes: Change[]): boolean {
    const line = num(r, 'line');
    const fn = str(r, 'fn');
    const file = str(r, 'file');
    const where = `${file ?? ''}:${fn ?? ''}:${line ?? ''}`;
    const moved = where !== this.where && line !== null;
    this.where = where;
    const scenarioLine = line !== null && file === null ? line : 0;
    // The line changes first: the step's other changes happen on it.
    if (moved || scenarioLine !== this.line) changes.unshift({ op: 'line', line: scenarioLine, func: fn, file });
    this.line = scenarioLine;
    return moved || str(r, 'kind') === 'line';
  }

  push(r: Fields, text: string, changes: Change[], focus: ObjectId[] = [], phase: string | null = null): void {
    const newLine = this.locate(r, changes);
    this.steps.push({ seq: num(r, 'seq') ?? this.steps.length + 1, kind: str(r, 'kind') ?? '?', text, line: this.line, newLine, phase, focus, changes });
  }

  /** The dispatch: one case per event kind. */
  record(r: Fields): void {
    const kind = str(r, 'kind');
    if (kind === null) {
      if (str(r, 'format') !== null) this.header(r);
      return;
    }
    switch (kind) {
      case 'startup':
        return this.startup(r);
      case 'line':
        return this.push(r, `line ${num(r, 'line') ?? '?'}${str(r, 'fn') !== null ? ` in ${str(r, 'fn')}` : ''}`, []);
      case 'frame':
        return this.frame(r);
      case 'frame-end':
        return this.frameEnd(r);
      case 'bind':
      case 'unbind':
        return this.bind(r, kind);
      case 'output':
        return this.output(r);
      case 'alloc':
        return this.alloc(r);
      case 'incref':
      case 'decref':
        return this.refcount(r, kind);
      case 'edges':
        return this.edges(r);
      case 'death':
        return this.death(r);
      case 'finalize':
        return this.about(r, (o) => `__del__ of ${o} runs (${str(r, 'path') === 'gc' ? 'found by the collector' : 'its refcount reached 0'})`, 'finalized');
      case 'resurrect':
        return this.about(r, (o) => `${o} was resurrected: its finalizer made it reachable again`, 'resurrected');
      case 'weakrefs-cleared':
        return this.about(r, (o) => `the ${num(r, 'count') ?? '?'} weak reference(s) to ${o} were cleared`, null);
      case 'clear':
        return this.about(r, (o) => `tp_clear(${o}) breaks its references`, 'cleared');
      case 'callback':
        return this.push(r, `the callback of ${this.name(num(r, 'ref'))} runs`, [], num(r, 'ref') !== null ? [num(r, 'ref')!] : []);
      case 'unraisable':
        return this.push(r, `Exception ignored in ${str(r, 'where') ?? '?'}: ${str(r, 'error') ?? ''}`, []);
      case 'gc-start':
        return this.gcStart(r);
      case 'gc-phase':
        return this.gcPhase(r);
      case 'gc-end':
        return this.gcEnd(r);
      case 'shutdown':
        return this.push(r, 'the scenario is over: atexit handlers, a last collection, then the modules are torn down', []);
      case 'exit':
        return this.push(r, `the run ends with exit status ${num(r, 'status') ?? '?'}`, []);
      case 'note':
        return this.push(r, str(r, 'text') ?? 'note', []);
      default:
        return this.push(r, kind, []);
    }
  }

  startup(r: Fields): void {
    this.lastStartupId = num(r, 'lastId') ?? -1;
    for (const o of this.objects.values()) o.startup = o.id <= this.lastStartupId;
    this.push(r, `the interpreter has started: ${num(r, 'objects') ?? '?'} start-up objects (hidden unless you show them)`, []);
  }

  frame(r: Fields): void {
    const n = num(r, 'frame') ?? 0;
    const parent = num(r, 'parent') ?? 0;
    const fn = str(r, 'fn') ?? '?';
    const key = `frame:${n}`;
    this.roots.add(key);
    const name = fn.startsWith('<') ? fn : `${fn}()`;
    this.push(r, fn === '<module>' ? 'the module body starts' : `${name} starts (frame ${n})`, [
      { op: 'root-add', root: { key, name, parent: parent > 0 ? `frame:${parent}` : null } },
    ]);
  }

  frameEnd(r: Fields): void {
    const key = `frame:${num(r, 'frame') ?? 0}`;
    this.roots.delete(key);
    this.push(r, `${str(r, 'fn') ?? 'the frame'} ends: what it held is released`, [{ op: 'root-remove', key }]);
  }

  bind(r: Fields, kind: string): void {
    const module = str(r, 'module');
    const key = module !== null ? `module:${module}` : `frame:${num(r, 'frame') ?? 0}`;
    const name = str(r, 'name') ?? '?';
    const id = num(r, 'id');
    const value = str(r, 'value');
    const changes: Change[] = [];
    if (!this.roots.has(key)) {
      this.roots.add(key);
      changes.push({ op: 'root-add', root: { key, name: module !== null ? `module ${module}` : key, parent: null } });
    }
    if (id !== null) this.label(id, str(r, 'label'), changes);
    if (kind === 'unbind') {
      changes.push({ op: 'bind', root: key, name, to: null, value: null });
      return this.push(r, `del ${name}`, changes, id !== null ? [id] : []);
    }
    changes.push({ op: 'bind', root: key, name, to: id, value: id === null ? value : null });
    const what = id !== null ? this.name(id) : (value ?? '?');
    this.push(r, `${name} = ${what}`, changes, id !== null ? [id] : []);
  }

  output(r: Fields): void {
    const text = str(r, 'text') ?? '';
    const stream = str(r, 'stream') === 'err' ? 'err' : 'out';
    this.push(r, `${stream === 'err' ? 'writes to stderr' : 'prints'} ${JSON.stringify(text)}`, [{ op: 'output', text, stream }]);
  }

  alloc(r: Fields): void {
    const id = num(r, 'id');
    if (id === null) return this.push(r, 'alloc', []);
    const o = this.object(id, str(r, 'type'));
    o.bornAt = this.steps.length;
    o.startup = r.startup === true || id <= this.lastStartupId;
    const changes: Change[] = [{ op: 'born', id }];
    if (o.tracked) changes.push({ op: 'generation', id, generation: 0 });
    changes.push({ op: 'refcount', id, value: 1 });
    this.push(r, `a ${o.type} is made (#${id})`, changes, [id]);
  }

  refcount(r: Fields, kind: string): void {
    const id = num(r, 'id');
    const rc = num(r, 'rc');
    if (id === null || rc === null) return this.push(r, kind, []);
    this.object(id);
    this.push(r, `${kind === 'incref' ? 'Py_INCREF' : 'Py_DECREF'}(${this.name(id)}): refcount ${rc}`, [{ op: 'refcount', id, value: rc }], [id]);
  }

  edges(r: Fields): void {
    const id = num(r, 'id');
    if (id === null) return this.push(r, 'edges', []);
    const changes: Change[] = [];
    this.label(id, str(r, 'label'), changes);
    const to = ids(r, 'to');
    for (const t of to) this.object(t);
    changes.push({ op: 'edges', id, to });
    this.push(r, `${this.name(id)} refers to ${to.length === 0 ? 'nothing' : to.map((t) => this.name(t)).join(', ')}`, changes, [id]);
  }

  death(r: Fields): void {
    const id = num(r, 'id');
    if (id === null) return this.push(r, 'death', []);
    const changes: Change[] = [];
    const o = this.object(id, str(r, 'type'));
    // A ghost keeps the label it had alive: by its death tp_clear may have emptied it (`N()`).
    if (o.label === `${o.type} #${id}`) this.label(id, str(r, 'label'), changes);
    o.diedAt = this.steps.length;
    o.via = num(r, 'via');
    o.cause = this.causeOf(r);
    o.shortCause = this.shortCauseOf(r);
    changes.push({ op: 'died', id });
    this.push(r, `${o.label} dies: ${o.cause}`, changes, [id]);
  }

  /** The cause of a death in words: `del b at line 12`, `collection #2 (generation 2)`, `released by list[2]`. */
  causeOf(r: Fields): string {
    const collection = num(r, 'collection');
    const line = num(r, 'line');
    const at = line !== null && str(r, 'file') === null ? ` at line ${line}` : '';
    const shutdown = r.shutdown === true ? ' (interpreter shutdown)' : '';
    if (str(r, 'cause') === 'cycle') {
      const gen = this.collection !== null && this.collection.n === collection ? ` of generation ${this.collection.generation}` : '';
      return `cyclic garbage: collection #${collection ?? '?'}${gen}${shutdown}`;
    }
    const by = str(r, 'by');
    const via = num(r, 'via');
    const parts = ['refcount reached 0'];
    if (by !== null) parts.push(`by ${by}`);
    if (via !== null) parts.push(`when ${this.name(via)} was released`);
    if (collection !== null) parts.push(`during collection #${collection}`);
    return `${parts.join(' ')}${at}${shutdown}`;
  }

  /** The cause for a ghost's box: `del b, line 12`, `end of f(), line 9`, `released by list[2]`, `gc #2 (gen 0): cycle`. */
  shortCauseOf(r: Fields): string {
    const line = num(r, 'line');
    const at = line !== null && str(r, 'file') === null ? `, line ${line}` : '';
    const shutdown = r.shutdown === true ? ' (shutdown)' : '';
    if (str(r, 'cause') === 'cycle') {
      const collection = num(r, 'collection');
      const gen = this.collection !== null && this.collection.n === collection ? ` (gen ${this.collection.generation})` : '';
      return `gc #${collection ?? '?'}${gen}: cycle${shutdown}`;
    }
    const by = str(r, 'by');
    const via = num(r, 'via');
    if (by !== null) return `${by}${at}${shutdown}`;
    if (via !== null) return `released by ${this.name(via)}${shutdown}`;
    return `refcount 0${at}${shutdown}`;
  }

  about(r: Fields, text: (label: string) => string, mark: GcMark | null): void {
    const id = num(r, 'id');
    if (id === null) return this.push(r, text('?'), []);
    this.object(id, str(r, 'type'));
    const changes: Change[] = mark !== null && this.collection !== null ? [{ op: 'gc-state', id, gcRefs: null, mark }] : [];
    this.push(r, text(this.name(id)), changes, [id]);
  }

  gcStart(r: Fields): void {
    const generation = num(r, 'generation') ?? 0;
    const n = num(r, 'collection') ?? 0;
    this.collection = { n, generation, young: [] };
    this.push(r, `collection #${n} of generation ${generation} starts`, [{ op: 'collection', collection: n, generation, phase: null }], [], 'gc-start');
  }

  gcPhase(r: Fields): void {
    const n = num(r, 'collection') ?? this.collection?.n ?? 0;
    const generation = this.collection?.generation ?? 0;
    const phase = str(r, 'phase') ?? '?';
    const pass = num(r, 'pass') ?? 1;
    const changes: Change[] = [{ op: 'collection', collection: n, generation, phase }];
    const objects = ids(r, 'objects');
    const labels = Array.isArray(r.labels) ? r.labels : [];
    objects.forEach((id, i) => {
      const l = labels[i];
      if (typeof l === 'string') this.label(id, l, changes);
    });
    // update_refs/subtract_refs: gc_refs, one per object.
    const gcRefs = Array.isArray(r.gc_refs) ? r.gc_refs : null;
    if (gcRefs !== null) {
      objects.forEach((id, i) => {
        const v = gcRefs[i];
        if (typeof v === 'number') changes.push({ op: 'gc-state', id, gcRefs: v, mark: phase === 'update_refs' && pass === 1 ? 'young' : null });
      });
      if (phase === 'update_refs' && pass === 1 && this.collection !== null) this.collection.young = objects;
    }
    for (const [list, mark] of PHASE_MARKS[phase] ?? []) {
      if (gcRefs !== null && list === 'objects') continue;
      for (const id of ids(r, list)) {
        this.object(id);
        changes.push({ op: 'gc-state', id, gcRefs: null, mark });
      }
    }
    const focus = new Set<ObjectId>();
    for (const key of ['unreachable', 'finalizers', 'cleared', 'resurrected', 'objects']) {
      if (phase === 'move_unreachable' && key === 'objects') continue;
      for (const id of ids(r, key)) if (this.objects.get(id)?.startup !== true) focus.add(id);
    }
    this.push(r, this.phaseText(phase, r, pass), changes, [...focus], phase);
  }

  /** What a phase did, in words, naming the scenario's objects. */
  phaseText(phase: string, r: Fields, pass: number): string {
    const shown = (key: string) => {
      const list = ids(r, key).filter((id) => !this.objects.get(id)?.startup);
      const hidden = ids(r, key).length - list.length;
      const names = list.slice(0, 8).map((id) => this.name(id));
      if (list.length > 8) names.push(`… ${list.length - 8} more`);
      if (hidden > 0) names.push(`${hidden} start-up object${hidden === 1 ? '' : 's'}`);
      return names.length > 0 ? names.join(', ') : 'none';
    };
    const again = pass > 1 ? ' (again, on the garbage alone)' : '';
    switch (phase) {
      case 'update_refs':
        return `update_refs${again}: gc_refs = refcount for ${shown('objects')}`;
      case 'subtract_refs':
        return `subtract_refs${again}: references from inside the generation subtracted; what is left counts outside references`;
      case 'move_unreachable':
        return `move_unreachable${again}: tentatively unreachable: ${shown('unreachable')}`;
      case 'move_legacy_finalizers':
        return `move_legacy_finalizers: uncollectable (legacy finalizers): ${shown('finalizers')}`;
      case 'handle_weakrefs':
        return `handle_weakrefs: weakrefs cleared for ${shown('cleared')}; callbacks queued: ${shown('callbacks')}`;
      case 'finalize_garbage':
        return `finalize_garbage: __del__ considered for ${shown('objects')}`;
      case 'handle_resurrected_objects':
        return `handle_resurrected_objects: resurrected ${shown('resurrected')}; garbage: ${shown('unreachable')}`;
      case 'delete_garbage':
        return `delete_garbage: tp_clear, in this order: ${shown('objects')}`;
      default:
        return phase;
    }
  }

  gcEnd(r: Fields): void {
    const generation = num(r, 'generation') ?? this.collection?.generation ?? 0;
    const n = num(r, 'collection') ?? this.collection?.n ?? 0;
    const text = `collection #${n} ends: ${num(r, 'collected') ?? 0} collected, ${num(r, 'uncollectable') ?? 0} uncollectable`;
    const changes: Change[] = [{ op: 'collection', collection: null, generation, phase: null }];
    // gc_collect_main: the survivors of the collected generations join the next older one.
    const next = Math.min(generation + 1, 2);
    for (const id of this.collection?.young ?? []) {
      const o = this.objects.get(id);
      if (o !== undefined && o.diedAt === null) changes.push({ op: 'generation', id, generation: next });
    }
    this.collection = null;
    this.push(r, text, changes, [], 'gc-end');
  }

  build(scenario: ScenarioText): ViewerModel {
    if (!this.sawHeader && this.steps.length > 0) this.warnings.push('The trace has no header line: it may not be a gclab trace format v1 file.');
    const types = [...new Set([...this.objects.values()].map((o) => o.type))].sort();
    return {
      filename: scenario.filename,
      sourceLines: scenario.source.replace(/\n$/, '').split(/\r?\n/),
      producer: this.producer,
      steps: this.steps,
      objects: this.objects,
      types,
      warnings: this.warnings,
    };
  }
}

/** Build the viewer model from a trace's records (the header first). */
export function modelFromTrace(records: readonly TraceRecord[], scenario: ScenarioText): ViewerModel {
  const b = new ModelBuilder();
  for (const r of records) b.record(r);
  return b.build(scenario);
}

/** Parse JSON Lines text into records (blank lines skipped; a bad line names its number). */
export function parseTraceLines(text: string): TraceRecord[] {
  const out: TraceRecord[] = [];
  let start = 0;
  let lineNo = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      throw new SyntaxError(`trace line ${lineNo}: ${(e as Error).message}`);
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new SyntaxError(`trace line ${lineNo}: not a JSON object`);
    out.push(v as TraceRecord);
  }
  return out;
}
