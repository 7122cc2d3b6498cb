/**
 * The trace -> viewer model adapter: the one place that knows the trace
 * format's record shapes (docs/trace-format.md). It reads the records in
 * order, keeps what the viewer needs about each object (type, label,
 * start-up, birth, death and its cause) and turns each record into a Step
 * with its state changes (viewer-model.ts).
 *
 * Unknown record kinds still become steps (their kind and fields in words),
 * so a newer trace opens in an older viewer.
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

/** Reads the records into a model. */
class ModelBuilder {
  readonly objects = new Map<ObjectId, ObjectInfo>();
  readonly steps: Step[] = [];
  readonly warnings: string[] = [];
  private line = 0;
  private func: string | null = null;
  private startupOver = false;
  private producer = '';

  constructor(private readonly scenario: ScenarioText) {}

  header(r: Fields): void {
    const gclab = str(r, 'gclab') ?? str(r, 'gclabVersion');
    const version = num(r, 'version');
    this.producer = `gclab ${gclab ?? '?'}, trace format ${str(r, 'format') ?? '?'} v${version ?? '?'}`;
  }

  /** The object an event names, made up on first sight if the trace never showed its birth. */
  object(id: ObjectId, type: string | null, label: string | null): ObjectInfo {
    let o = this.objects.get(id);
    if (o === undefined) {
      o = {
        id,
        type: type ?? '?',
        label: label ?? `${type ?? 'object'} #${id}`,
        startup: !this.startupOver,
        bornAt: this.steps.length,
        diedAt: null,
        cause: null,
        tracked: true,
      };
      this.objects.set(id, o);
    } else if (label !== null && o.label.endsWith(`#${id}`)) {
      o.label = label;
    }
    return o;
  }

  name(id: number | null): string {
    if (id === null) return '?';
    return this.objects.get(id)?.label ?? `#${id}`;
  }

  push(r: Fields, text: string, changes: Change[], focus: ObjectId[] = [], phase: string | null = null): void {
    this.steps.push({ seq: num(r, 'seq') ?? this.steps.length + 1, kind: str(r, 'kind') ?? '?', text, line: this.line, phase, focus, changes });
  }

  /** The dispatch: one case per record kind. */
  record(r: Fields): void {
    const kind = str(r, 'kind');
    if (kind === null) {
      if (str(r, 'format') !== null) this.header(r);
      return;
    }
    if (r.startup === false || kind === 'line') this.startupOver = true;
    switch (kind) {
      case 'line':
      case 'scenario-line':
        return this.lineEvent(r);
      case 'alloc':
        return this.alloc(r);
      case 'death':
        return this.death(r);
      case 'incref':
      case 'decref':
      case 'refcount':
        return this.refcount(r, kind);
      case 'bind':
      case 'unbind':
      case 'ref':
        return this.edge(r, kind);
      case 'frame-enter':
      case 'call':
        return this.frameEnter(r);
      case 'frame-exit':
      case 'return':
        return this.frameExit(r);
      case 'gc-start':
        return this.gcStart(r);
      case 'gc-phase':
        return this.gcPhase(r);
      case 'gc-end':
        return this.gcEnd(r);
      case 'stdout':
      case 'stderr':
      case 'output':
        return this.output(r, kind);
      case 'finalize':
        return this.simple(r, (id) => `__del__ of ${this.name(id)} runs`, 'finalized');
      case 'resurrect':
        return this.simple(r, (id) => `${this.name(id)} was resurrected by its finalizer`, 'resurrected');
      case 'weakrefs-cleared':
        return this.simple(r, (id) => `the weak references to ${this.name(id)} were cleared (${num(r, 'count') ?? '?'})`, null);
      case 'callback':
        return this.push(r, `a weakref callback runs (weakref ${this.name(num(r, 'ref'))})`, []);
      case 'note':
        return this.push(r, str(r, 'text') ?? 'note', []);
      case 'unraisable':
        return this.push(r, `Exception ignored in ${str(r, 'where') ?? '?'}: ${str(r, 'error') ?? ''}`, []);
      default:
        return this.push(r, `${kind} ${JSON.stringify(r)}`, []);
    }
  }

