/**
 * types.GenericAlias (Objects/genericaliasobject.c): what `list[int]`,
 * `dict[str, T]`, `type[C]` and `C[int]` for a class whose
 * `__class_getitem__` is `classmethod(GenericAlias)` give.
 *
 * Layout (gaobject): refs = [origin, args, parameters]; parameters is made
 * on first use (`__parameters__` or a subscript), so an alias holds the
 * tuple of its type variables only after that. GC-tracked, weakly
 * referenceable, no tp_clear (ga_traverse only): a cycle through an alias
 * is broken by the other objects in it. ga_dealloc clears the weakrefs,
 * then releases origin, args, parameters in that order (RefHolder's order).
 *
 * Behaviour, slot by slot:
 *   tp_repr        ga_repr: `list[int]`, `dict[str, list[int]]`, `tuple[()]`,
 *                  `*tuple[int, ...]` when starred (PEP 646: what ga_iter yields)
 *   tp_hash        hash(origin) ^ hash(args)
 *   tp_richcompare == / != with another alias: origin and args equal
 *   tp_call        ga_call: origin(*args, **kwargs), then
 *                  `obj.__orig_class__ = alias` (AttributeError/TypeError
 *                  from that assignment ignored, as set_orig_class does)
 *   mp_subscript   ga_getitem: substitutes the type variables
 *   nb_or          `list[int] | None` is a types.UnionType
 *   tp_getattro    ga_getattro: every attribute except the alias's own
 *                  (attr_exceptions) is read from the origin, so
 *                  `list[int].append is list.append`
 */
import { TupleObject, newSubtypeInstance, withInstanceLayout, type ClassObject, type Heap, type Value } from '../../../heap';
import { xorHash } from '../../../heap/hash';
import { call } from '../calls';
import { defineMethods, getAttr, setAttr } from '../attributes';
import { isAttributeError, swallow } from '../generic-getattr';
import { arity } from '../methods';
import { RefHolder } from '../native-objects';
import { eq, hash, richCompare } from '../operators';
import type { Kwargs, Runtime } from '../runtime';
import { NotImplemented } from '../runtime';
import type { BuiltinType } from '../type-slots';
import { isTypeError, unionTypeOr } from './union-type';
import { makeParameters, substituteParameters, typeArgRepr } from './type-parameters';
import { newSeqIterator } from './seq-iterator-type';

export class GenericAliasObject extends RefHolder {
  get typeName(): string {
    return 'types.GenericAlias';
  }
  override get weakrefable(): boolean {
    return true;
  }
  /** gaobject.starred: `*tuple[int, ...]`, the alias ga_iter yields (PEP 646). */
  starred = false;
  /** ga_clear does not exist: the collector cannot break a cycle here. */
  override clear(): void {}
  get origin(): Value {
    return this.refs[0] as Value;
  }
  get args(): TupleObject {
    return this.refs[1] as TupleObject;
  }
  /** ga_dealloc's releases, for a subclass instance's subtype_dealloc (after its __dict__). */
  override releaseOwnReferences(heap: Heap): void {
    const r = this.refs;
    this.refs = r.map(() => undefined);
    for (const v of r) heap.xdecref(v);
  }
}

/**
 * An instance of a class statement deriving from types.GenericAlias
 * (Py_TPFLAGS_BASETYPE), such as collections.abc's _CallableGenericAlias:
 * the alias layout plus a class, __slots__ and a __dict__.
 */
export class GenericAliasSubInstance extends withInstanceLayout(GenericAliasObject) {}

/** ga_new's checks, then setup_ga: the argument tuple (a new reference) for origin and args. */
function aliasArgs(rt: Runtime, args: Value[], kwargs: Kwargs): [Value, TupleObject] {
  if (kwargs !== null && kwargs.length > 0) throw rt.typeError('GenericAlias() takes no keyword arguments');
  if (args.length !== 2) throw rt.typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
  const a = args[1];
  return [args[0], a instanceof TupleObject ? rt.incref(a) : rt.newTuple([a])];
}

