/**
 * The viewer's model of a run: what the step-through viewer shows, in its
 * own words, independent of the trace format's details. trace-adapter.ts is
 * the one place that turns trace records into this model; everything else in
 * viz/ and web/ reads only this.
 *
 * A run is a list of steps, one per trace event that changes what the viewer
 * shows. A step carries the state changes it makes (`changes`, applied in
 * order by view-state.ts) and a sentence saying what happened.
 */

/** An object's id in the trace (the heap's counter). */
export type ObjectId = number;

/** What the viewer knows about one object over the whole run. */
export interface ObjectInfo {
  id: ObjectId;
  type: string;
  /** The short label a user would know (`Node('a')`), or the type and id. */
  label: string;
  /** Made while the interpreter started up (hidden by default). */
  startup: boolean;
  /** Index of the step that made it (0 for objects that predate the trace). */
  bornAt: number;
  /** Index of the step where it died, or null while it lives. */
  diedAt: number | null;
  /** Why it died, in words (`refcount reached 0 by del b at line 12`, `cyclic garbage: collection #2 of generation 0`). */
  cause: string | null;
  /** The same, short enough for the ghost's box (`del b, line 12`, `gc #2 (gen 0): cycle`). */
  shortCause: string | null;
  /** Tracked by the cycle collector (containers are; str, int and float are not). */
  tracked: boolean;
  /** The id of the object whose release freed this one (a list freeing its items), if any. */
  via: ObjectId | null;
}

/** A root holding references: a frame (its variables) or the interpreter. */
export interface RootInfo {
  /** Key used by bindings: `frame:N` or `module:NAME`. */
  key: string;
  /** What the viewer prints: `f()`, `<module>`, `module __main__`. */
  name: string;
  /** The calling frame's key, for frames. */
  parent: string | null;
}

/** One change a step makes to what the viewer shows. */
export type Change =
  | { op: 'line'; line: number; func: string | null; file: string | null }
  | { op: 'born'; id: ObjectId }
  | { op: 'died'; id: ObjectId }
  | { op: 'label'; id: ObjectId; label: string }
  | { op: 'refcount'; id: ObjectId; value: number }
  /** Generation lane: 0, 1, 2. */
  | { op: 'generation'; id: ObjectId; generation: number }
  /** The objects `id` refers to now, in tp_traverse order (replaces the previous list). */
  | { op: 'edges'; id: ObjectId; to: ObjectId[] }
  /** A root's name now refers to the object `to`, or holds the immediate `value` (repr), or (both null) nothing. */
  | { op: 'bind'; root: string; name: string; to: ObjectId | null; value: string | null }
  /** A root appears (a frame starts; a module's first global). */
  | { op: 'root-add'; root: RootInfo }
  /** A frame ends: its root and its names go. */
  | { op: 'root-remove'; key: string }
  /** A collection starts (`phase` null) or enters a phase, or ends (`collection` null). */
  | { op: 'collection'; collection: number | null; generation: number; phase: string | null }
  /** Per-object collector state during a collection. */
  | { op: 'gc-state'; id: ObjectId; gcRefs: number | null; mark: GcMark | null }
  | { op: 'output'; text: string; stream: 'out' | 'err' };

/** Where an object stands inside a collection (move_unreachable and after). */
export type GcMark = 'young' | 'reachable' | 'unreachable' | 'legacy' | 'garbage' | 'finalized' | 'resurrected' | 'cleared';

/** What kind of step a step is (the navigation buttons move by these). */
export interface Step {
  /** The event's sequence number in the trace. */
  seq: number;
  /** The trace event's kind (`alloc`, `gc-phase`, ...). */
  kind: string;
  /** What happened, in words, with labels (plain text). */
  text: string;
  /** The scenario's source line current at this step (0 before the first line, or while code of another file runs). */
  line: number;
  /** The step starts a new source line (a `line` event, or a change of line or frame). */
  newLine: boolean;
  /** The collection phase this step enters, if it enters one. */
  phase: string | null;
  /** The objects this step is about (highlighted). */
  focus: ObjectId[];
  changes: Change[];
}

/** The run, ready to view. */
export interface ViewerModel {
  /** The scenario's file name as the run saw it. */
  filename: string;
  /** The scenario's source, one string per line (line 1 at index 0). */
  sourceLines: string[];
  /** gclab's version and the trace format's, for the page footer. */
  producer: string;
  steps: Step[];
  objects: Map<ObjectId, ObjectInfo>;
  /** Every type that appears, sorted. */
  types: string[];
  /** The trace ended early (truncated or the run stopped). */
  warnings: string[];
}
