/**
 * The heap's event stream, written in trace format v1 (docs/trace-format.md;
 * the field table is trace-format.ts). Events carry no clock and no host
 * address, only sequence numbers and object ids from the heap's counter, so
 * two runs of one program give byte-identical traces.
 *
 * Cost. Recording an event stores a few numbers and references into the
 * columns of the current block (typed arrays and two reference arrays); no
 * event object and no text is made then. With a sink (a file, --explain),
 * a block is turned into JSON Lines when it fills (BLOCK events), at every
 * output of the program and at flush(), and reused. Without one, full
 * blocks are kept as they are (when `keep` is set) and turned into text
 * only when read. Event objects are built only for readers (`events`,
 * which parses the text).
 *
 * Invariant: `seq` is 1, 2, 3, ... over every event recorded, in recording
 * order, and a block's events are serialised in that order.
 */
import { DEAD, TOUCHED, type PyObject } from './object';
import { TRACE_FORMAT, TRACE_VERSION, type TraceHeader, type TraceLevel, type TraceProfile } from './trace-format';

/** Events that a client layer records through `Heap.emit`. */
export type HeapEvent =
  | { kind: 'finalize'; id: number; type: string; path: 'refcount' | 'gc' }
  | { kind: 'resurrect'; id: number; type: string }
  | { kind: 'weakrefs-cleared'; id: number; type: string; count: number; refs?: number[] }
  | { kind: 'callback'; ref: number; type: string }
  | { kind: 'gc-start'; collection: number; generation: number }
  | { kind: 'gc-phase'; collection: number; phase: string; [field: string]: unknown }
  | { kind: 'clear'; id: number; type: string }
  | { kind: 'gc-end'; collection: number; generation: number; collected: number; uncollectable: number }
  | { kind: 'unraisable'; where: string; error: string }
  | { kind: 'note'; text: string }
  | { kind: string; [field: string]: unknown };

/** A recorded event as a reader sees it (one parsed line of the trace). */
export interface TracedEvent {
  seq: number;
  kind: string;
  line?: number;
  fn?: string;
  file?: string;
  id?: number;
  type?: string;
  label?: string;
  [field: string]: unknown;
}

/** The frame a locator reports: the innermost Python frame running (the interpreter's Frame has this shape). */
export interface TraceLocation {
  line: number;
  funcName: string;
  filename: string;
}

/** Where a streaming TraceLog sends its JSON Lines text, block by block. */
export type TraceSink = (text: string) => void;
/** @deprecated per-event listeners were replaced by a text sink; kept as a type name. */
export type TraceListener = TraceSink;

/** Options of `new TraceLog(options)`. */
export interface TraceLogOptions {
  /** Receives the trace as JSON Lines text, header first, in blocks, as events are recorded. */
  sink?: TraceSink;
  /** Keep the events for `events`/`toJSONL()` (default true; false keeps memory flat for long runs). */
  keep?: boolean;
  /** How much to record (default 'deaths'). */
  level?: TraceLevel;
  /** The header's fields (defaults: scenario null, no schedule). */
  gclab?: string;
  scenario?: string | null;
  schedule?: string | null;
  gcStress?: boolean;
}

/** Events per block. */
const BLOCK = 4096;

// Kind codes of the column store. OBJ events keep a prebuilt object in `p`.
const ALLOC = 1;
const INCREF = 2;
const DECREF = 3;
const DEATH = 4;
const LINE = 5;
const OBJ = 6;
const EDGES = 7;
const CLEAR = 8;

/**
 * One block of events, in columns. Strings (type names, function and file
 * names) are indices into the log's string table (0: none), so a kept block
 * holds no pointer for the host's garbage collector to scan; the rarer
 * payloads (an event object, a death's label, an edge list) sit in
 * `payload`, indexed by column `d` (-1: none).
 */
class Block {
  // The columns are views of one buffer: one allocation (and one zero fill)
  // per block instead of one per column.
  readonly kind: Uint8Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly c: Int32Array;
  readonly d: Int32Array;
  readonly str: Int32Array;
  /** Locations, only in the blocks of a log with a locator (a heap-only trace has none). */
  readonly line: Int32Array;
  readonly fn: Int32Array;
  readonly file: Int32Array;
  payload: unknown[] = [];
  n = 0;

