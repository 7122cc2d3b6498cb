/**
 * Frame objects' attributes (Objects/frameobject.c frame_getsetlist,
 * frame_methods): f_lineno, f_globals, f_locals, f_back, f_code, and
 * clear(). A frame object shows the evaluator's frame while it exists;
 * once the frame is gone it keeps what take_ownership gave it (the
 * locals, so f_locals still lists them).
 */
import { DictObject, NO_FREE_LIST, PyObject, tupleAllocSlot, tupleFreeSlot, type Value } from '../../heap';
import { CellObject, FunctionObject, ModuleObject } from './function-object';
import { defineGetters, defineMethods, defineSetters } from './attributes';
import { registerType } from './type-slots';
import { FrameObject } from './native-objects';
import { GenState, GeneratorObject } from './generator-object';
import type { Runtime, RuntimeFrame } from './runtime';
import type { Loc } from '../syntax/ast';
import { instructionLocation } from './instruction-location';
import { CodeObject } from './code-object';
import { reprString } from './repr';

/**
 * _PyFrame_FastToLocalsWithError removes an unbound local's name with
 * PyObject_DelItem and clears the KeyError when the name is not in the
 * dict (every unbound local the first time the dict is made). That error
 * is GC traffic: _PyErr_SetKeyError packs the key in a 1-tuple, and
 * _PyErr_SetObject normalizes it into a KeyError instance right away when
 * an exception is being handled (implicit chaining); PyErr_Clear frees the
 * instance (PyObject_GC_Del) and the tuple (to its free list).
 */
function missingLocalDeleted(rt: Runtime, d: DictObject, name: string): void {
  if (d.delete(rt.heap, name)) return;
  const heap = rt.heap;
  heap.phantomAlloc(tupleAllocSlot(1));
  const handled = rt.evaluator.handledException();
  const chained = handled !== undefined && handled !== null;
  if (chained) heap.phantomAlloc(NO_FREE_LIST);
  heap.phantomFree(tupleFreeSlot(1));
  if (chained) heap.phantomFree(NO_FREE_LIST);
}

/**
 * PyFrame_FastToLocals: a function frame's locals as one dict per frame
 * (f_locals), refreshed in place: bound names set, unbound ones removed.
 * Module and class bodies answer their namespace. A new reference.
 */
export function frameLocals(rt: Runtime, frame: RuntimeFrame): Value {
  if (frame.code.kind === 'module' || frame.code.kind === 'class') return rt.incref(frame.ns);
  const d: DictObject = frame.fLocals ?? (frame.fLocals = rt.heap.newDict());
  const names = [...frame.code.varnames, ...frame.code.cellvars, ...frame.code.freevars];
  const values = [...frame.code.varnames.map((_, i) => frame.locals[i]), ...frame.cells.map((c) => c?.value)];
  names.forEach((n, i) => {
    const v = values[i];
    if (v !== undefined) d.set(rt.heap, n, v);
    else missingLocalDeleted(rt, d, n);
  });
  return rt.incref(d);
}

function source(self: Value): RuntimeFrame | null {
  return (self as FrameObject).source as RuntimeFrame | null;
}

