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
import { Instance, ListObject, PyException, TupleObject, type Value } from '../../heap';
import { toArray } from '../runtime/operators';
import { releaseException } from '../runtime/lang-host';
import { instantiate } from '../runtime/calls';
import { releaseExceptionRefs } from '../../weakref/errors';
import { ExceptionObject, FrameObject, TracebackObject } from '../runtime/native-objects';
import { exceptionArgs, repr, str } from '../runtime/repr';
import type { Frame } from './frame';
import type { Runtime } from '../runtime/runtime';
import { className } from '../runtime/repr';
import { classModule } from '../runtime/builtin-types';
import { isExceptionGroup, type ExceptionGroupObject } from '../runtime/exception-group';
import { sourceAndCarets } from './traceback-carets';
import { syntaxErrorLocation } from './syntax-error-text';
import { getAttrOrUndefined } from '../runtime/attributes';
import { instructionLocation } from '../runtime/instruction-location';
import { suggestionSuffix } from './suggestions';
import { isCImplemented } from '../runtime/c-implemented';

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
  if (e.fields !== undefined) for (const [k, v] of e.fields) obj.setField(rt.heap, k, v);
  // The Python object now owns the arguments: drop what the raiser held.
  releaseExceptionRefs(rt.heap, e);
  return obj;
}

/**
 * _PyErr_SetObject's implicit chaining: `exc` gets the exception being
 * handled as its `__context__` (replacing any earlier one). A context chain
 * must not become a cycle: walking the handled exception's chain, a link to
 * the exception being raised is cut (Floyd's cycle detection stops the walk
 * on a cycle that was there before).
 */
export function setContextOf(rt: Runtime, exc: ExceptionObject, handled: ExceptionObject): void {
  const contextOf = (o: ExceptionObject): ExceptionObject | undefined => {
    const c = o.exc[2];
    return c instanceof ExceptionObject ? c : undefined;
  };
  let o = handled;
  let slow = handled;
  let toggle = false;
  for (let context = contextOf(o); context !== undefined; context = contextOf(o)) {
    if (context === exc) {
      o.setExc(rt.heap, 2, undefined);
      break;
    }
    o = context;
    if (o === slow) break;
    if (toggle) slow = contextOf(slow)!;
    toggle = !toggle;
  }
  exc.setExc(rt.heap, 2, handled);
}

/**
 * _PyErr_ChainStackItem as gen_send_ex2 calls it when an exception is
 * thrown into a generator's frame (gen.throw, close's GeneratorExit, a
 * `yield from` delegate's failure to take the throw): the exception the
 * frame itself is handling (its gi_exc_state, the innermost handler it is
 * suspended in) becomes the thrown exception's __context__. A frame that
 * handles nothing leaves the context as it is (the caller's handled
 * exception is not looked at). The context is decided from then on.
 */
export function chainIntoFrame(rt: Runtime, e: PyException, frame: Frame): void {
  let handled: ExceptionObject | undefined;
  const h = frame.handling;
  for (let j = (h?.length ?? 0) - 1; j >= 0 && handled === undefined; j--) {
    const x = h![j];
    if (x instanceof PyException && x.pyValue instanceof ExceptionObject) handled = x.pyValue;
  }
  // Nothing to chain: the exception is not normalized (no object is made for it).
  if (handled === undefined && !(e.pyValue instanceof ExceptionObject)) return;
  const obj = materialize(rt, e);
  obj.contextDecided = true;
  if (handled !== undefined && handled !== obj) setContextOf(rt, obj, handled);
}

/** A PyException carrying an existing exception object (takes a new reference to it). */
export function fromObject(rt: Runtime, obj: ExceptionObject): PyException {
  rt.heap.incref(obj);
  const args = exceptionArgs(obj);
  return new PyException(obj.cls.name, args.every((a) => typeof a !== 'object' || a === null) ? args : [], obj);
}

/** _PyFrame_GetFrameObject: the frame's frame object, made on first use (a borrowed reference; the frame owns one). */
export function frameObjectOf(rt: Runtime, frame: Frame): FrameObject {
  const heap = rt.heap;
  let fo = frame.frameObject;
  if (fo === undefined) {
    heap.withHeadroom(() => heap.reserve());
    // A generator's frame is traversed by its generator, not by the frame object.
    const made = heap.register(new FrameObject(frame.stack === undefined ? frame : null, frame.funcName, frame.filename, frame.line));
    // _PyFrame_MakeAndSetFrameObject (GH-97002): a collection the
    // allocation started may have made the frame's object already (a gc
    // callback reading f_back); that one is the frame's, the new one is freed.
    const sneaky = frame.frameObject;
    if (sneaky !== undefined) {
      heap.decref(made);
      sneaky.line = frame.line;
      return sneaky;
    }
    fo = made;
    fo.source = frame;
    heap.track(fo);
    frame.frameObject = fo; // the frame's own reference
  }
  fo.line = frame.line;
  return fo;
}

