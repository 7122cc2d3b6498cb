/**
 * BaseException's methods and the traceback type's attributes
 * (Objects/exceptions.c BaseException_methods, Python/traceback.c
 * tb_getsetters).
 *
 *  - with_traceback(tb): sets __traceback__ (a traceback or None), returns self;
 *  - add_note(note): appends a str to __notes__ (made as a list on first use),
 *    printed after the exception's line in a traceback;
 *  - traceback objects: tb_next (settable), tb_frame, tb_lineno.
 */
import { DictObject, ListObject, type Value } from '../../heap';
import { declareNativeNames, defineGetters, defineMethods, defineSetters, getAttrOrUndefined, setAttr } from './attributes';
import { ExceptionObject, FrameObject, TracebackObject } from './native-objects';
import { setConstructor } from './calls';
import { indexOf } from './operators';
import type { Kwargs, Runtime } from './runtime';
import { exceptionArgs, reprException, strException } from './repr';
import { descriptorMisuse } from './descr-check';
import { unbox } from './type-slots';

function exception(rt: Runtime, self: Value, method: string): ExceptionObject {
  if (self instanceof ExceptionObject) return self;
  throw descriptorMisuse(rt, method, 'BaseException', self);
}

export function installExceptionMethods(rt: Runtime): void {
  // The slot wrappers of tp_str and tp_repr, reached by `super().__str__()`
  // and `BaseException.__str__(e)`: each runs its own class's C function,
  // never a subclass's override.
  const strOf = (owner: string) => (rt2: Runtime, self: Value): Value => strException(rt2, exception(rt2, self, '__str__'), rt2.types.get(owner));
  for (const owner of ['BaseException', 'KeyError', 'OSError', 'ImportError', 'SyntaxError', 'UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError', 'BaseExceptionGroup']) {
    defineMethods(rt.types.get(owner), { __str__: strOf(owner) });
  }
  // BaseException_str / BaseException_repr: in its namespace, so a mixin
  // after it in an MRO does not supply them.
  declareNativeNames(rt.types.get('BaseException'), ['__str__', '__repr__']);
  defineMethods(rt.types.get('BaseException'), {
    __repr__: (rt2, self) => reprException(rt2, exception(rt2, self, '__repr__')),
    with_traceback(rt2, self, args) {
      const e = exception(rt2, self, 'with_traceback');
      if (args.length !== 1) throw rt2.typeError(`BaseException.with_traceback() takes exactly one argument (${args.length} given)`);
      const tb = args[0];
      if (tb !== null && !(tb instanceof TracebackObject)) throw rt2.typeError('__traceback__ must be a traceback or None');
      e.setExc(rt2.heap, 1, tb === null ? undefined : tb);
      return rt2.incref(e);
    },
    /**
     * BaseException_reduce: (type, args), with the instance dict when it
     * has one. OSError_reduce puts a filename (and filename2) back into
     * args; ImportError_reduce's state adds name and path to the dict.
     */
    __reduce__(rt2, self, args) {
      const e = exception(rt2, self, '__reduce__');
      if (args.length !== 0) throw rt2.typeError(`BaseException.__reduce__() takes no arguments (${args.length} given)`);
      let items = exceptionArgs(e);
      const fields = e.fields;
      const isOSError = e.cls.isSubclassOf(rt2.types.get('OSError'));
      const filename = isOSError ? fields?.get('filename') : undefined;
      if (filename !== undefined && items.length === 2) {
        const filename2 = fields?.get('filename2');
        items = filename2 !== undefined ? [items[0], items[1], filename, null, filename2] : [items[0], items[1], filename];
      }
      const argsTuple = rt2.newTuple(items);
      const parts: Value[] = [rt2.typeOf(e), argsTuple];
      let dict = e.attrNames().length > 0 ? getAttrOrUndefined(rt2, e, '__dict__') : undefined;
      if (e.cls.isSubclassOf(rt2.types.get('ImportError'))) {
        // ImportError_getstate: a copy of the dict with the name and path that are set.
        const name = fields?.get('name') ?? null;
        const path = fields?.get('path') ?? null;
        if (name !== null || path !== null) {
          const state = rt2.heap.newDict();
          if (dict instanceof DictObject) for (const [k, v] of dict.entries()) state.set(rt2.heap, k, v);
          if (name !== null) state.set(rt2.heap, 'name', name);
          if (path !== null) state.set(rt2.heap, 'path', path);
          if (dict !== undefined) rt2.decref(dict);
          dict = state;
        }
      }
      if (dict !== undefined) parts.push(dict);
      try {
        return rt2.newTuple(parts);
      } finally {
        rt2.decref(argsTuple);
        if (dict !== undefined) rt2.decref(dict);
      }
    },
    /** BaseException_setstate: each item of a dict state set as an attribute; None is ignored. */
    __setstate__(rt2, self, args) {
      const e = exception(rt2, self, '__setstate__');
      if (args.length !== 1) throw rt2.typeError(`BaseException.__setstate__() takes exactly one argument (${args.length} given)`);
      const state = args[0];
      if (state === null) return null;
      if (!(state instanceof DictObject)) throw rt2.typeError('state is not a dictionary');
      // PyDict_Next over the dict while setattr may change it: a snapshot of the items, each held.
      const entries = [...state.entries()];
      for (const [k, v] of entries) {
        rt2.incref(k);
        rt2.incref(v);
      }
      try {
        for (const [k, v] of entries) {
          // PyObject_SetAttr: a str or a str subclass's instance (its value names the attribute).
          const name = unbox(k);
          if (typeof name !== 'string') throw rt2.typeError(`attribute name must be string, not '${rt2.typeName(k)}'`);
          setAttr(rt2, e, name, v);
        }
      } finally {
        for (const [k, v] of entries) {
          rt2.decref(k);
          rt2.decref(v);
        }
      }
      return null;
    },
    add_note(rt2, self, args) {
      const e = exception(rt2, self, 'add_note');
      if (args.length !== 1) throw rt2.typeError(`BaseException.add_note() takes exactly one argument (${args.length} given)`);
      const note = args[0];
      if (typeof note !== 'string') throw rt2.typeError(`note must be a str, not '${rt2.typeName(note)}'`);
      let notes = getAttrOrUndefined(rt2, e, '__notes__');
      if (notes === undefined) {
        notes = rt2.heap.newList();
        e.setAttr(rt2.heap, '__notes__', notes);
      }
      try {
        if (!(notes instanceof ListObject)) throw rt2.typeError('Cannot add note: __notes__ is not a list');
        notes.append(rt2.heap, note);
      } finally {
        rt2.decref(notes);
      }
      return null;
    },
  });
  // UnicodeError_members (encoding, object, start, end, reason) are fields: exception-fields.ts.
  defineGetters(rt.types.get('traceback'), {
    tb_next: (rt2, self) => rt2.incref((self as TracebackObject).refs[0] ?? null),
    tb_frame: (rt2, self) => rt2.incref((self as TracebackObject).refs[1] ?? null),
    tb_lineno: (_rt2, self) => (self as TracebackObject).line,
    tb_lasti: (_rt2, self) => (self as TracebackObject).lasti,
  });
  // tb_new: TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno).
  setConstructor(rt.types.get('traceback'), (args, kwargs) => tracebackNew(rt, args, kwargs));
  defineSetters(rt.types.get('traceback'), {
    // tb_next_set: None or a traceback that does not lead back to this one.
    tb_next: (rt2, self, v) => {
      const tb = self as TracebackObject;
      if (v !== null && !(v instanceof TracebackObject)) throw rt2.typeError(`expected traceback object, got '${rt2.typeName(v)}'`);
      for (let cursor: Value | undefined = v ?? undefined; cursor instanceof TracebackObject; cursor = cursor.refs[0]) {
        if (cursor === tb) throw rt2.error('ValueError', 'traceback loop detected');
      }
      const old = tb.refs[0];
      if (v !== null) rt2.incref(v);
      tb.refs[0] = v ?? undefined;
      rt2.heap.xdecref(old);
    },
  });
}