  lineEvent(r: Fields): void {
    this.line = num(r, 'line') ?? this.line;
    this.func = str(r, 'func') ?? str(r, 'function') ?? this.func;
    this.push(r, `line ${this.line}${this.func !== null ? ` in ${this.func}` : ''}`, [{ op: 'line', line: this.line, func: this.func }]);
  }

  alloc(r: Fields): void {
    const id = num(r, 'id');
    if (id === null) return this.push(r, 'alloc (no id)', []);
    const type = str(r, 'type');
    const o = this.object(id, type, str(r, 'label'));
    o.bornAt = this.steps.length;
    o.startup = r.startup === true || (r.startup === undefined && !this.startupOver);
    if (r.tracked === false) o.tracked = false;
    const changes: Change[] = [{ op: 'born', id }];
    if (o.tracked) changes.push({ op: 'generation', id, generation: 0 });
    const rc = num(r, 'refcount');
    changes.push({ op: 'refcount', id, value: rc ?? 1 });
    this.push(r, `${o.label} is made`, changes, [id]);
  }

  death(r: Fields): void {
    const id = num(r, 'id');
    if (id === null) return this.push(r, 'death (no id)', []);
    const o = this.object(id, str(r, 'type'), str(r, 'label'));
    o.diedAt = this.steps.length;
    o.cause = this.causeOf(r);
    this.push(r, `${o.label} dies: ${o.cause}`, [{ op: 'died', id }], [id]);
  }

  causeOf(r: Fields): string {
    const cause = str(r, 'cause');
    const collection = num(r, 'collection');
    const line = num(r, 'line') ?? this.line;
    const by = str(r, 'by') ?? str(r, 'op');
    if (cause === 'cycle' || cause === 'collection' || cause === 'gc') {
      const gen = num(r, 'generation');
      return `collection #${collection ?? '?'}${gen !== null ? ` (generation ${gen})` : ''}`;
    }
    if (cause === 'shutdown') return 'interpreter shutdown';
    const where = line > 0 ? ` at line ${line}` : '';
    return `refcount reached 0${by !== null ? ` by ${by}` : ''}${where}`;
  }

  refcount(r: Fields, kind: string): void {
    const id = num(r, 'id');
    const value = num(r, 'refcount') ?? num(r, 'value') ?? num(r, 'rc');
    if (id === null || value === null) return this.push(r, kind, []);
    const o = this.object(id, str(r, 'type'), str(r, 'label'));
    this.push(r, `${kind} ${o.label}: refcount ${value}`, [{ op: 'refcount', id, value }], [id]);
  }

  edge(r: Fields, kind: string): void {
    const fromId = num(r, 'from') ?? num(r, 'holder') ?? num(r, 'owner');
    const frame = num(r, 'frame');
    const from = fromId !== null ? `obj:${fromId}` : `frame:${frame ?? 0}`;
    const slot = str(r, 'slot') ?? str(r, 'name') ?? '?';
    const to = kind === 'unbind' ? null : (num(r, 'to') ?? num(r, 'id'));
    const holder = fromId !== null ? this.name(fromId) : 'variable';
    const text = to === null ? `${holder} ${slot} no longer refers to anything` : `${holder} ${slot} -> ${this.name(to)}`;
    this.push(r, text, [{ op: 'edge', from, slot, to }], to !== null ? [to] : []);
  }

  frameEnter(r: Fields): void {
    const frame = num(r, 'frame') ?? 0;
    const name = str(r, 'func') ?? str(r, 'function') ?? str(r, 'name') ?? '?';
    this.push(r, `${name}() is called`, [{ op: 'frame-push', root: { key: `frame:${frame}`, name } }]);
  }

  frameExit(r: Fields): void {
    const frame = num(r, 'frame') ?? 0;
    this.push(r, `${str(r, 'func') ?? str(r, 'function') ?? 'the frame'} returns`, [{ op: 'frame-pop', key: `frame:${frame}` }]);
  }

  gcStart(r: Fields): void {
    const generation = num(r, 'generation') ?? 0;
    const collection = num(r, 'collection') ?? 0;
    this.push(r, `collection #${collection} of generation ${generation} starts`, [{ op: 'collection', collection, generation, phase: null }], [], 'start');
  }