/** Py_GenericAlias(origin, args): a new alias; a non-tuple `args` becomes a 1-tuple. */
export function newGenericAlias(rt: Runtime, origin: Value, args: Value, starred = false): GenericAliasObject {
  const argTuple = args instanceof TupleObject ? rt.incref(args) : rt.newTuple([args]);
  rt.incref(origin);
  rt.heap.reserve();
  const ga = rt.heap.register(new GenericAliasObject([origin, argTuple, undefined]));
  ga.starred = starred;
  rt.heap.track(ga);
  return ga;
}

/** The alias's type variables, made on first use and kept (borrowed). */
function parametersOf(rt: Runtime, ga: GenericAliasObject): TupleObject {
  let p = ga.refs[2] as TupleObject | undefined;
  if (p === undefined) {
    p = makeParameters(rt, ga.args);
    ga.refs[2] = p;
  }
  return p;
}

/** The names ga_getattro answers itself (all others come from the origin). */
const OWN_ATTRIBUTES = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

const asAlias = (v: Value): GenericAliasObject => v as GenericAliasObject;

export const genericAliasType: BuiltinType = {
  name: 'types.GenericAlias',
  instances: [GenericAliasObject],
  getset: {
    __origin__: (rt, self) => rt.incref(asAlias(self).origin),
    __args__: (rt, self) => rt.incref(asAlias(self).args),
    __unpacked__: (rt, self) => asAlias(self).starred,
    __parameters__: (rt, self) => rt.incref(parametersOf(rt, asAlias(self))),
    // ga_unpacked_tuple_args: a starred tuple alias's arguments.
    __typing_unpacked_tuple_args__: (rt, self) => {
      const ga = asAlias(self);
      return ga.starred && ga.origin === rt.types.get('tuple') ? rt.incref(ga.args) : null;
    },
  },
  readonlyMembers: ['__origin__', '__args__', '__unpacked__'],
  methods: {
    __mro_entries__(rt, self, args) {
      arity(rt, '__mro_entries__', args, 1, 1);
      return rt.newTuple([asAlias(self).origin]);
    },
    __instancecheck__(rt, _self, args) {
      arity(rt, '__instancecheck__', args, 1, 1);
      throw rt.typeError('isinstance() argument 2 cannot be a parameterized generic');
    },
    __subclasscheck__(rt, _self, args) {
      arity(rt, '__subclasscheck__', args, 1, 1);
      throw rt.typeError('issubclass() argument 2 cannot be a parameterized generic');
    },
    __reduce__(rt, self, args) {
      arity(rt, '__reduce__', args, 0, 0);
      const ga = asAlias(self);
      const inner = rt.newTuple([ga.origin, ga.args]);
      try {
        return rt.newTuple([rt.typeOf(self), inner]);
      } finally {
        rt.decref(inner);
      }
    },
  },
  slots: {
    tp_repr(rt, self) {
      const ga = asAlias(self);
      const items = ga.args.items;
      const inner = items.length === 0 ? '()' : items.map((a) => typeArgRepr(rt, a, false)).join(', ');
      return `${ga.starred ? '*' : ''}${typeArgRepr(rt, ga.origin, false)}[${inner}]`;
    },
    tp_hash(rt, self) {
      const ga = asAlias(self);
      return xorHash(hash(rt, ga.origin), hash(rt, ga.args));
    },
    tp_richcompare(rt, self, other, op) {
      if (!(other instanceof GenericAliasObject) || (op !== '==' && op !== '!=')) return NotImplemented;
      const a = asAlias(self);
      let same: boolean;
      if (a.starred !== other.starred) same = false;
      else if (!eq(rt, a.origin, other.origin)) same = false;
      else {
        const r = richCompare(rt, a.args, other.args, '==');
        if (op === '==') return r;
        same = r === true;
        rt.decref(r);
      }
      return op === '==' ? same : !same;
    },
    tp_call(rt, self, args, kwargs: Kwargs) {
      const obj = call(rt, asAlias(self).origin, args, kwargs);
      setOrigClass(rt, obj, self);
      return obj;
    },
    mp_subscript(rt, self, item) {
      const ga = asAlias(self);
      const newArgs = substituteParameters(rt, self, ga.args, parametersOf(rt, ga), item);
      try {
        return newGenericAlias(rt, ga.origin, newArgs, ga.starred);
      } finally {
        rt.decref(newArgs);
      }
    },
    // ga_iter: one item, the alias starred (`*tuple[int, ...]`); gclab iterates a 1-tuple.
    tp_iter(rt, self) {
      const ga = asAlias(self);
      const starred = newGenericAlias(rt, ga.origin, ga.args, true);
      const one = rt.newTuple([starred]);
      rt.decref(starred);
      try {
        return newSeqIterator(rt, one, 'tuple_iterator');
      } finally {
        rt.decref(one);
      }
    },
    nb_binary(rt, self, op, other, reflected) {
      if (op !== '|') return NotImplemented;
      return reflected ? unionTypeOr(rt, other, self) : unionTypeOr(rt, self, other);
    },
    tp_getattro(rt, self, name) {
      if (OWN_ATTRIBUTES.has(name)) return undefined;
      return getAttr(rt, asAlias(self).origin, name);
    },
  },
  nb_ops: { binary: ['|'], reflected: ['|'] },
  tp_new(rt, args, kwargs) {
    const [origin, argTuple] = aliasArgs(rt, args, kwargs);
    try {
      return newGenericAlias(rt, origin, argTuple);
    } finally {
      rt.decref(argTuple);
    }
  },
  tp_alloc(rt, cls, args, kwargs) {
    const [origin, argTuple] = aliasArgs(rt, args, kwargs);
    rt.incref(origin);
    return newSubtypeInstance(rt.heap, cls, () => new GenericAliasSubInstance([origin, argTuple, undefined]));
  },
};

