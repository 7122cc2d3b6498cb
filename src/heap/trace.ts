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

export type TracedEvent = HeapEvent & { seq: number };

/** An in-memory event log. */
export class TraceLog {
  readonly events: TracedEvent[] = [];
  private seq = 0;

  push(e: HeapEvent): void {
    (e as TracedEvent).seq = ++this.seq;
    this.events.push(e as TracedEvent);
  }

  /** The stream as JSON Lines, keys in a fixed order (seq first). */
  toJSONL(): string {
    let out = '';
    for (const e of this.events) {
      const { seq, ...rest } = e;
      out += JSON.stringify({ seq, ...rest }) + '\n';
    }
    return out;
  }
}
