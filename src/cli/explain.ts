/**
 * --explain: a reader of the trace (docs/trace-format.md) that says, in
 * lines starting with `# ` between the program's own output, what the heap
 * did and why: which object died (by its label, `Node('b')`, and the name
 * or container that last held it), which statement dropped its last
 * reference (`del b` at line 31, `b = ...`, the end of `f()`), which
 * collection found a cycle, which `__del__` and callbacks ran.
 *
 * It reads events only (never the heap), so it explains a trace file just
 * as well as a live run. Interpreter temporaries and start-up objects are
 * not narrated unless `all` is set (`--explain=all`).
 */
import type { TracedEvent } from '../heap';

/** Kinds of objects the interpreter makes behind the scenes: their deaths are not narrated unless a name held them. */
const QUIET_TYPES = new Set([
  'builtin_function_or_method',
  'method',
  'cell',
  'frame',
  'traceback',
  'code',
  'generator',
  'list_iterator',
  'list_reverseiterator',
  'tuple_iterator',
  'str_ascii_iterator',
  'str_iterator',
  'range_iterator',
  'set_iterator',
  'dict_keyiterator',
  'dict_valueiterator',
  'dict_itemiterator',
  'dict_keys',
  'dict_values',
  'dict_items',
  'super',
  '_IterationGuard',
]);

/** Options of `new Explainer(...)`. */
export interface ExplainOptions {
  /** Narrate temporaries and start-up objects too (`--explain=all`). */
  all?: boolean;
  /** The scenario's source lines, to quote the statement at a line. */
  sourceLines?: string[];
}

interface Holder {
  /** How a sentence names it: `` `b` ``, `` `x` of f() ``, `list[2]`. */
  text: string;
  /** The frame of a local name (0: a global or a container). */
  frame: number;
}

interface Known {
  label: string;
  /** The names and containers that held the object, oldest first. */
  holders: Holder[];
  /** It was bound to a name at some point. */
  named: boolean;
  /** Its __del__ started: later bindings (its own `self`) do not count as holders. */
  finalized: boolean;
}

/** Turns trace events into `# ...` lines, one event at a time, in order. */
export class Explainer {
  private readonly all: boolean;
  private readonly source: string[];
  private lastStartupId = 0;
  private readonly known = new Map<number, Known>();
  private readonly frames = new Map<number, string>();
  private readonly endedFrames = new Set<number>();
  private inShutdown = false;
  private readonly generations = new Map<number, number>();

  constructor(options: ExplainOptions = {}) {
    this.all = options.all ?? false;
    this.source = options.sourceLines ?? [];
  }

  private info(id: number, label?: string): Known {
    let k = this.known.get(id);
    if (k === undefined) {
      k = { label: label ?? `#${id}`, holders: [], named: false, finalized: false };
      this.known.set(id, k);
    } else if (label !== undefined && !poorer(label, k.label)) k.label = label;
    return k;
  }

  private addHolder(id: number, holder: Holder): void {
    const k = this.info(id);
    if (!k.finalized) k.holders.push(holder);
  }

  /** The holder to name: the latest whose frame has not ended, else the latest. */
  private holderOf(k: Known): string | undefined {
    for (let i = k.holders.length - 1; i >= 0; i--) {
      if (!this.endedFrames.has(k.holders[i].frame)) return k.holders[i].text;
    }
    return k.holders[k.holders.length - 1]?.text;
  }

  /** How an object is named in a sentence: its label, turning `weakref -> #12` into `weakref to Node('a')`. */
  private name(id: number, fallback?: string): string {
    const label = this.known.get(id)?.label ?? fallback ?? `#${id}`;
    const m = /^weakref -> #(\d+)$/.exec(label);
    if (m !== null) return `weakref to ${this.known.get(Number(m[1]))?.label ?? `#${m[1]}`}`;
    return label;
  }

  private where(e: TracedEvent): string {
    if (e.line === undefined) return '';
    const text = e.file === undefined ? this.source[e.line - 1]?.trim() : undefined;
    return ` at line ${e.line}${text ? ` (\`${text}\`)` : ''}`;
  }

  private scopeName(e: TracedEvent, name: string): string {
    if (typeof e.module === 'string') return e.module === '__main__' ? `\`${name}\`` : `\`${e.module}.${name}\``;
    const fn = this.frames.get(e.frame as number);
    return fn === undefined || fn === '<module>' ? `\`${name}\`` : `\`${name}\` of ${fn}()`;
  }

  private hidden(id: number, type: string): boolean {
    if (this.all) return false;
    if (id <= this.lastStartupId) return true;
    const k = this.known.get(id);
    // At shutdown the functions, classes and modules go too: only instances are narrated.
    if (this.inShutdown) return !(k?.label.endsWith(')') ?? false);
    if (k?.named || k?.finalized) return false;
    if (QUIET_TYPES.has(type)) return true;
    // Instances of classes (labels like `Node('a')`) are narrated; unnamed builtin containers are temporaries.
    return !(k?.label.endsWith(')') ?? false);
  }

