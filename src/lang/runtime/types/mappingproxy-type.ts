/**
 * mappingproxy (Objects/descrobject.c): a read-only view of a mapping.
 * `C.__dict__` and `vars(C)` of a class are one, as is
 * types.MappingProxyType(mapping). Lookups, iteration, len, `in`,
 * comparison, str and `|` go to the mapping; get/keys/values/items/copy
 * and __reversed__ call the mapping's own methods; item assignment and
 * deletion and `|=` are TypeErrors; unhashable (3.11), GC-tracked, not
 * weakly referenceable.
 *
 * A class keeps its namespace in its own table rather than a heap dict,
 * so a proxy of a class holds the class and reads the namespace as a
 * fresh dict for each operation (it stays live: an attribute set after
 * the proxy was made is seen). Its referent for gc.get_referents is the
 * class, where CPython's is the class's tp_dict.
 */
import { ClassObject, ListObject, TupleObject, UNCOUNTED, asUncountedWork, type Value } from '../../../heap';
import { classNamespace, getAttr } from '../attributes';
import { binaryOp } from '../arithmetic';
import { call } from '../calls';
import { kwarg } from '../methods';
import { RefHolder } from '../native-objects';
import { contains, getItem, iter, len, richCompare } from '../operators';
import { repr, str } from '../repr';
import { NotImplemented, type Kwargs, type Runtime } from '../runtime';
import { unhashable, type BuiltinType } from '../type-slots';

export class MappingProxyObject extends RefHolder {
  get typeName(): string {
    return 'mappingproxy';
  }
}

/** A new proxy of `mapping` (a ClassObject: that class's namespace). */
export function newMappingProxy(rt: Runtime, mapping: Value): MappingProxyObject {
  rt.heap.reserve();
  rt.incref(mapping);
  const p = rt.heap.register(new MappingProxyObject([mapping]));
  rt.heap.track(p);
  return p;
}

/**
 * The mapping a proxy shows: a new reference (a class's namespace as a
 * fresh dict). That dict stands for the class's tp_dict, which CPython
 * has already: it moves no count and takes nothing from the dict free
 * list, made or freed (so `C.__dict__['x']` counts nothing, as in python3).
 */
function mappingOf(rt: Runtime, self: Value): Value {
  const m = (self as MappingProxyObject).refs[0] as Value;
  if (!(m instanceof ClassObject)) return rt.incref(m);
  const d = asUncountedWork(rt.heap, () => classNamespace(rt, m));
  d.flags |= UNCOUNTED;
  return d;
}

/** Apply `f` to the proxied mapping (borrowed for the call). */
function withMapping<T>(rt: Runtime, self: Value, f: (m: Value) => T): T {
  const m = mappingOf(rt, self);
  try {
    return f(m);
  } finally {
    rt.decref(m);
  }
}

/** mapping.name(*args): what the proxy's own method of that name returns. */
function callMappingMethod(rt: Runtime, self: Value, name: string, args: Value[]): Value {
  return withMapping(rt, self, (m) => {
    const meth = getAttr(rt, m, name);
    try {
      return call(rt, meth, args);
    } finally {
      rt.decref(meth);
    }
  });
}

/** mappingproxy_check_mapping: a mapping (a __getitem__), not a list or a tuple. */
function checkMapping(rt: Runtime, mapping: Value): void {
  const cls = rt.typeOf(mapping);
  const isMapping = cls.mro.some((c) => c.dict.get('__getitem__') !== undefined || rt.typeTable.get(c)?.slots.mp_subscript !== undefined);
  if (!isMapping || mapping instanceof ListObject || mapping instanceof TupleObject) {
    throw rt.typeError(`mappingproxy() argument must be a mapping, not ${rt.typeName(mapping)}`);
  }
}

function proxyNew(rt: Runtime, args: Value[], kwargs: Kwargs): Value {
  for (const [k] of kwargs ?? []) if (k !== 'mapping') throw rt.typeError(`mappingproxy() got an unexpected keyword argument '${k}'`);
  if (args.length > 1) throw rt.typeError(`mappingproxy() takes at most 1 argument (${args.length} given)`);
  const mapping = args.length > 0 ? args[0] : kwarg(kwargs, 'mapping');
  if (mapping === undefined) throw rt.typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
  checkMapping(rt, mapping);
  return newMappingProxy(rt, mapping);
}

const isProxy = (v: Value): v is MappingProxyObject => v instanceof MappingProxyObject;

export const mappingProxyType: BuiltinType = {
  name: 'mappingproxy',
  instances: [MappingProxyObject],
  slots: {
    tp_repr: (rt, self) => withMapping(rt, self, (m) => `mappingproxy(${repr(rt, m)})`),
    tp_str: (rt, self) => withMapping(rt, self, (m) => str(rt, m)),
    tp_hash: unhashable,
    tp_richcompare: (rt, self, other, op) => withMapping(rt, self, (m) => richCompare(rt, m, other, op)),
    tp_iter: (rt, self) => withMapping(rt, self, (m) => iter(rt, m)),
    sq_length: (rt, self) => withMapping(rt, self, (m) => len(rt, m)),
    sq_contains: (rt, self, item) => withMapping(rt, self, (m) => contains(rt, m, item)),
    mp_subscript: (rt, self, key) => withMapping(rt, self, (m) => getItem(rt, m, key)),
    // No mp_ass_subscript: PyObject_SetItem / PyObject_DelItem refuse with their own messages.
    // mappingproxy_or: a proxy operand stands for its mapping.
    nb_binary(rt, self, op, other, reflected) {
      if (op !== '|') return NotImplemented;
      const o = isProxy(other) ? mappingOf(rt, other) : rt.incref(other);
      try {
        return withMapping(rt, self, (m) => (reflected ? binaryOp(rt, '|', o, m) : binaryOp(rt, '|', m, o)));
      } finally {
        rt.decref(o);
      }
    },
    nb_inplace(rt, _self, op) {
      if (op !== '|') return NotImplemented;
      throw rt.typeError("'|=' is not supported by mappingproxy; use '|' instead");
    },
  },
  nb_ops: { binary: ['|'], reflected: ['|'], inplace: ['|'] },
  methods: {
    get(rt, self, args) {
      if (args.length < 1 || args.length > 2) throw rt.typeError(`get expected at ${args.length < 1 ? 'least 1 argument' : 'most 2 arguments'}, got ${args.length}`);
      return callMappingMethod(rt, self, 'get', [args[0], args.length > 1 ? args[1] : null]);
    },
    keys: (rt, self) => callMappingMethod(rt, self, 'keys', []),
    values: (rt, self) => callMappingMethod(rt, self, 'values', []),
    items: (rt, self) => callMappingMethod(rt, self, 'items', []),
    copy: (rt, self) => callMappingMethod(rt, self, 'copy', []),
    __reversed__: (rt, self) => callMappingMethod(rt, self, '__reversed__', []),
  },
  tp_new: (rt, args, kwargs) => proxyNew(rt, args, kwargs),
};