/**
 * PyTraceBack_Here: the exception passes through `frame` (raised or
 * propagated there, whether or not a handler there catches it). The new
 * traceback entry holds the frame's frame object, which shows the live
 * locals while the function runs and keeps them when it returns (see
 * Interpreter.releaseFrame). One entry per frame per pass.
 */
export function addTraceback(rt: Runtime, e: PyException, frame: Frame): void {
  // A block standing for C code adds no entry (c-implemented.ts).
  if (isCImplemented(frame.code)) return;
  const exc = materialize(rt, e) as ExceptionObject & { tbFrame?: Frame };
  // A bare `raise` re-raises without a new entry for the same frame (RERAISE).
  if (exc.tbFrame === frame) return;
  exc.tbFrame = frame;
  // _PyErr_SetObject's implicit chaining at raise time: the first frame an
  // exception surfaces in is where it was raised, before it left any except
  // block, so the exception handled now (also a caller's) is its
  // __context__. A raise statement chained its own already; one thrown into
  // a generator (gen.throw, PyErr_Restore) is not chained (contextDecided,
  // which also keeps a context the program set).
  if (exc.exc[1] === undefined && exc.exc[2] === undefined && !exc.contextDecided) {
    const handled = rt.evaluator.handledException();
    if (handled instanceof ExceptionObject && handled !== exc) setContextOf(rt, exc, handled);
  }
  const heap = rt.heap;
  heap.withHeadroom(() => heap.reserve(2));
  const fo = frameObjectOf(rt, frame);
  heap.incref(fo);
  const old = exc.exc[1];
  // The instruction's line (a later line of a statement spanning several)
  // and its columns, from the node that raised or passed the exception on.
  const at = frame.expr === null ? null : instructionLocation(frame.expr);
  const inStatement = at !== null && at.line >= frame.line;
  const tb = heap.register(new TracebackObject(old, fo, frame.filename, frame.funcName, inStatement ? at.line : frame.line));
  if (inStatement) tb.position = at;
  heap.track(tb);
  exc.exc[1] = tb; // tb now owns `old` and its reference to the frame object
  // call_exc_trace: a trace function's 'exception' event, after PyTraceBack_Here.
  rt.evaluator.exceptionEvent(frame, e);
}

/**
 * The exception leaves `frame` by a re-raise (RERAISE, a bare `raise`):
 * the frame adds no traceback entry as it passes on. With undefined: the
 * next frame it passes through adds one (RAISE_VARARGS with an object).
 */
export function markReraised(exc: ExceptionObject, frame: Frame | undefined): void {
  (exc as ExceptionObject & { tbFrame?: Frame }).tbFrame = frame;
  // The exception now names this frame: it must not come back as another call's (Interpreter.recycleFrame).
  if (frame !== undefined) frame.reraisedHere = true;
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
  const name = typeLabel(obj);
  let msg: string;
  try {
    msg = str(rt, obj);
  } catch {
    msg = '<exception str() failed>';
  }
  // print_exception: ": " and the str only when the str is not empty.
  return msg === '' ? name : `${name}: ${msg}`;
}

/**
 * print_exception_message's type: no module prefix for builtins and
 * __main__; "<unknown>" for a __module__ that is not a str.
 */
function typeLabel(obj: ExceptionObject): string {
  const own = obj.cls.tag === undefined ? obj.cls.dict.get('__module__') : undefined;
  const mod = own !== undefined && typeof own !== 'string' ? '<unknown>' : classModule(obj.cls);
  return mod === 'builtins' || mod === '__main__' ? obj.cls.qualname : mod === '<unknown>' ? `<unknown>.${obj.cls.qualname}` : className(obj.cls);
}

/** The traceback entries of an exception, outermost first. */
export function tracebackEntries(e: PyException): TracebackObject[] {
  return tracebackOf(e.pyValue instanceof ExceptionObject ? e.pyValue : null);
}

