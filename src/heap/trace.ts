/**
 * The heap's event stream: one ordered log of everything that happens to
 * objects. Events carry no clock and no host address, only sequence numbers
 * and object ids from the heap's counter, so two runs of one program give
 * byte-identical streams (serialised as JSON Lines).
 */

export type HeapEvent =
  | { kind: 'alloc'; id: number; type: string }
  /** An object is reclaimed: by its refcount reaching zero, or as cyclic trash. */
  | { kind: 'death'; id: number; type: string; cause: 'refcount' | 'cycle'; collection?: number }
  /** tp_finalize (`__del__`) is about to run. */
  | { kind: 'finalize'; id: number; type: string; path: 'refcount' | 'gc' }
  /** A finalizer made its object reachable again. */
  | { kind: 'resurrect'; id: number; type: string }
  /** The weakrefs to an object were cleared (count of refs). */
  | { kind: 'weakrefs-cleared'; id: number; type: string; count: number }
  /** A weakref callback is about to run. */
  | { kind: 'callback'; ref: number; type: string }
  | { kind: 'gc-start'; collection: number; generation: number }
  | {
      kind: 'gc-phase';
      collection: number;
      phase: string;
      objects: number[];
    }
  | {
      kind: 'gc-end';
      collection: number;
      generation: number;
      collected: number;
      uncollectable: number;
    }
  /** An exception was swallowed by the unraisable hook. */
  | { kind: 'unraisable'; where: string; error: string }
  /** Free-form marker from a client layer (e.g. the interpreter's line numbers). */
  | { kind: 'note'; text: string };

/** A recorded event: the event and its sequence number (from 1). */
export type TracedEvent = HeapEvent & { seq: number };

/** Where a streaming TraceLog sends each event as it is recorded. */
export type TraceListener = (e: TracedEvent) => void;

/** Options of `new TraceLog(options)`. */
export interface TraceLogOptions {
  /** Called with every event as it is recorded (e.g. to write it to a file). */
  listener?: TraceListener;
  /** Keep the events in `events` (default true; false keeps memory flat for long runs). */
  keep?: boolean;
}

/** One event as a JSON Lines record, keys in a fixed order (seq first). */
export function eventToJSON(e: TracedEvent): string {
  const { seq, ...rest } = e;
  return JSON.stringify({ seq, ...rest });
}

/** The event log: kept in memory, streamed to a listener, or both. */
export class TraceLog {
  readonly events: TracedEvent[] = [];
  private seq = 0;
  private readonly listener: TraceListener | null;
  private readonly keep: boolean;

  constructor(options: TraceLogOptions = {}) {
    this.listener = options.listener ?? null;
    this.keep = options.keep ?? true;
  }

  /** Events recorded so far (kept or not). */
  get count(): number {
    return this.seq;
  }

  /** Number the event and record it (keep it, hand it to the listener, or both). */
  push(e: HeapEvent): void {
    (e as TracedEvent).seq = ++this.seq;
    if (this.keep) this.events.push(e as TracedEvent);
    if (this.listener !== null) this.listener(e as TracedEvent);
  }

  /** The kept stream as JSON Lines (one string: for short logs; stream long ones with a listener). */
  toJSONL(): string {
    let out = '';
    for (const e of this.events) out += eventToJSON(e) + '\n';
    return out;
  }
}
