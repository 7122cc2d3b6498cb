/**
 * weakref.ProxyType's and CallableProxyType's slot wrappers: the dunders
 * that CPython's add_operators makes from the proxy's slots
 * (Objects/weakrefobject.c: proxy_as_number, proxy_as_sequence,
 * proxy_as_mapping, tp_str, tp_richcompare, tp_iter, tp_iternext,
 * tp_call; `__hash__` is None), so that `type(p).__int__(p)`, `type(p).__len__(p)`,
 * `hasattr(type(p), '__add__')` and every special-method lookup through the
 * type see what CPython's do.
 *
 * Each wrapper does what its slot does: UNWRAP every proxy operand (a dead
 * one raises ReferenceError) and apply the generic operation to the
 * referents (PyNumber_Add, PyObject_Str, PyObject_GetItem, ...). The
 * operations themselves unwrap proxies too; the wrappers exist so that the
 * type answers lookups as CPython's does. tp_methods (`__bytes__`,
 * `__reversed__`, ProxyType only) are weakref-module.ts's.
 */
import type { ClassObject, Value } from '../../heap';
import { binaryOp, inplaceOp, unaryOp, type BinOp } from './arithmetic';
import { delAttr, defineMethods, getAttr, setAttr, type MethodImpl } from './attributes';
import { absolute, divmod, power } from './builtins';
import { call } from './calls';
import { contains, delItem, getItem, indexOf, iter, len, next, richCompare, setItem, truthy, type CompareOp } from './operators';
import { repr, str } from './repr';
import { markSlotWrappers } from './type-slots';
import type { Runtime } from './runtime';
import { attributeName } from './attribute-name';

/** The operators proxy_as_number wraps (nb_add ... nb_matrix_multiply), by dunder stem. */
const BINARY: Array<[string, BinOp]> = [
  ['add', '+'], ['sub', '-'], ['mul', '*'], ['mod', '%'], ['lshift', '<<'], ['rshift', '>>'], ['and', '&'],
  ['xor', '^'], ['or', '|'], ['floordiv', '//'], ['truediv', '/'], ['matmul', '@'],
];

const COMPARE: Array<[string, CompareOp]> = [
  ['__lt__', '<'], ['__le__', '<='], ['__eq__', '=='], ['__ne__', '!='], ['__gt__', '>'], ['__ge__', '>='],
];

/** wrap_* arity: a slot wrapper takes exactly n arguments. */
function expect(rt: Runtime, args: Value[], n: number): void {
  if (args.length !== n) {
    throw rt.typeError(n === 0 ? `expected 0 arguments, got ${args.length}` : `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  }
}

function unary(f: (rt: Runtime, x: Value) => Value): MethodImpl {
  return (rt, self, args) => {
    expect(rt, args, 0);
    return f(rt, self);
  };
}

function withOne(f: (rt: Runtime, x: Value, y: Value) => Value): MethodImpl {
  return (rt, self, args) => {
    expect(rt, args, 1);
    return f(rt, self, args[0]);
  };
}

/** The slot wrappers both proxy types have. */
function sharedWrappers(): Record<string, MethodImpl> {
  const u = (rt: Runtime, v: Value): Value => rt.unwrapProxy(v);
  const m: Record<string, MethodImpl> = {
    __repr__: unary((rt, x) => repr(rt, x)),
    __str__: unary((rt, x) => str(rt, x)),
    // proxy_getattr / proxy_setattr: the referent's attributes.
    __getattribute__: withOne((rt, x, name) => getAttr(rt, x, attributeName(rt, name))),
    __setattr__: (rt, self, args) => {
      expect(rt, args, 2);
      setAttr(rt, self, attributeName(rt, args[0]), args[1]);
      return null;
    },
    __delattr__: withOne((rt, x, name) => {
      delAttr(rt, x, attributeName(rt, name));
      return null;
    }),
    __bool__: unary((rt, x) => truthy(rt, x)),
    __int__: unary((rt, x) => call(rt, rt.types.get('int'), [x])),
    __float__: unary((rt, x) => call(rt, rt.types.get('float'), [x])),
    __index__: unary((rt, x) => {
      const i = indexOf(rt, x);
      if (i === undefined) throw rt.typeError(`'${rt.typeName(u(rt, x))}' object cannot be interpreted as an integer`);
      return i;
    }),
    __neg__: unary((rt, x) => unaryOp(rt, '-', x)),
    __pos__: unary((rt, x) => unaryOp(rt, '+', x)),
    __invert__: unary((rt, x) => unaryOp(rt, '~', x)),
    __abs__: unary((rt, x) => absolute(rt, x)),
    __len__: unary((rt, x) => len(rt, x)),
    __iter__: unary((rt, x) => iter(rt, x)),
    __next__: unary((rt, x) => {
      const r = next(rt, x);
      if (r === undefined) throw rt.error('StopIteration');
      return r;
    }),
    __contains__: withOne((rt, x, y) => contains(rt, x, y)),
    __getitem__: withOne((rt, x, k) => getItem(rt, x, k)),
    __setitem__: (rt, self, args) => {
      expect(rt, args, 2);
      setItem(rt, self, args[0], args[1]);
      return null;
    },
    __delitem__: withOne((rt, x, k) => {
      delItem(rt, x, k);
      return null;
    }),
    __divmod__: withOne((rt, x, y) => divmod(rt, u(rt, x), u(rt, y))),
    __rdivmod__: withOne((rt, x, y) => divmod(rt, u(rt, y), u(rt, x))),
    // wrap_ternaryfunc: pow(self, other[, mod]); the reflected form takes no modulus.
    __pow__: (rt, self, args) => {
      if (args.length < 1 || args.length > 2) throw rt.typeError(`expected 1 or 2 arguments, got ${args.length}`);
      return power(rt, u(rt, self), u(rt, args[0]), args.length > 1 ? u(rt, args[1]) : null);
    },
    __rpow__: withOne((rt, x, y) => binaryOp(rt, '**', u(rt, y), u(rt, x))),
    __ipow__: withOne((rt, x, y) => inplaceOp(rt, '**', x, y)),
  };
  for (const [name, op] of COMPARE) m[name] = withOne((rt, x, y) => richCompare(rt, x, y, op));
  for (const [stem, op] of BINARY) {
    m[`__${stem}__`] = withOne((rt, x, y) => binaryOp(rt, op, u(rt, x), u(rt, y)));
    m[`__r${stem}__`] = withOne((rt, x, y) => binaryOp(rt, op, u(rt, y), u(rt, x)));
    m[`__i${stem}__`] = withOne((rt, x, y) => inplaceOp(rt, op, x, y));
  }
  return m;
}

/** Install the slot wrappers on ProxyType and CallableProxyType (tp_call on the latter). */
export function defineProxySlotWrappers(rt: Runtime, proxyType: ClassObject, callableProxyType: ClassObject): void {
  // A proxy is never hashable, whatever its referent: `__hash__` is None in both dicts.
  proxyType.setAttr(rt.heap, '__hash__', null);
  callableProxyType.setAttr(rt.heap, '__hash__', null);
  const shared = markSlotWrappers(sharedWrappers());
  defineMethods(proxyType, shared);
  defineMethods(callableProxyType, shared);
  defineMethods(callableProxyType, markSlotWrappers({ __call__: (rt, self, args, kwargs) => call(rt, self, args, kwargs) }));
}
