/**
 * Trace format v1 (docs/trace-format.md): the header line and every event
 * kind with its fields, as data. One table serves three readers: the
 * validator (`gclab trace validate`), the JSON Schema file
 * (docs/trace-format.schema.json is `traceSchema()`, checked by a test) and
 * the viewer, which reads traces and never the heap.
 *
 * This file depends on nothing: a trace reader can import it alone.
 */

/** The `format` of a gclab trace's header line. */
export const TRACE_FORMAT = 'gclab-trace';
/** The version this gclab writes and reads. */
export const TRACE_VERSION = 1;

/** How much a trace records (`--trace-level`): each level adds to the one before it. */
export type TraceLevel = 'deaths' | 'refs' | 'all';
export const TRACE_LEVELS: readonly TraceLevel[] = ['deaths', 'refs', 'all'];

/** The first line of a trace. */
export interface TraceHeader {
  format: typeof TRACE_FORMAT;
  version: number;
  /** gclab's version (package.json). */
  gclab: string;
  /** The scenario's path as tracebacks show it, or null (a trace made from TypeScript). */
  scenario: string | null;
  /** How the run was made. */
  profile: TraceProfile;
}

export interface TraceProfile {
  /** The CPython version whose rules are simulated. */
  python: string;
  level: TraceLevel;
  /** `--schedule` in its canonical form, or null. */
  schedule: string | null;
  gcStress: boolean;
}

/** A field's JSON type: `int` is a whole number; `ints` an array of them; `labels` an array of strings or nulls. */
type FieldType = 'int' | 'string' | 'bool' | 'ints' | 'labels' | 'int|string' | 'int|null';

interface FieldSpec {
  type: FieldType;
  required?: boolean;
  /** The allowed values of a string field. */
  values?: readonly string[];
}

/** Fields every event may carry besides its own. */
export const COMMON_FIELDS: Readonly<Record<string, FieldSpec>> = {
  seq: { type: 'int', required: true },
  kind: { type: 'string', required: true },
  /** The line the innermost Python frame is executing (absent outside any frame). */
  line: { type: 'int' },
  /** That frame's function name (`<module>` for a module body, the class name for a class body). */
  fn: { type: 'string' },
  /** That frame's file, when it is not the scenario (a module beside it, the stdlib). */
  file: { type: 'string' },
};

const id = { type: 'int', required: true } as const;
const type = { type: 'string', required: true } as const;
const opt = <T extends FieldType>(t: T) => ({ type: t });
const req = <T extends FieldType>(t: T) => ({ type: t, required: true });

/** The gc-phase names, in the order a collection emits them. */
export const GC_PHASES = [
  'update_refs',
  'subtract_refs',
  'move_unreachable',
  'move_legacy_finalizers',
  'handle_weakrefs',
  'finalize_garbage',
  'handle_resurrected_objects',
  'delete_garbage',
] as const;

/** Every event kind and its own fields. */
export const EVENT_KINDS: Readonly<Record<string, Readonly<Record<string, FieldSpec>>>> = {
  startup: { objects: req('int'), lastId: req('int') },
  alloc: { id, type, startup: opt('bool') },
  line: {},
  frame: { frame: req('int'), parent: req('int') },
  'frame-end': { frame: req('int') },
  bind: {
    frame: opt('int'),
    module: opt('string'),
    name: req('string'),
    id: opt('int'),
    value: opt('string'),
    label: opt('string'),
    old: opt('int'),
  },
  unbind: { frame: opt('int'), module: opt('string'), name: req('string'), id: opt('int'), value: opt('string') },
  edges: { id, to: req('ints'), label: opt('string') },
  incref: { id, rc: req('int') },
  decref: { id, rc: req('int') },
  death: {
    id,
    type,
    label: opt('string'),
    cause: { type: 'string', required: true, values: ['refcount', 'cycle'] },
    collection: opt('int'),
    via: opt('int'),
    by: opt('string'),
    shutdown: opt('bool'),
  },
  finalize: { id, type, path: { type: 'string', required: true, values: ['refcount', 'gc'] } },
  resurrect: { id, type },
  'weakrefs-cleared': { id, type, count: req('int'), refs: opt('ints') },
  callback: { ref: req('int'), type },
  'gc-start': { collection: req('int'), generation: req('int') },
  'gc-phase': {
    collection: req('int'),
    phase: { type: 'string', required: true, values: GC_PHASES },
    pass: opt('int'),
    objects: opt('ints'),
    gc_refs: opt('ints'),
    labels: opt('labels'),
    reachable: opt('ints'),
    unreachable: opt('ints'),
    finalizers: opt('ints'),
    cleared: opt('ints'),
    callbacks: opt('ints'),
    resurrected: opt('ints'),
  },
  clear: { id, type },
  'gc-end': { collection: req('int'), generation: req('int'), collected: req('int'), uncollectable: req('int') },
  output: { stream: { type: 'string', required: true, values: ['out', 'err'] }, text: req('string') },
  unraisable: { where: req('string'), error: req('string') },
  note: { text: req('string') },
  shutdown: {},
  exit: { status: req('int') },
};

