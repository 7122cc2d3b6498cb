/**
 * The class statement (__build_class__ and type_new, simplified): run the
 * body in a fresh namespace, then make a heap class from it. `__slots__`
 * decides the instance layout (no `__weakref__` in it: instances cannot be
 * weakly referenced). Methods using `super()` get the `__class__` cell,
 * filled once the class exists.
 */
import { ClassObject, MroError, PyException, TupleObject, ListObject, type Value } from '../../heap';
import { isBuiltinClass } from '../runtime/builtin-types';
import { newRef } from '../../weakref/reference-type';
import { toArray } from '../runtime/operators';
import type * as A from '../syntax/ast';
import { evalExpr } from './eval-expressions';
import { execBlock } from './exec-statements';
import { qualnameFor } from './exec-statements';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';

/** Hook for classes whose bases need a special layout (weakref.ref subclasses). */
export type ClassFactory = (name: string, bases: ClassObject[], slots: string[] | null) => ClassObject | undefined;

export function makeClass(ip: Interpreter, frame: Frame, s: A.ClassDef): ClassObject {
  const rt = ip.rt;
  const heap = ip.heap;
  const bases: Value[] = [];
  try {
    for (const b of s.bases) bases.push(evalExpr(ip, frame, b));
    for (const b of bases) {
      if (!(b instanceof ClassObject)) {
        throw rt.typeError(`bases must be types`);
      }
    }
    const qualname = qualnameFor(frame, s.name);
    const ns = heap.newDict();
    ns.set(heap, '__module__', '__main__');
    ns.set(heap, '__qualname__', qualname);
    const scope = s.scope!;
    const body = ip.newFrame(scope, frame.globals, ns, s.name);
    (body as Frame & { qualname?: string }).qualname = qualname;
    body.line = s.line;
    for (let i = 0; i < scope.cellvars.length; i++) body.cells.push(ip.newCell(undefined));
    for (const i of scope.closure) {
      heap.incref(frame.cells[i]);
      body.cells.push(frame.cells[i]);
    }
    let cls: ClassObject;
    try {
      ip.frames.push(body);
      try {
        execBlock(ip, body, s.body);
      } finally {
        ip.frames.pop();
      }
      cls = buildClass(ip, s.name, (bases.length ? bases : [rt.types.get('object')]) as ClassObject[], ns);
      cls.qualname = qualname;
      for (const b of cls.bases) addSubclass(ip, b, cls);
      if (scope.needsClassCell) body.cells[0].set(heap, cls);
    } finally {
      ip.releaseFrame(body);
      heap.decref(ns);
    }
    return cls;
  } finally {
    for (const b of bases) rt.decref(b);
  }
}

/** add_subclass: the base keeps a weak reference to its new subclass. */
function addSubclass(ip: Interpreter, base: ClassObject, cls: ClassObject): void {
  const heap = ip.heap;
  if (base.subclasses === null) {
    base.subclasses = heap.newDict();
    if (base.tag !== undefined) heap.untrack(base.subclasses);
  }
  const wr = newRef(heap, cls);
  base.subclasses.set(heap, cls.id, wr);
  heap.decref(wr);
}

function buildClass(ip: Interpreter, name: string, bases: ClassObject[], ns: import('../../heap').DictObject): ClassObject {
  const rt = ip.rt;
  const heap = ip.heap;
  for (const b of bases) {
    if (isBuiltinClass(b) && b !== rt.types.get('object') && !rt.types.isExceptionClass(b)) {
      const special = ip.rt.classFactories.length > 0;
      if (!special) throw rt.typeError(`gclab: subclassing '${b.name}' is not supported`);
    }
  }
  // type_call runs a Python class's own __new__ (calls.ts instantiate); below
  // a builtin base (an exception, weakref.ref) only the builtin allocator runs,
  // so a __new__ there would be skipped silently: it is refused instead.
  const object = rt.types.get('object');
  if (ns.has(heap, '__new__') && bases.some((b) => b.mro.some((m) => m !== object && isBuiltinClass(m)))) {
    throw rt.typeError(`gclab: defining __new__ is not supported (class '${name}' has a builtin base)`);
  }
  let slots: string[] | null = null;
  const rawSlots = ns.get(heap, '__slots__');
  if (rawSlots !== undefined) {
    if (typeof rawSlots === 'string') slots = [rawSlots];
    else {
      const items = toArray(rt, rawSlots);
      slots = items.map((x) => {
        rt.decref(x);
        if (typeof x !== 'string') throw rt.typeError(`__slots__ items must be strings, not '${rt.typeName(x)}'`);
        return x;
      });
    }
    for (const sl of slots) {
      if (ns.has(heap, sl) && sl !== '__weakref__' && sl !== '__dict__') {
        throw rt.error('ValueError', `'${sl}' in __slots__ conflicts with class variable`);
      }
    }
  }
  const entries = ns.entries().filter(([k]) => k !== '__qualname__') as Array<[string, Value]>;
  for (const f of ip.rt.classFactories) {
    const c = f(name, bases, slots);
    if (c !== undefined) {
      for (const [k, v] of entries) c.setAttr(heap, k, v);
      return c;
    }
  }
  for (const b of bases) {
    if (isBuiltinClass(b) && b !== rt.types.get('object') && !rt.types.isExceptionClass(b)) {
      throw rt.typeError(`gclab: subclassing '${b.name}' is not supported`);
    }
  }
  try {
    return heap.newClass(name, bases, entries, slots);
  } catch (e) {
    if (e instanceof MroError) {
      throw new PyException('TypeError', `Cannot create a consistent method resolution\norder (MRO) for bases ${e.baseNames.join(', ')}`);
    }
    throw e;
  }
}

export { TupleObject, ListObject };