  constructor(located: boolean) {
    const size = located ? BLOCK : 0;
    const buf = new ArrayBuffer(4 * (5 * BLOCK + 3 * size) + BLOCK);
    let at = 0;
    const column = (len: number): Int32Array => {
      const col = new Int32Array(buf, at, len);
      at += 4 * len;
      return col;
    };
    this.a = column(BLOCK);
    this.b = column(BLOCK);
    this.c = column(BLOCK);
    this.d = column(BLOCK);
    this.str = column(BLOCK);
    this.line = column(size);
    this.fn = column(size);
    this.file = column(size);
    this.kind = new Uint8Array(buf, at, BLOCK);
  }
  /** The seq of its first event. */
  firstSeq = 0;
}

/** A death's rarer fields, kept with it in the `q` column. */
interface DeathExtra {
  label?: string;
  by?: string;
}

/**
 * The event log: records events in columns and writes them as trace format
 * v1 text to a sink, keeps them for readers, or both.
 */
export class TraceLog {
  readonly level: TraceLevel;
  /** Level `refs` or `all`: incref/decref and edges are recorded. */
  readonly refs: boolean;
  /** Level `all`: line events and start-up objects' events too. */
  readonly all: boolean;
  readonly header: TraceHeader;
  /**
   * Installed by a client (the interpreter): the innermost Python frame
   * running, or undefined; every event records its line and function.
   */
  locate: (() => TraceLocation | undefined) | null = null;
  /** Installed by a client: an object's label (docs/trace-format.md, "Labels"), made without running Python code. */
  labeler: ((o: PyObject) => string | undefined) | null = null;
  /** Objects with an id up to this are start-up objects (0 until startupDone). */
  lastStartupId = 0;
  private inStartup = false;

  private seq = 0;
  private block = new Block(false);
  /** Kept events: text already made (for a sink), or blocks not yet serialised (made only when read). */
  private readonly kept: Array<string | Block> | null;
  private readonly sink: TraceSink | null;
  private headerWritten = false;
  private shutdownSeen = false;
  /** The statement that is dropping references (`del b`), and the frame it runs in. */
  private by: string | null = null;
  private byFrame: TraceLocation | undefined = undefined;
  /** Objects being deallocated, innermost last (for a death's `via`). */
  private readonly dying: PyObject[] = [];
  /** Objects touched since the last statement (level refs), and the edges last recorded per id. */
  private touched: PyObject[] = [];
  private readonly lastEdges = new Map<number, number[]>();
  private readonly quoted = new Map<string, string>();
  /** The string table of the columns (index 0: none). */
  private readonly strings: string[] = [''];
  private readonly stringIds = new Map<string, number>();
  private lastString = '';
  private lastStringId = 0;
  /** Labels of objects tp_clear is emptying, until their death. */
  private readonly clearedLabels = new Map<number, string>();

  constructor(options: TraceLogOptions = {}) {
    this.level = options.level ?? 'deaths';
    this.refs = this.level !== 'deaths';
    this.all = this.level === 'all';
    this.sink = options.sink ?? null;
    this.kept = options.keep ?? true ? [] : null;
    const profile: TraceProfile = {
      python: '3.11.7',
      level: this.level,
      schedule: options.schedule ?? null,
      gcStress: options.gcStress ?? false,
    };
    this.header = { format: TRACE_FORMAT, version: TRACE_VERSION, gclab: options.gclab ?? '0.1.0', scenario: options.scenario ?? null, profile };
    if (this.sink !== null) this.writeHeader();
  }

  /** Events recorded so far (kept or not). */
  get count(): number {
    return this.seq;
  }

  // ---- recording --------------------------------------------------------------

  /** Record an event given as an object, at an explicit location (line 0: none). */
  pushAt(e: HeapEvent, where: TraceLocation): void {
    const i = this.slot(OBJ);
    const blk = this.block.line.length > 0 ? this.block : this.relocate();
    blk.d[i] = blk.payload.push(e) - 1;
    blk.line[i] = where.line;
    blk.fn[i] = this.intern(where.funcName);
    blk.file[i] = this.intern(where.filename);
  }

  /** Copy the current block into one with location columns (once per log, when a locator arrives mid-block). */
  private relocate(): Block {
    const old = this.block;
    const blk = new Block(true);
    blk.kind.set(old.kind);
    blk.a.set(old.a);
    blk.b.set(old.b);
    blk.c.set(old.c);
    blk.d.set(old.d);
    blk.str.set(old.str);
    blk.payload = old.payload;
    blk.n = old.n;
    this.block = blk;
    return blk;
  }