/** The event kinds each level records (a level records its own and those of the levels before it). */
export const LEVEL_ONLY_KINDS: Readonly<Record<TraceLevel, readonly string[]>> = {
  deaths: Object.keys(EVENT_KINDS).filter((k) => !['line', 'edges', 'incref', 'decref'].includes(k)),
  refs: ['edges', 'incref', 'decref'],
  all: ['line'],
};

/** A problem found by validateTrace: the line (1 = the header) and what is wrong. */
export interface TraceProblem {
  line: number;
  message: string;
}

function typeOk(v: unknown, t: FieldType): boolean {
  switch (t) {
    case 'int':
      return Number.isInteger(v);
    case 'string':
      return typeof v === 'string';
    case 'bool':
      return typeof v === 'boolean';
    case 'ints':
      return Array.isArray(v) && v.every((x) => Number.isInteger(x));
    case 'labels':
      return Array.isArray(v) && v.every((x) => x === null || typeof x === 'string');
    case 'int|string':
      return Number.isInteger(v) || typeof v === 'string';
    case 'int|null':
      return v === null || Number.isInteger(v);
  }
}

function checkFields(o: Record<string, unknown>, spec: Readonly<Record<string, FieldSpec>>, where: string): string | null {
  for (const [name, f] of Object.entries(spec)) {
    if (!(name in o)) {
      if (f.required) return `${where}: missing field '${name}'`;
      continue;
    }
    const v = o[name];
    if (!typeOk(v, f.type)) return `${where}: field '${name}' should be ${f.type}, not ${JSON.stringify(v)}`;
    if (f.values !== undefined && !f.values.includes(v as string)) {
      return `${where}: field '${name}' is ${JSON.stringify(v)}, not one of ${f.values.join(', ')}`;
    }
  }
  return null;
}

/** Problems of a header object (null when it is a valid v1 header). */
export function headerProblem(h: unknown): string | null {
  if (typeof h !== 'object' || h === null || Array.isArray(h)) return 'the header is not a JSON object';
  const o = h as Record<string, unknown>;
  if (o.format !== TRACE_FORMAT) return `the header's format is ${JSON.stringify(o.format)}, not "${TRACE_FORMAT}"`;
  if (o.version !== TRACE_VERSION) return `version ${JSON.stringify(o.version)} is not supported (this gclab reads version ${TRACE_VERSION})`;
  if (typeof o.gclab !== 'string') return "the header's field 'gclab' should be a string";
  if (!(typeof o.scenario === 'string' || o.scenario === null)) return "the header's field 'scenario' should be a string or null";
  const p = o.profile as Record<string, unknown> | undefined;
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return "the header's field 'profile' should be an object";
  if (typeof p.python !== 'string') return "profile.python should be a string";
  if (!TRACE_LEVELS.includes(p.level as TraceLevel)) return `profile.level is ${JSON.stringify(p.level)}, not one of ${TRACE_LEVELS.join(', ')}`;
  if (!(typeof p.schedule === 'string' || p.schedule === null)) return 'profile.schedule should be a string or null';
  if (typeof p.gcStress !== 'boolean') return 'profile.gcStress should be a boolean';
  return null;
}