export function installFrameType(rt: Runtime): void {
  const cls = rt.types.get('frame');
  const fLineno = (self: Value): number => {
    // PyFrame_GetLineNumber: the line of the instruction the frame is at.
    // A frame calling out is at its call, which can be a later line of a
    // statement spanning several (the node it evaluates, when that is in
    // the statement it runs); otherwise the statement's line.
    const f = source(self) as (RuntimeFrame & { line?: number; expr?: Loc | null }) | null;
    if (f === null || f.line === undefined) return (self as FrameObject).line;
    const at = f.expr;
    return at !== undefined && at !== null && at.line >= f.line ? instructionLocation(at).line : f.line;
  };
  const fCode = (rt2: Runtime, self: Value): Value => {
    const f = source(self);
    if (f !== null) return rt2.evaluator.codeObject(f);
    const code = (self as FrameObject).code;
    return code === undefined ? null : rt2.incref(code);
  };
  defineGetters(cls, {
    f_lineno: (_rt, self) => fLineno(self),
    f_globals: (rt2, self) => {
      const f = source(self);
      if (f !== null) return rt2.incref(f.globals);
      // A finished frame: its function's globals, or the globals it holds.
      const fo = self as FrameObject;
      if (fo.func instanceof FunctionObject && fo.func.globals !== null) return rt2.incref(fo.func.globals);
      return rt2.incref(fo.globals);
    },
    f_locals: (rt2, self) => {
      const f = source(self);
      if (f !== null) return frameLocals(rt2, f);
      // A finished frame: the locals it took over, named as the code names
      // them, refreshed into its one f_locals dict (PyFrame_FastToLocals:
      // a name whose local is gone, after clear(), leaves the dict).
      const fo = self as FrameObject;
      if (fo.fLocals === null) fo.fLocals = rt2.heap.newDict();
      const d = fo.fLocals as DictObject;
      const names = fo.ownedNames ?? [];
      names.forEach((n, i) => {
        let v = fo.refs[i];
        if (v instanceof CellObject) v = v.value;
        if (v !== undefined) d.set(rt2.heap, n, v);
        else missingLocalDeleted(rt2, d, n);
      });
      return rt2.incref(d);
    },
    f_back: (rt2, self) => {
      const f = source(self);
      if (f !== null) return rt2.evaluator.frameBack(f);
      return rt2.incref((self as FrameObject).back);
    },
    f_code: (rt2, self) => fCode(rt2, self),
  });
  defineGetters(cls, {
    // f_trace (interp/sys-trace.ts): the frame's local trace function, or None.
    f_trace: (rt2, self) => {
      const v = (self as FrameObject).fTrace;
      return v === undefined ? null : rt2.incref(v);
    },
    f_trace_lines: (_rt2, self) => (self as FrameObject).traceLines,
    f_trace_opcodes: (_rt2, self) => (self as FrameObject).traceOpcodes,
    // frame_getbuiltins: the builtins the frame's code runs with (its globals' __builtins__).
    f_builtins: (rt2, self) => {
      const f = source(self);
      const fo = self as FrameObject;
      const globals = f !== null ? f.globals : fo.func instanceof FunctionObject && fo.func.globals !== null ? fo.func.globals : fo.globals;
      let b = globals instanceof DictObject ? globals.get(rt2.heap, '__builtins__') : undefined;
      if (b instanceof ModuleObject) b = b.dict ?? undefined;
      if (!(b instanceof DictObject)) {
        const mod = rt2.sysDict?.get(rt2.heap, 'modules');
        const m = mod instanceof DictObject ? mod.get(rt2.heap, 'builtins') : undefined;
        b = m instanceof ModuleObject ? (m.dict ?? undefined) : undefined;
      }
      return b === undefined ? null : rt2.incref(b);
    },
  });
  defineSetters(
    cls,
    {
      // frame_settrace: None (or deletion) clears it.
      f_trace: (rt2, self, v) => (self as FrameObject).setTrace(rt2.heap, v === null || v === undefined ? undefined : v),
      f_trace_lines: (rt2, self, v) => {
        if (typeof v !== 'boolean') throw rt2.typeError('attribute value type must be bool');
        (self as FrameObject).traceLines = v;
      },
      f_trace_opcodes: (rt2, self, v) => {
        if (typeof v !== 'boolean') throw rt2.typeError('attribute value type must be bool');
        (self as FrameObject).traceOpcodes = v;
      },
    },
    true,
  );
  defineMethods(cls, {
    clear(rt2, self) {
      const fo = self as FrameObject;
      const f = source(self);
      if (f !== null && rt2.evaluator.isExecuting(f)) throw rt2.error('RuntimeError', 'cannot clear an executing frame');
      // frame_clear on a frame its generator still owns: _PyGen_Finalize (a
      // suspended generator is closed, an unstarted coroutine warns).
      const gen = f?.generator;
      if (gen instanceof GeneratorObject && gen.state < GenState.Completed) {
        if (gen.state === GenState.Executing) throw rt2.error('RuntimeError', 'cannot clear an executing frame');
        gen.finalize(rt2.heap);
        return null;
      }
      // frame_tp_clear: drop what the frame object owns (f_trace, the taken-over locals).
      fo.setTrace(rt2.heap, undefined);
      const refs = fo.refs;
      fo.refs = [];
      for (const v of refs) if (v !== undefined) rt2.heap.decref(v as Value);
      return null;
    },
  });
  // frame_repr: "<frame at %p, file %R, line %d, code %S>".
  registerType(
    rt,
    {
      name: 'frame',
      slots: {
        tp_repr: (rt2, self) => {
          const code = fCode(rt2, self);
          try {
            const file = code instanceof CodeObject ? code.filename : '?';
            const name = code instanceof CodeObject ? code.coName : '?';
            return `<frame at ${rt2.address(self as PyObject)}, file ${reprString(file)}, line ${fLineno(self)}, code ${name}>`;
          } finally {
            rt2.decref(code);
          }
        },
      },
    },
    cls,
  );
  void PyObject;
}