/** set_orig_class: `obj.__orig_class__ = alias`, ignoring AttributeError and TypeError. */
function setOrigClass(rt: Runtime, obj: Value, alias: Value): void {
  try {
    setAttr(rt, obj, '__orig_class__', alias);
  } catch (e) {
    if (!isAttributeError(rt, e) && !isTypeError(rt, e)) {
      rt.decref(obj);
      throw e;
    }
    swallow(rt, e);
  }
}

/** Py_GenericAlias as a builtin classmethod: `cls[params]` for list, dict, deque, ... */
export function classGetItemAlias(rt: Runtime, cls: Value, args: Value[]): Value {
  arity(rt, '__class_getitem__', args, 1, 1);
  return newGenericAlias(rt, cls as ClassObject, args[0]);
}

/**
 * The builtin types whose tp_methods hold `{"__class_getitem__",
 * Py_GenericAlias, METH_O|METH_CLASS}` in CPython 3.11 (those gclab has as
 * native types; deque, defaultdict, partial, ... are Python classes here
 * and say `__class_getitem__ = classmethod(GenericAlias)` in their source).
 */
const GENERIC_BUILTINS = [
  'list', 'dict', 'tuple', 'set', 'frozenset', 'enumerate', 'mappingproxy',
  'weakref.ReferenceType', 'weakref.WeakKeyDictionary', 'weakref.WeakValueDictionary', '_weakrefset.WeakSet',
  'BaseExceptionGroup',
];

export function installClassGetItem(rt: Runtime): void {
  for (const name of GENERIC_BUILTINS) {
    if (rt.types.has(name)) defineMethods(rt.types.get(name), { __class_getitem__: (rt2, cls, args) => classGetItemAlias(rt2, cls, args) });
  }
}
