/**
 * Labels of objects in a trace (docs/trace-format.md, "Labels"): the short
 * name a user knows an object by -- `Node('a')`, `list[3]`, `function f` --
 * made from the object's own fields, never by calling Python code (a
 * `__repr__` or a property could allocate, print or raise, and the trace
 * must not change the run).
 */
import { ClassObject, DictObject, FloatObject, ListObject, PrimitiveBox, SetObject, TupleObject, WeakrefBase, floatRepr, isObject, type PyObject, type Value } from '../../heap';
import { BoundMethod } from '../../heap/objects/bound-method';
import { FunctionObject, ModuleObject } from './function-object';
import { reprString } from './repr';

/** The longest label; longer ones are cut and end with `...`. */
export const LABEL_MAX = 60;

function cut(s: string): string {
  return s.length <= LABEL_MAX ? s : s.slice(0, LABEL_MAX - 3) + '...';
}

/** repr() of an immediate value (int, str, bool, None), as python3 prints it; undefined for an object. */
export function immediateRepr(v: Value): string | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return String(v);
    case 'string':
      return reprString(v);
    case 'boolean':
      return v ? 'True' : 'False';
    default:
      return v === null ? 'None' : undefined;
  }
}

/** A value short enough to stand for its object in a label: a str, int, float or bool. */
function salient(v: Value | undefined, strings: boolean): string | undefined {
  if (v === undefined) return undefined;
  if (strings) return typeof v === 'string' ? reprString(v.length > 24 ? v.slice(0, 24) + '...' : v) : undefined;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v instanceof FloatObject) return floatRepr(v.value);
  return undefined;
}

/** `Node('a')`: the class and its first str attribute (else its first number or bool). */
function instanceLabel(o: PyObject & { cls: ClassObject; attrAt(k: number): Value | undefined; slots: Array<Value | undefined>; materializedOrder(): number[] }): string {
  const order = o.materializedOrder();
  for (const strings of [true, false]) {
    for (const k of order) {
      const s = salient(o.attrAt(k), strings);
      if (s !== undefined) return `${o.cls.name}(${s})`;
    }
    for (const v of o.slots) {
      const s = salient(v, strings);
      if (s !== undefined) return `${o.cls.name}(${s})`;
    }
  }
  return `${o.cls.name}()`;
}

/** The label of a heap object (see the file comment). */
export function traceLabel(o: PyObject): string {
  if (o.hasInstanceLayout) {
    if (o instanceof PrimitiveBox) return cut(`${o.typeName}(${immediateRepr(o.value)})`);
    return cut(instanceLabel(o as Parameters<typeof instanceLabel>[0]));
  }
  if (o instanceof ListObject) return `list[${o.items.length}]`;
  if (o instanceof TupleObject) return `tuple[${o.items.length}]`;
  if (o instanceof DictObject) return `dict{${o.size}}`;
  if (o instanceof SetObject) return `${o.typeName}{${o.size}}`;
  if (o instanceof FloatObject) return floatRepr(o.value);
  if (o instanceof FunctionObject) return cut(`function ${o.qualname}`);
  if (o instanceof ClassObject) return cut(`class ${o.name}`);
  if (o instanceof ModuleObject) return cut(`module ${o.name}`);
  if (o instanceof BoundMethod) {
    const f = o.func;
    const name = f instanceof FunctionObject ? f.qualname : isObject(f) ? f.typeName : 'method';
    return cut(`method ${name}`);
  }
  if (o instanceof WeakrefBase) return o.referent !== null ? `weakref -> #${o.referent.id}` : 'dead weakref';
  return o.typeName;
}
