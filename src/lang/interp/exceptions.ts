/**
 * Python exceptions inside the interpreter.
 *
 * A raised exception travels as a JS PyException. Its Python object
 * (`pyValue`, an owned reference) is created lazily for errors raised by
 * the runtime with just a type and message, and at once for `raise X(...)`.
 * As it leaves each function frame it gains a traceback entry that owns the
 * frame's locals (a frame object), so the locals live as long as the
 * exception does -- as in CPython, where the traceback keeps the frame.
 */
import { PyException, TupleObject } from '../../heap';
import { instantiate } from '../runtime/calls';
import { releaseExceptionRefs } from '../../weakref/errors';
import { ExceptionObject, FrameObject, TracebackObject } from '../runtime/native-objects';
import { exceptionArgs, str } from '../runtime/repr';
import type { Frame } from './frame';
import type { Runtime } from '../runtime/runtime';
import { className } from '../runtime/repr';

/** Make sure `e` has its Python exception object, and return it (borrowed). */
export function materialize(rt: Runtime, e: PyException): ExceptionObject {
  if (e.pyValue instanceof ExceptionObject) return e.pyValue;
  let cls;
  try {
    cls = rt.types.get(e.pyType);
  } catch {
    cls = rt.types.get('Exception');
  }
  const obj = rt.heap.withHeadroom(() => instantiate(rt, cls, e.args, null)) as ExceptionObject;
  e.pyValue = obj;
  // The Python object now owns the arguments: drop what the raiser held.
  releaseExceptionRefs(rt.heap, e);
  return obj;
}

/** A PyException carrying an existing exception object (takes a new reference to it). */
export function fromObject(rt: Runtime, obj: ExceptionObject): PyException {
  rt.heap.incref(obj);
  const args = exceptionArgs(obj);
  return new PyException(obj.cls.name, args.every((a) => typeof a !== 'object' || a === null) ? args : [], obj);
}

/**
 * PyTraceBack_Here: the exception passes through `frame` (raised or
 * propagated there, whether or not a handler there catches it). The new
 * traceback entry holds the frame's frame object, which shows the live
 * locals while the function runs and keeps them when it returns (see
 * Interpreter.releaseFrame). One entry per frame per pass.
 */
export function addTraceback(rt: Runtime, e: PyException, frame: Frame): void {
  const exc = materialize(rt, e) as ExceptionObject & { tbFrame?: Frame };
  // A bare `raise` re-raises without a new entry for the same frame (RERAISE).
  if (exc.tbFrame === frame) return;
  exc.tbFrame = frame;
  const heap = rt.heap;
  heap.withHeadroom(() => heap.reserve(2));
  let fo = frame.frameObject;
  if (fo === undefined) {
    // A generator's frame is traversed by its generator, not by the frame object.
    fo = heap.register(new FrameObject(frame.stack === undefined ? frame : null, frame.funcName, frame.filename, frame.line));
    heap.track(fo);
    frame.frameObject = fo; // the frame's own reference
  }
  heap.incref(fo);
  fo.line = frame.line;
  const old = exc.exc[1];
  const tb = heap.register(new TracebackObject(old, fo, frame.filename, frame.funcName, frame.line));
  heap.track(tb);
  exc.exc[1] = tb; // tb now owns `old` and its reference to the frame object
}

/** Add a traceback entry for a frame that keeps running (the module frame): no locals owned. */
export function addTracebackLine(rt: Runtime, e: PyException, funcName: string, filename: string, line: number): void {
  const exc = materialize(rt, e);
  const heap = rt.heap;
  heap.withHeadroom(() => heap.reserve());
  const old = exc.exc[1];
  const tb = heap.register(new TracebackObject(old, undefined, filename, funcName, line));
  heap.track(tb);
  exc.exc[1] = tb;
}

/** The `Type: message` line of a traceback (module-qualified outside builtins/__main__). */
export function exceptionLine(rt: Runtime, e: PyException): string {
  const obj = e.pyValue instanceof ExceptionObject ? e.pyValue : null;
  if (obj === null) return e.args.length === 0 ? e.pyType : `${e.pyType}: ${e.pyMessage}`;
  const name = className(obj.cls);
  let msg: string;
  try {
    msg = str(rt, obj);
  } catch {
    msg = '<exception str() failed>';
  }
  return msg === '' && exceptionArgs(obj).length === 0 ? name : `${name}: ${msg}`;
}

/** The traceback entries of an exception, outermost first. */
export function tracebackEntries(e: PyException): TracebackObject[] {
  const out: TracebackObject[] = [];
  const obj = e.pyValue instanceof ExceptionObject ? e.pyValue : null;
  let tb = obj?.exc[1];
  while (tb instanceof TracebackObject) {
    out.push(tb);
    tb = tb.refs[0];
  }
  return out;
}

/** `Traceback (most recent call last): ...` plus the exception line. */
export function formatTraceback(rt: Runtime, e: PyException, sourceLine: (file: string, line: number) => string): string {
  let s = '';
  const entries = tracebackEntries(e);
  if (entries.length > 0) {
    s += 'Traceback (most recent call last):\n';
    for (const tb of entries) {
      s += `  File "${tb.filename}", line ${tb.line}, in ${tb.funcName}\n`;
      const src = sourceLine(tb.filename, tb.line).trim();
      if (src) s += `    ${src}\n`;
    }
  }
  return s + exceptionLine(rt, e) + '\n';
}

export { TupleObject };
