/**
 * What the interpreter tells the trace (docs/trace-format.md): where each
 * event happens (the innermost frame's line and function), the labels of
 * objects, name bindings (`bind`/`unbind`, the roots a viewer draws), and
 * which statement drops references (`by`: `del b`, `b = ...`, `end of
 * f()`). Only called while tracing: an untraced run takes none of these
 * paths.
 */
import { isObject, type TraceLog, type Value } from '../../heap';
import type { Resolution } from '../syntax/ast';
import { immediateRepr, traceLabel } from '../runtime/trace-label';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';

/** Point the trace at the interpreter's frames and labels; start-up begins. */
export function installTraceHooks(ip: Interpreter, trace: TraceLog): void {
  const frames = ip.frames;
  trace.locate = () => frames[frames.length - 1];
  trace.labeler = traceLabel;
  trace.startupBegin();
  if (trace.refs) ip.traceStatements = trace;
}

/** Where a name lives: a frame's locals, cells or class body, or a module's globals. */
function scopeOf(ip: Interpreter, frame: Frame, r: Resolution): { frame: number } | { module: string } {
  switch (r.kind) {
    case 'LOCAL':
    case 'CELL':
    case 'FREE':
    case 'CLASS_DEREF':
      return { frame: frame.traceId };
    case 'NAME':
      if (frame.ns !== frame.globals) return { frame: frame.traceId };
  }
  const name = frame.globals.get(ip.heap, '__name__');
  return { module: typeof name === 'string' ? name : '?' };
}

/** The value a name holds now (borrowed), or undefined. */
function boundValue(ip: Interpreter, frame: Frame, r: Resolution): Value | undefined {
  switch (r.kind) {
    case 'LOCAL':
      return frame.locals[r.slot];
    case 'CELL':
    case 'FREE':
    case 'CLASS_DEREF':
      return frame.cells[r.slot]?.value;
    case 'GLOBAL_EXPLICIT':
    case 'GLOBAL_IMPLICIT':
      return frame.globals.get(ip.heap, r.name);
    case 'NAME':
      // A namespace from __prepare__ is read only through its mapping protocol, which a trace must not run.
      return frame.nsIsMapping ? undefined : frame.ns.get(ip.heap, r.name);
  }
}

function valueFields(trace: TraceLog, v: Value): { id: number; label?: string } | { value: string } {
  if (isObject(v)) {
    if (trace.refs) trace.touch(v);
    const label = trace.labelOf(v);
    return label !== undefined ? { id: v.id, label } : { id: v.id };
  }
  return { value: immediateRepr(v) ?? '?' };
}

/** `name = v`: the bind event, then the store with `by` set while the old value is released. */
export function traceStore(ip: Interpreter, trace: TraceLog, frame: Frame, r: Resolution, v: Value, store: () => void): void {
  const old = boundValue(ip, frame, r);
  const e: Record<string, unknown> = { kind: 'bind', ...scopeOf(ip, frame, r), name: r.name, ...valueFields(trace, v) };
  if (isObject(old)) e.old = old.id;
  trace.push(e as { kind: string });
  const prev = trace.setBy(`${r.name} = ...`);
  try {
    store();
  } finally {
    trace.setBy(prev);
  }
}

/** `del name`: the unbind event (when the name is bound), then the delete with `by` set. */
export function traceDelete(ip: Interpreter, trace: TraceLog, frame: Frame, r: Resolution, del: () => void): void {
  const old = boundValue(ip, frame, r);
  if (old === undefined) return del();
  trace.push({ kind: 'unbind', ...scopeOf(ip, frame, r), name: r.name, ...(isObject(old) ? { id: old.id } : { value: immediateRepr(old) ?? '?' }) });
  const prev = trace.setBy(`del ${r.name}`);
  try {
    del();
  } finally {
    trace.setBy(prev);
  }
}

/** A call's parameters, bound in the new frame. */
export function traceArguments(trace: TraceLog, frame: Frame): void {
  const names = frame.code.varnames;
  for (let i = 0; i < frame.locals.length; i++) {
    const v = frame.locals[i];
    if (v === undefined) continue;
    trace.pushAt({ kind: 'bind', frame: frame.traceId, name: names[i], ...valueFields(trace, v) }, frame);
  }
}