/** Problems of one event object (null when valid); `expectedSeq` is the seq it must carry. */
export function eventProblem(e: unknown, expectedSeq: number): string | null {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return 'not a JSON object';
  const o = e as Record<string, unknown>;
  const common = checkFields(o, COMMON_FIELDS, 'event');
  if (common !== null) return common;
  if (o.seq !== expectedSeq) return `seq is ${o.seq}, expected ${expectedSeq} (events are numbered 1, 2, 3, ... without gaps)`;
  const spec = EVENT_KINDS[o.kind as string];
  if (spec === undefined) return `unknown event kind ${JSON.stringify(o.kind)}`;
  const own = checkFields(o, spec, `${o.kind} event`);
  if (own !== null) return own;
  for (const k of Object.keys(o)) {
    if (!(k in spec) && !(k in COMMON_FIELDS)) return `${o.kind} event: unknown field '${k}'`;
  }
  if (o.kind === 'bind' || o.kind === 'unbind') {
    if (('frame' in o) === ('module' in o)) return `${o.kind} event: exactly one of 'frame' and 'module'`;
    if (('id' in o) === ('value' in o)) return `${o.kind} event: exactly one of 'id' and 'value'`;
  }
  return null;
}

/**
 * Check a whole trace (JSON Lines text): a valid header first, then events
 * numbered from 1, each of a known kind with its fields. Returns every
 * problem found (at most `limit`), empty for a valid trace.
 */
export function validateTrace(text: string, limit = 20): TraceProblem[] {
  const problems: TraceProblem[] = [];
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return [{ line: 1, message: 'the file is empty: a trace starts with its header line' }];
  let seq = 0;
  for (let i = 0; i < lines.length && problems.length < limit; i++) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(lines[i]);
    } catch (e) {
      problems.push({ line: i + 1, message: `not JSON: ${(e as Error).message}` });
      if (i === 0) break;
      seq++;
      continue;
    }
    if (i === 0) {
      const p = headerProblem(parsed);
      if (p !== null) {
        problems.push({ line: 1, message: p });
        break;
      }
      continue;
    }
    seq++;
    const p = eventProblem(parsed, seq);
    if (p !== null) problems.push({ line: i + 1, message: p });
    if (typeof parsed === 'object' && parsed !== null && Number.isInteger((parsed as { seq?: unknown }).seq)) {
      seq = (parsed as { seq: number }).seq;
    }
  }
  return problems;
}

function fieldSchema(f: FieldSpec): object {
  switch (f.type) {
    case 'int':
      return { type: 'integer' };
    case 'string':
      return f.values ? { enum: f.values } : { type: 'string' };
    case 'bool':
      return { type: 'boolean' };
    case 'ints':
      return { type: 'array', items: { type: 'integer' } };
    case 'labels':
      return { type: 'array', items: { type: ['string', 'null'] } };
    case 'int|string':
      return { type: ['integer', 'string'] };
    case 'int|null':
      return { type: ['integer', 'null'] };
  }
}

/**
 * The JSON Schema (draft 2020-12) of one trace line: the header or an
 * event. docs/trace-format.schema.json holds exactly this.
 */
export function traceSchema(): object {
  const common = Object.fromEntries(Object.entries(COMMON_FIELDS).filter(([k]) => k !== 'kind').map(([k, f]) => [k, fieldSchema(f)]));
  const events = Object.entries(EVENT_KINDS).map(([kind, spec]) => {
    const properties: Record<string, object> = { ...common, kind: { const: kind } };
    for (const [k, f] of Object.entries(spec)) properties[k] = fieldSchema(f);
    const required = ['seq', 'kind', ...Object.entries(spec).filter(([, f]) => f.required).map(([k]) => k)];
    const schema: Record<string, unknown> = { type: 'object', properties, required, additionalProperties: false };
    if (kind === 'bind' || kind === 'unbind') {
      schema.allOf = [
        { oneOf: [{ required: ['frame'] }, { required: ['module'] }] },
        { oneOf: [{ required: ['id'] }, { required: ['value'] }] },
      ];
    }
    return schema;
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://gclab.invalid/trace-format-v1.schema.json',
    title: 'gclab trace format v1: one line of a trace (the header, then events)',
    description: 'See docs/trace-format.md. The first line is the header; every other line is one event.',
    oneOf: [
      {
        title: 'header',
        type: 'object',
        properties: {
          format: { const: TRACE_FORMAT },
          version: { const: TRACE_VERSION },
          gclab: { type: 'string' },
          scenario: { type: ['string', 'null'] },
          profile: {
            type: 'object',
            properties: {
              python: { type: 'string' },
              level: { enum: TRACE_LEVELS },
              schedule: { type: ['string', 'null'] },
              gcStress: { type: 'boolean' },
            },
            required: ['python', 'level', 'schedule', 'gcStress'],
          },
        },
        required: ['format', 'version', 'gclab', 'scenario', 'profile'],
      },
      ...events,
    ],
  };
}