  /** The `# ...` line for one event, or null when it says nothing worth a line. */
  explain(e: TracedEvent): string | null {
    switch (e.kind) {
      case 'startup':
        this.lastStartupId = e.lastId as number;
        return null;
      case 'frame':
        this.frames.set(e.frame as number, e.fn ?? '?');
        return null;
      case 'frame-end':
        this.endedFrames.add(e.frame as number);
        return null;
      case 'bind': {
        if (typeof e.id === 'number') {
          this.info(e.id, e.label).named = true;
          this.addHolder(e.id, { text: this.scopeName(e, e.name as string), frame: typeof e.frame === 'number' ? e.frame : 0 });
        }
        return null;
      }
      case 'edges': {
        if (e.label !== undefined) this.info(e.id!, e.label);
        const holder = this.name(e.id!, e.label);
        for (const to of e.to as number[]) if (to !== e.id) this.addHolder(to, { text: holder, frame: 0 });
        return null;
      }
      case 'alloc':
        this.info(e.id!, e.type);
        return null;
      case 'death':
        return this.death(e);
      case 'finalize': {
        const k = this.info(e.id!);
        k.finalized = true;
        if (!this.all && e.id! <= this.lastStartupId) return null;
        return `${this.name(e.id!, e.type)}.__del__ runs (${e.path === 'gc' ? 'the collector found it unreachable' : 'its reference count reached 0'})`;
      }
      case 'resurrect':
        return `${this.name(e.id!, e.type)} was resurrected by a finalizer: it survives`;
      case 'weakrefs-cleared':
        if (this.hidden(e.id!, e.type!) && !this.all && (this.inShutdown || e.id! <= this.lastStartupId)) return null;
        return `${e.count === 1 ? '1 weakref' : `${e.count} weakrefs`} to ${this.name(e.id!, e.type)} cleared by the collector`;
      case 'callback':
        return `the callback of ${this.name(e.ref as number, e.type)} runs`;
      case 'gc-start':
        this.generations.set(e.collection as number, e.generation as number);
        return `collection ${e.collection} of generation ${e.generation} starts`;
      case 'gc-phase':
        return this.phase(e);
      case 'gc-end':
        return `collection ${e.collection} ends: ${e.collected} collected, ${e.uncollectable} uncollectable`;
      case 'unraisable':
        return `exception ignored (${e.error}) in ${e.where}`;
      case 'shutdown':
        this.inShutdown = true;
        return 'end of the scenario: atexit handlers, a collection, then the modules are torn down';
      case 'note':
        return e.text as string;
      default:
        return null;
    }
  }

  private phase(e: TracedEvent): string | null {
    const gen = this.generations.get(e.collection as number);
    const of = `collection ${e.collection}${gen !== undefined ? ` (generation ${gen})` : ''}`;
    if (e.phase === 'delete_garbage') {
      const shown = (e.objects as number[]).filter((id) => !this.hidden(id, ''));
      if (shown.length === 0) return null;
      return `${of} found unreachable cyclic garbage: ${shown.map((id) => this.name(id)).join(', ')}`;
    }
    if (e.phase === 'move_legacy_finalizers' && (e.finalizers as number[]).length > 0) {
      return `${of}: uncollectable (legacy finalizers), kept in gc.garbage: ${(e.finalizers as number[]).map((id) => this.name(id)).join(', ')}`;
    }
    return null;
  }

  private death(e: TracedEvent): string | null {
    const id = e.id!;
    const k = this.info(id, e.label);
    if (this.hidden(id, e.type!)) return null;
    const who = this.name(id, e.type);
    // With `via`, the object that held it says it all.
    const holder = e.via === undefined ? this.holderOf(k) : undefined;
    const held = holder !== undefined ? ` (last held by ${holder})` : '';
    const atShutdown = e.shutdown === true ? ' during shutdown' : '';
    if (e.cause === 'cycle') {
      const gen = this.generations.get(e.collection as number);
      return `${who} reclaimed as cyclic garbage by collection ${e.collection}${gen !== undefined ? ` (generation ${gen})` : ''}${atShutdown}${held}`;
    }
    let why: string;
    const by = e.by as string | undefined;
    if (e.via !== undefined) why = `it was held by ${this.name(e.via as number)}, which was being freed`;
    else if (by !== undefined && by.startsWith('del ')) why = `\`${by}\`${this.where(e).replace(/ \(`.*`\)$/, '')} dropped its last reference`;
    else if (by !== undefined && by.endsWith(' = ...')) why = `\`${by.slice(0, -6)}\` was rebound${this.where(e)}, dropping its last reference`;
    else if (by !== undefined && by.startsWith('end of ')) why = `its last reference went away at the ${by}${/\)$/.test(by) ? '' : ' module'}`;
    else why = `its reference count dropped to 0${this.where(e)}`;
    const collecting = e.collection !== undefined ? ` (while collection ${e.collection} broke cycles)` : '';
    return `${who} freed${atShutdown}${held}: ${why}${collecting}`;
  }

  /** Explain a block of trace text (JSON Lines, as a TraceLog's sink receives it); returns the `# ` lines. */
  explainText(text: string): string {
    let out = '';
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('{"format"')) continue;
      const said = this.explain(JSON.parse(line) as TracedEvent);
      if (said !== null) out += `# ${said}\n`;
    }
    return out;
  }
}

/** Is `label` a poorer version of `known` (`Node()` after tp_clear emptied `Node('a')`)? */
function poorer(label: string, known: string): boolean {
  return label.endsWith('()') && known.startsWith(label.slice(0, -1)) && known !== label;
}

/** A whole trace explained, with the program's output in its place: what `--explain` prints. */
export function explainTrace(text: string, options: ExplainOptions = {}): string {
  const ex = new Explainer(options);
  let out = '';
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('{"format"')) continue;
    const e = JSON.parse(line) as TracedEvent;
    if (e.kind === 'output' && e.stream === 'out') out += e.text as string;
    const said = ex.explain(e);
    if (said !== null) out += `# ${said}\n`;
  }
  return out;
}