  gcPhase(r: Fields): void {
    const collection = num(r, 'collection') ?? 0;
    const phase = str(r, 'phase') ?? '?';
    const generation = num(r, 'generation') ?? -1;
    const changes: Change[] = [{ op: 'collection', collection, generation, phase }];
    const focus: ObjectId[] = [];
    const objects = Array.isArray(r.objects) ? r.objects : [];
    const mark = markOfPhase(phase);
    for (const entry of objects) {
      const id = typeof entry === 'number' ? entry : num(entry as Fields, 'id');
      if (id === null) continue;
      focus.push(id);
      const gcRefs = typeof entry === 'object' && entry !== null ? num(entry as Fields, 'gc_refs') ?? num(entry as Fields, 'gcRefs') : null;
      const entryMark = typeof entry === 'object' && entry !== null ? (str(entry as Fields, 'state') as GcMark | null) : null;
      changes.push({ op: 'gc-state', id, gcRefs, mark: entryMark ?? mark });
    }
    const names = focus.slice(0, 6).map((id) => this.name(id)).join(', ');
    this.push(r, `${phase}${focus.length ? `: ${names}${focus.length > 6 ? `, ... (${focus.length})` : ''}` : ''}`, changes, focus, phase);
  }

  gcEnd(r: Fields): void {
    const generation = num(r, 'generation') ?? 0;
    const text = `collection #${num(r, 'collection') ?? '?'} ends: ${num(r, 'collected') ?? 0} collected, ${num(r, 'uncollectable') ?? 0} uncollectable`;
    const changes: Change[] = [{ op: 'collection', collection: null, generation, phase: null }];
    // gc_collect_main: the survivors of the collected generations move to the next older one.
    const next = Math.min(generation + 1, 2);
    for (const o of this.objects.values()) {
      if (o.tracked && o.diedAt === null) changes.push({ op: 'generation', id: o.id, generation: next });
    }
    this.push(r, text, changes, [], 'end');
  }

  output(r: Fields, kind: string): void {
    const text = str(r, 'text') ?? '';
    const stream = kind === 'stderr' || str(r, 'stream') === 'err' ? 'err' : 'out';
    this.push(r, `prints ${JSON.stringify(text)}`, [{ op: 'stdout', text, stream }]);
  }

  simple(r: Fields, text: (id: number | null) => string, mark: GcMark | null): void {
    const id = num(r, 'id');
    if (id !== null) this.object(id, str(r, 'type'), str(r, 'label'));
    const changes: Change[] = id !== null && mark !== null ? [{ op: 'gc-state', id, gcRefs: null, mark }] : [];
    this.push(r, text(id), changes, id !== null ? [id] : []);
  }

  build(): ViewerModel {
    const types = [...new Set([...this.objects.values()].map((o) => o.type))].sort();
    return {
      filename: this.scenario.filename,
      sourceLines: this.scenario.source.split(/\r?\n/),
      producer: this.producer,
      steps: this.steps,
      objects: this.objects,
      types,
      warnings: this.warnings,
    };
  }
}

/** The mark a phase gives the objects it lists (when the record gives none). */
function markOfPhase(phase: string): GcMark | null {
  if (phase === 'move_unreachable') return 'unreachable';
  if (phase === 'move_legacy_finalizers') return 'legacy';
  if (phase === 'finalize_garbage') return 'finalized';
  if (phase === 'handle_resurrected_objects') return 'resurrected';
  if (phase === 'delete_garbage') return 'cleared';
  return null;
}

/** Build the viewer model from the trace's records (header first, if any). */
export function modelFromTrace(records: readonly TraceRecord[], scenario: ScenarioText): ViewerModel {
  const b = new ModelBuilder(scenario);
  for (const r of records) b.record(r);
  return b.build();
}

/** Parse JSON Lines text into records (blank lines skipped; a bad line names its number). */
export function parseTraceLines(text: string): TraceRecord[] {
  const out: TraceRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(lines[i]);
    } catch (e) {
      throw new SyntaxError(`trace line ${i + 1}: ${(e as Error).message}`);
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new SyntaxError(`trace line ${i + 1}: not a JSON object`);
    out.push(v as TraceRecord);
  }
  return out;
}