/**
 * tb_new (Python/traceback.c, Argument Clinic): tb_next a traceback or
 * None, tb_frame a frame, tb_lasti and tb_lineno C ints; a new traceback
 * entry (tracked) holding the two objects.
 */
function tracebackNew(rt: Runtime, args: Value[], kwargs: Kwargs): Value {
  const names = ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno'];
  // _PyArg_UnpackKeywords' order: too many arguments, a missing one, then an unknown keyword.
  const kw = kwargs ?? [];
  if (args.length + kw.length > 4) throw rt.typeError(`TracebackType() takes at most 4 arguments (${args.length + kw.length} given)`);
  const got: Array<Value | undefined> = [...args];
  for (const [k, v] of kw) {
    const i = names.indexOf(k);
    if (i >= 0) got[i] = v;
  }
  for (let i = 0; i < 4; i++) {
    if (got[i] === undefined) throw rt.typeError(`TracebackType() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  for (const [k] of kw) if (!names.includes(k)) throw rt.typeError(`'${k}' is an invalid keyword argument for TracebackType()`);
  const [next, frame, lasti, lineno] = got as Value[];
  if (!(frame instanceof FrameObject)) throw rt.typeError(`TracebackType() argument 'tb_frame' must be frame, not ${rt.typeName(frame)}`);
  const asInt = (v: Value): number => {
    if (typeof v === 'boolean') return v ? 1 : 0;
    const n = indexOf(rt, v);
    if (n === undefined) throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`);
    if (n > 0x7fffffff || n < -0x80000000) throw rt.error('OverflowError', 'Python int too large to convert to C int');
    return Number(n);
  };
  const last = asInt(lasti);
  const line = asInt(lineno);
  if (next !== null && !(next instanceof TracebackObject)) throw rt.typeError(`expected traceback object or None, got '${rt.typeName(next)}'`);
  const heap = rt.heap;
  heap.reserve();
  if (next !== null) heap.incref(next);
  heap.incref(frame);
  const tb = heap.register(new TracebackObject(next ?? undefined, frame, frame.filename, frame.funcName, line));
  tb.lasti = last;
  heap.track(tb);
  return tb;
}