function tracebackOf(obj: ExceptionObject | null): TracebackObject[] {
  const out: TracebackObject[] = [];
  let tb = obj?.exc[1];
  while (tb instanceof TracebackObject) {
    out.push(tb);
    tb = tb.refs[0];
  }
  return out;
}

const TRACEBACK_LIMIT = 1000;
const TB_RECURSIVE_CUTOFF = 3;

type TracebackEntry = TracebackObject;

/** tb_print_line_repeated: the line that stands for the entries past the cutoff. */
function repeatedLine(count: number): string {
  if (count <= TB_RECURSIVE_CUTOFF) return '';
  const more = count - TB_RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`;
}


/**
 * print_exception_recursive's state (Python/pythonrun.c,
 * exception_print_context): the nesting depth inside exception groups
 * (each level indents by two spaces and draws a `| ` margin), whether a
 * group's closing line is still owed, and the exceptions already printed.
 */
interface PrintContext {
  depth: number;
  needClose: boolean;
  seen: Set<ExceptionObject>;
  sourceLine: (file: string, line: number) => string;
}

/** sys.excepthook's max_group_width and max_group_depth. */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

const indentOf = (ctx: PrintContext): string => ' '.repeat(2 * ctx.depth);
const marginOf = (ctx: PrintContext): string => (ctx.depth > 0 ? '| ' : '');
const indentedMargin = (ctx: PrintContext): string => indentOf(ctx) + marginOf(ctx);

/**
 * `Traceback (most recent call last): ...` plus the exception line, after
 * the chained exceptions (print_exception_recursive): the `__cause__`, or
 * else the `__context__` unless `__suppress_context__`, each printed once;
 * an exception group in 3.11's boxed format (print_exception_group).
 */
export function formatTraceback(rt: Runtime, e: PyException, sourceLine: (file: string, line: number) => string): string {
  const obj = e.pyValue instanceof ExceptionObject ? e.pyValue : null;
  const ctx: PrintContext = { depth: 0, needClose: false, seen: new Set(), sourceLine };
  if (obj === null) return formatOne(rt, e, [], ctx);
  return formatRecursive(rt, obj, ctx);
}

function formatRecursive(rt: Runtime, obj: ExceptionObject, ctx: PrintContext): string {
  ctx.seen.add(obj);
  let s = '';
  const [, , context, cause] = obj.exc;
  if (cause instanceof ExceptionObject) {
    if (!ctx.seen.has(cause)) s += formatChained(rt, cause, ctx, 'The above exception was the direct cause of the following exception:\n');
  } else if (context instanceof ExceptionObject && !obj.suppressContext && !ctx.seen.has(context)) {
    s += formatChained(rt, context, ctx, 'During handling of the above exception, another exception occurred:\n');
  }
  if (isExceptionGroup(obj)) return s + formatGroup(rt, obj, ctx);
  return s + formatOne(rt, new PyException(obj.cls.name, [], obj), tracebackOf(obj), ctx);
}

/** print_chained: the earlier exception, then the sentence between them, inside the margin. */
function formatChained(rt: Runtime, obj: ExceptionObject, ctx: PrintContext, message: string): string {
  const needClose = ctx.needClose;
  let s = formatRecursive(rt, obj, ctx);
  ctx.needClose = needClose;
  const m = indentedMargin(ctx);
  return s + `${m}\n${m}${message}${m}\n`;
}

/** print_exception_group: the group itself, then each sub-exception in its numbered box. */
function formatGroup(rt: Runtime, eg: ExceptionGroupObject, ctx: PrintContext): string {
  if (ctx.depth > MAX_GROUP_DEPTH) return `${indentedMargin(ctx)}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`;
  const top = ctx.depth === 0;
  if (top) ctx.depth += 1;
  let s = formatOne(rt, new PyException(eg.cls.name, [], eg), tracebackOf(eg), ctx, true);
  const excs = eg.exceptions;
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    s += indentOf(ctx) + `${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
    ctx.depth += 1;
    const sub = excs[i];
    if (!truncated) {
      if (sub instanceof ExceptionObject) s += formatRecursive(rt, sub, ctx);
    } else {
      const remaining = excs.length - MAX_GROUP_WIDTH;
      s += `${indentedMargin(ctx)}and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`;
    }
    if (last && ctx.needClose) {
      s += indentOf(ctx) + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth -= 1;
  }
  if (ctx.depth === 1 && top) ctx.depth -= 1;
  return s;
}

/**
 * write_unraisable_exc_file (Python/errors.c), what sys.unraisablehook's
 * default prints after its "Exception ignored in: ..." line: the
 * traceback (PyTraceBack_Print) and one line "module.qualname: str(value)"
 * -- the module left out for builtins and __main__, ": " written even for
 * an empty str, and nothing more: no __cause__/__context__ chain, no
 * __notes__, an exception group's sub-exceptions not shown.
 */
export function formatUnraisable(rt: Runtime, e: PyException, sourceLine: (file: string, line: number) => string): string {
  const obj = e.pyValue instanceof ExceptionObject ? e.pyValue : null;
  const ctx: PrintContext = { depth: 0, needClose: false, seen: new Set(), sourceLine };
  const s = formatEntries(tracebackOf(obj), ctx, false);
  if (obj === null) return `${s}${e.pyType}: ${e.args.length === 0 ? '' : e.pyMessage}\n`;
  let mod: string;
  try {
    mod = classModule(obj.cls);
  } catch {
    mod = '<unknown>';
  }
  const name = mod === 'builtins' || mod === '__main__' ? obj.cls.qualname : `${mod}.${obj.cls.qualname}`;
  let msg: string;
  try {
    msg = str(rt, obj);
  } catch {
    msg = '<exception str() failed>';
  }
  return `${s}${name}: ${msg}\n`;
}

function formatOne(rt: Runtime, e: PyException, entries: TracebackObject[], ctx: PrintContext, group = false): string {
  const m = indentedMargin(ctx);
  const s = formatEntries(entries, ctx, group);
  // print_exception_file_and_line: an exception with a print_file_and_line
  // attribute (a SyntaxError) whose location parses shows it, then its msg
  // stands for the exception in the message line.
  const located = e.pyValue instanceof ExceptionObject ? syntaxErrorParts(rt, e.pyValue) : null;
  if (located !== null) {
    const text = syntaxErrorLocation(m, located.filename, located.line, located.offset, located.endLine, located.endOffset, located.text);
    return s + text + m + messageLine(rt, e.pyValue as ExceptionObject, located.message) + '\n' + notesOf(rt, e, m);
  }
  // print_exception: the message, then print_exception_suggestions.
  const suggestion = e.pyValue instanceof ExceptionObject ? suggestionSuffix(rt, e.pyValue) : '';
  return s + m + exceptionLine(rt, e) + suggestion + '\n' + notesOf(rt, e, m);
}

/** What parse_syntax_error reads from a SyntaxError (message and text as they are). */
interface SyntaxErrorParts {
  message: Value;
  filename: string;
  line: number;
  offset: number;
  endLine: number;
  endOffset: number;
  text: string | null;
}

/**
 * parse_syntax_error, after print_exception_file_and_line's check for a
 * print_file_and_line attribute: msg, filename (None: "<string>"), lineno
 * and offset (None: -1) as ints, end_lineno/end_offset only for a
 * SyntaxError itself (its subclasses: the line, -1), text (None: no line).
 * null when an attribute is missing or not of its kind: python3 then
 * prints the exception as any other (its error is cleared).
 */
function syntaxErrorParts(rt: Runtime, obj: ExceptionObject): SyntaxErrorParts | null {
  const owned: Value[] = [];
  const read = (name: string): Value | undefined => {
    const v = getAttrOrUndefined(rt, obj, name);
    if (v !== undefined) owned.push(v);
    return v;
  };
  const ssize = (v: Value): number | undefined => (typeof v === 'number' || typeof v === 'boolean' ? Number(v) : typeof v === 'bigint' ? undefined : undefined);
  try {
    if (read('print_file_and_line') === undefined) return null;
    const message = read('msg');
    const filename = read('filename');
    const lineno = read('lineno');
    const offset = read('offset');
    if (message === undefined || filename === undefined || lineno === undefined || offset === undefined) return null;
    const line = ssize(lineno);
    const off = offset === null ? -1 : ssize(offset);
    if (line === undefined || off === undefined) return null;
    let endLine = line;
    let endOffset = -1;
    if (obj.cls === rt.types.get('SyntaxError')) {
      const el = read('end_lineno');
      const eo = read('end_offset');
      const elv = el === undefined || el === null ? line : ssize(el);
      const eov = eo === undefined || eo === null ? -1 : ssize(eo);
      if (elv === undefined || eov === undefined) return null;
      endLine = elv;
      endOffset = eov;
    }
    const text = read('text');
    if (text === undefined) return null;
    // PyUnicode_FromFormat's %S and PyUnicode_AsUTF8AndSize: a str filename and text.
    const name = filename === null ? '<string>' : str(rt, filename);
    if (text !== null && typeof text !== 'string') return null;
    rt.incref(message);
    return { message, filename: name, line, offset: off, endLine, endOffset, text };
  } catch (err) {
    if (err instanceof PyException) {
      releaseException(rt, err);
      return null;
    }
    throw err;
  } finally {
    for (const v of owned) rt.decref(v);
  }
}

/** print_exception_message over the value print_exception_file_and_line left: the type, then str(message) unless empty. */
function messageLine(rt: Runtime, obj: ExceptionObject, message: Value): string {
  const name = typeLabel(obj);
  let msg: string;
  try {
    msg = message === null ? '' : str(rt, message);
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
    releaseException(rt, err);
    msg = '<exception str() failed>';
  } finally {
    rt.decref(message);
  }
  return msg === '' ? name : `${name}: ${msg}`;
}

/** PyTraceBack_Print's part: the header and the entries (none: nothing). */
function formatEntries(entries: TracebackObject[], ctx: PrintContext, group: boolean): string {
  let s = '';
  const m = indentedMargin(ctx);
  // PyTraceBack_Print: at most the last PyTraceBack_LIMIT (1000) entries.
  if (entries.length > TRACEBACK_LIMIT) entries = entries.slice(-TRACEBACK_LIMIT);
  if (entries.length > 0) {
    const headerMargin = group && ctx.depth === 1 ? '+ ' : marginOf(ctx);
    s += indentOf(ctx) + headerMargin + (group ? 'Exception Group Traceback (most recent call last):\n' : 'Traceback (most recent call last):\n');
    // tb_print_internal: a run of entries with the same file, line and name
    // shows its first TB_RECURSIVE_CUTOFF (3), then one line counting the rest.
    let last: TracebackEntry | null = null;
    let count = 0;
    const repeated = (k: number): string => {
      const line = repeatedLine(k);
      return line === '' ? '' : m + line;
    };
    for (const tb of entries) {
      if (last === null || tb.filename !== last.filename || tb.line !== last.line || tb.funcName !== last.funcName) {
        s += repeated(count);
        last = tb;
        count = 0;
      }
      count++;
      if (count > TB_RECURSIVE_CUTOFF) continue;
      s += `${m}  File "${tb.filename}", line ${tb.line}, in ${tb.funcName}\n`;
      s += sourceAndCarets(ctx.sourceLine(tb.filename, tb.line), tb.position, m);
    }
    s += repeated(count);
  }
  return s;
}

/**
 * The exception's __notes__ after its line (print_exception_notes, 3.11):
 * a sequence's items one per line, a str item split into its lines each
 * after the margin, another item by its str(); a __notes__ that is not a
 * sequence by its repr, with no newline after it.
 */
function notesOf(rt: Runtime, e: PyException, margin: string): string {
  const obj = e.pyValue instanceof ExceptionObject ? e.pyValue : null;
  const notes = obj?.getAttr('__notes__');
  if (notes === undefined) return '';
  let items: Value[];
  let owned = false;
  if (notes instanceof ListObject || notes instanceof TupleObject) items = notes.items;
  else if (typeof notes === 'string') items = Array.from(notes);
  else if (notes instanceof Instance && !(notes instanceof ExceptionObject) && notes.cls.lookup('__getitem__') !== undefined && !notes.cls.isSubclassOf(rt.types.get('dict'))) {
    try {
      items = toArray(rt, notes);
      owned = true;
    } catch (err) {
      releaseException(rt, err);
      return '';
    }
  } else {
    // PySequence_Check fails: the repr, and no newline.
    try {
      return margin + repr(rt, notes);
    } catch (err) {
      releaseException(rt, err);
      return margin + '<__notes__ repr() failed>';
    }
  }
  let s = '';
  for (const n of items) {
    if (typeof n === 'string') {
      // PyUnicode_Splitlines(note, keepends): each line after the margin.
      for (const line of n.match(/[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]|$)/g)!.filter((l) => l !== '')) s += margin + line;
      s += '\n';
      continue;
    }
    try {
      s += margin + str(rt, n) + '\n';
    } catch (err) {
      releaseException(rt, err);
      s += margin + '<note str() failed>\n';
    }
  }
  if (owned) for (const n of items) rt.decref(n);
  return s;
}

export { TupleObject };