  /** The string table index of `s` (from 1). */
  private intern(s: string): number {
    if (s === this.lastString) return this.lastStringId;
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.push(s) - 1;
      this.stringIds.set(s, id);
    }
    this.lastString = s;
    this.lastStringId = id;
    return id;
  }

  /** Start a new slot in the current block, with the current location. */
  private slot(kind: number): number {
    let blk = this.block;
    if (blk.n === BLOCK) {
      this.flush();
      blk = this.block;
    }
    const i = blk.n++;
    this.seq++;
    blk.kind[i] = kind;
    blk.d[i] = -1;
    if (blk.line.length === 0) {
      if (this.locate === null) return i;
      // A locator was installed after this block began: the block gets its location columns now.
      blk = this.relocate();
    }
    const where = this.locate !== null ? this.locate() : undefined;
    if (where !== undefined) {
      blk.line[i] = where.line;
      blk.fn[i] = this.intern(where.funcName);
      blk.file[i] = this.intern(where.filename);
    } else {
      blk.line[i] = 0;
      blk.fn[i] = 0;
      blk.file[i] = 0;
    }
    return i;
  }

  /** Record an event given as an object (the rarer kinds). */
  push(e: HeapEvent): void {
    const i = this.slot(OBJ);
    const blk = this.block;
    blk.d[i] = blk.payload.push(e) - 1;
  }

  /** The interpreter is about to start up: its objects are start-up objects until startupDone(). */
  startupBegin(): void {
    this.inStartup = true;
  }

  /** Start-up is over: `lastId` is the last start-up object's id, `objects` how many are alive. */
  startupDone(lastId: number, objects: number): void {
    this.inStartup = false;
    this.lastStartupId = lastId;
    this.push({ kind: 'startup', objects, lastId });
  }

  /** Record the allocation of `o` (start-up objects only at level all). */
  alloc(o: PyObject): void {
    if (this.inStartup && !this.all) return;
    const i = this.slot(ALLOC);
    const blk = this.block;
    blk.a[i] = o.id;
    blk.b[i] = this.inStartup ? 1 : 0;
    blk.str[i] = this.intern(o.typeName);
    if (this.refs) this.touch(o);
  }

  /** Level refs: a count changed (called by the heap after the change). */
  countChanged(o: PyObject, up: boolean, rc: number): void {
    if (o.id <= this.lastStartupId && !this.all) return;
    if (this.inStartup && !this.all) return;
    const i = this.slot(up ? INCREF : DECREF);
    this.block.a[i] = o.id;
    this.block.b[i] = rc;
    this.touch(o);
  }

  /** Remember that `o`'s references may have changed (level refs): its edges are checked at the next statement. */
  touch(o: PyObject): void {
    if ((o.flags & TOUCHED) === 0) {
      o.flags |= TOUCHED;
      this.touched.push(o);
    }
  }

  /** A statement starts (the interpreter calls this): edges of touched objects, and a line event at level all. */
  statement(): void {
    if (this.touched.length > 0) this.recordEdges();
    if (this.all) this.slot(LINE);
  }

  /** Before a collection: the graph is brought up to date. */
  beforeCollection(): void {
    if (this.touched.length > 0) this.recordEdges();
  }

  private recordEdges(): void {
    const touched = this.touched;
    this.touched = [];
    for (const o of touched) {
      o.flags &= ~TOUCHED;
      if ((o.flags & DEAD) !== 0) continue;
      const to: number[] = [];
      o.traverse((r) => void to.push(r.id));
      const last = this.lastEdges.get(o.id);
      if (last === undefined ? to.length === 0 : sameIds(last, to)) continue;
      this.lastEdges.set(o.id, to);
      const i = this.slot(EDGES);
      const blk = this.block;
      blk.a[i] = o.id;
      blk.d[i] = blk.payload.push({ to, label: this.labelOf(o) }) - 1;
    }
  }

  /** `o` is being reclaimed: its death event (`cycle`: found by the collector). */
  death(o: PyObject, cycle: boolean, collection: number): void {
    const dying = this.dying;
    while (dying.length > 0 && (dying[dying.length - 1].flags & DEAD) !== 0) dying.pop();
    const via = dying.length > 0 ? dying[dying.length - 1].id : 0;
    dying.push(o);
    const i = this.slot(DEATH);
    const blk = this.block;
    blk.a[i] = o.id;
    blk.b[i] = collection;
    blk.c[i] = cycle ? -via - 1 : via;
    blk.str[i] = this.intern(o.typeName);
    let label = this.labelOf(o);
    if (this.clearedLabels.size > 0 && this.clearedLabels.has(o.id)) {
      label = this.clearedLabels.get(o.id);
      this.clearedLabels.delete(o.id);
    }
    const by = this.currentBy();
    if (label !== undefined || by !== undefined) blk.d[i] = blk.payload.push({ label, by } satisfies DeathExtra) - 1;
    if (this.refs) this.lastEdges.delete(o.id);
  }

  /**
   * delete_garbage is about to call tp_clear on `o`: the clear event. Its
   * label is kept for its death, since tp_clear empties it (`Node('a')`
   * would die as `Node()`).
   */
  clearing(o: PyObject): void {
    const i = this.slot(CLEAR);
    this.block.a[i] = o.id;
    this.block.str[i] = this.intern(o.typeName);
    const label = this.labelOf(o);
    if (label !== undefined) this.clearedLabels.set(o.id, label);
  }

  /** `o` was freed: it no longer releases anything. */
  freed(o: PyObject): void {
    const dying = this.dying;
    if (dying.length > 0 && dying[dying.length - 1] === o) dying.pop();
  }

  /** The label of `o`, or undefined without a labeler. */
  labelOf(o: PyObject): string | undefined {
    return this.labeler !== null ? this.labeler(o) : undefined;
  }

  /**
   * The statement dropping references now (`del b`, `b = ...`, `end of
   * f()`), or null when it is done; returns the previous one, to be
   * restored. Deaths in nested frames (a `__del__` it sets off) do not
   * take it.
   */
  setBy(by: string | null): string | null {
    const prev = this.by;
    this.by = by;
    this.byFrame = by !== null && this.locate !== null ? this.locate() : undefined;
    return prev;
  }

  private currentBy(): string | undefined {
    if (this.by === null) return undefined;
    const here = this.locate !== null ? this.locate() : undefined;
    return here === this.byFrame ? this.by : undefined;
  }

  /** The program wrote `text`: recorded, then the block is written out so readers see it before the text appears. */
  output(stream: 'out' | 'err', text: string): void {
    this.push({ kind: 'output', stream, text });
    if (this.sink !== null) this.flush();
  }

  // ---- writing ------------------------------------------------------------------

  private writeHeader(): void {
    this.headerWritten = true;
    const text = JSON.stringify(this.header) + '\n';
    if (this.sink !== null) this.sink(text);
  }

  /**
   * Write the recorded events out to the sink. Without a sink, a kept block
   * stays in its columns: it becomes text only when read.
   */
  flush(): void {
    const blk = this.block;
    if (blk.n === 0) return;
    blk.firstSeq = this.seq - blk.n + 1;
    if (this.sink === null) {
      // Kept as columns (serialised when read), or dropped when nothing keeps it.
      if (this.kept !== null) this.block = new Block(this.locate !== null);
      else blk.n = 0;
      if (this.kept !== null) this.kept.push(blk);
      return;
    }
    if (!this.headerWritten) this.writeHeader();
    const text = this.serialize(blk, blk.firstSeq);
    blk.n = 0; // serialised: the block is reused
    if (this.kept !== null) this.kept.push(text);
    this.sink(text);
  }

  /** The kept text, every block serialised (in order: serialisation carries the shutdown state). */
  private keptText(): string[] {
    this.flush();
    const kept = this.kept ?? [];
    for (let i = 0; i < kept.length; i++) {
      const k = kept[i];
      if (typeof k !== 'string') kept[i] = this.serialize(k, k.firstSeq);
    }
    return kept as string[];
  }

  private q(s: string): string {
    let r = this.quoted.get(s);
    if (r === undefined) {
      r = JSON.stringify(s);
      this.quoted.set(s, r);
    }
    return r;
  }

  private serialize(blk: Block, firstSeq: number): string {
    let out = '';
    const scenario = this.header.scenario;
    const strings = this.strings;
    for (let i = 0; i < blk.n; i++) {
      const head = '{"seq":' + (firstSeq + i);
      let loc = '';
      if (blk.line.length > 0 && (blk.line[i] !== 0 || blk.fn[i] !== 0)) {
        if (blk.line[i] !== 0) loc += ',"line":' + blk.line[i];
        if (blk.fn[i] !== 0) loc += ',"fn":' + this.q(strings[blk.fn[i]]);
        const file = strings[blk.file[i]];
        if (blk.file[i] !== 0 && file !== scenario) loc += ',"file":' + this.q(file);
      }
      const payload = blk.d[i] >= 0 ? blk.payload[blk.d[i]] : undefined;
      switch (blk.kind[i]) {
        case ALLOC:
          out += head + ',"kind":"alloc"' + loc + ',"id":' + blk.a[i] + ',"type":' + this.q(strings[blk.str[i]]) + (blk.b[i] ? ',"startup":true}\n' : '}\n');
          break;
        case INCREF:
        case DECREF:
          out += head + (blk.kind[i] === INCREF ? ',"kind":"incref"' : ',"kind":"decref"') + loc + ',"id":' + blk.a[i] + ',"rc":' + blk.b[i] + '}\n';
          break;
        case CLEAR:
          out += head + ',"kind":"clear"' + loc + ',"id":' + blk.a[i] + ',"type":' + this.q(strings[blk.str[i]]) + '}\n';
          break;
        case LINE:
          out += head + ',"kind":"line"' + loc + '}\n';
          break;
        case EDGES: {
          const { to, label } = payload as { to: number[]; label: string | undefined };
          out += head + ',"kind":"edges"' + loc + ',"id":' + blk.a[i] + ',"to":[' + to.join(',') + ']' + (label !== undefined ? ',"label":' + JSON.stringify(label) : '') + '}\n';
          break;
        }
        case DEATH: {
          const c = blk.c[i];
          const cycle = c < 0;
          const via = cycle ? -c - 1 : c;
          const extra = payload as DeathExtra | undefined;
          let s = head + ',"kind":"death"' + loc + ',"id":' + blk.a[i] + ',"type":' + this.q(strings[blk.str[i]]);
          if (extra?.label !== undefined) s += ',"label":' + JSON.stringify(extra.label);
          s += cycle ? ',"cause":"cycle"' : ',"cause":"refcount"';
          if (blk.b[i] !== 0) s += ',"collection":' + blk.b[i];
          if (via !== 0) s += ',"via":' + via;
          if (extra?.by !== undefined) s += ',"by":' + JSON.stringify(extra.by);
          if (this.shutdownSeen) s += ',"shutdown":true';
          out += s + '}\n';
          break;
        }
        default: {
          const e = payload as { kind: string };
          if (e.kind === 'shutdown') this.shutdownSeen = true;
          const { kind, ...rest } = e;
          const body = JSON.stringify(rest, typedArraysAsArrays);
          out += head + ',"kind":' + this.q(kind) + loc + (body.length > 2 ? ',' + body.slice(1) : '}') + '\n';
        }
      }
    }
    blk.payload = [];
    return out;
  }

  // ---- reading ------------------------------------------------------------------

  /** The kept events, as objects (parsed from the trace text). */
  get events(): TracedEvent[] {
    const out: TracedEvent[] = [];
    for (const text of this.keptText()) {
      for (const line of text.split('\n')) if (line !== '') out.push(JSON.parse(line) as TracedEvent);
    }
    return out;
  }

  /** The whole kept trace as JSON Lines, header first (one string: for short logs; stream long ones with a sink). */
  toJSONL(): string {
    return JSON.stringify(this.header) + '\n' + this.keptText().join('');
  }
}

/** JSON.stringify's replacer: the collector's id lists are typed arrays (Int32Array, Uint16Array, Uint8Array); they are written as arrays. */
function typedArraysAsArrays(_key: string, v: unknown): unknown {
  return v instanceof Int32Array || v instanceof Uint16Array || v instanceof Uint8Array ? Array.from(v) : v;
}

function sameIds(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One event as a JSON Lines record, keys in a fixed order (seq, kind, location, then its own fields). */
export function eventToJSON(e: TracedEvent): string {
  const { seq, kind, line, fn, file, ...rest } = e;
  return JSON.stringify({ seq, kind, line, fn, file, ...rest });
}
