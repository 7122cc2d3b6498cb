/**
 * What types.GenericAlias (`list[T]`) and types.UnionType (`int | T`) share
 * (Objects/genericaliasobject.c): the repr of one type argument
 * (ga_repr_item / union_repr_item), the type variables an argument tuple
 * mentions (_Py_make_parameters) and their substitution (_Py_subs_parameters
 * with subs_tvars), so `dict[str, T][int]` is `dict[str, int]`.
 *
 * A type variable is any object with a `__typing_subst__` attribute
 * (typing.TypeVar); a generic argument is any object whose `__parameters__`
 * is a non-empty tuple. TypeVarTuple and starred arguments are not modelled.
 *
 * Reference discipline: arguments borrowed; results are new references.
 */
import { ClassObject, TupleObject, type Value } from '../../../heap';
import { call } from '../calls';
import { lookupAttr } from '../attributes';
import { getItem } from '../operators';
import { repr, str } from '../repr';
import { classModule } from '../builtin-types';
import type { Runtime } from '../runtime';
import { Ellipsis } from './ellipsis-type';

/**
 * ga_repr_item: `...` for Ellipsis, the repr of anything with `__origin__`
 * and `__args__`, `qualname` or `module.qualname` for a class-like object,
 * else its repr. union_repr_item is the same with NoneType shown as None.
 */
export function typeArgRepr(rt: Runtime, p: Value, inUnion: boolean): string {
  if (p === Ellipsis && !inUnion) return '...';
  if (p instanceof ClassObject) {
    if (inUnion && p === rt.types.get('NoneType')) return 'None';
    const m = classModule(p);
    return m === 'builtins' ? p.qualname : `${m}.${p.qualname}`;
  }
  if (typeof p !== 'object' || p === null) return repr(rt, p);
  return classLikeRepr(rt, p);
}

function classLikeRepr(rt: Runtime, p: Value): string {
  const origin = lookupAttr(rt, p, '__origin__');
  if (origin !== undefined) {
    rt.decref(origin);
    const args = lookupAttr(rt, p, '__args__');
    if (args !== undefined) {
      rt.decref(args);
      return repr(rt, p);
    }
  }
  const qualname = lookupAttr(rt, p, '__qualname__');
  if (qualname === undefined) return repr(rt, p);
  try {
    const module = lookupAttr(rt, p, '__module__');
    if (module === undefined || module === null) return repr(rt, p);
    try {
      if (module === 'builtins') return str(rt, qualname);
      return `${str(rt, module)}.${str(rt, qualname)}`;
    } finally {
      rt.decref(module);
    }
  } finally {
    rt.decref(qualname);
  }
}

/** The `__typing_subst__` of `t` (a new reference), or undefined: is t a type variable? */
function typingSubst(rt: Runtime, t: Value): Value | undefined {
  if (typeof t !== 'object' || t === null) return undefined;
  return lookupAttr(rt, t, '__typing_subst__');
}

/** The `__parameters__` tuple of `t` when it has one (a new reference), else undefined. */
function subParameters(rt: Runtime, t: Value): TupleObject | undefined {
  if (typeof t !== 'object' || t === null) return undefined;
  const p = lookupAttr(rt, t, '__parameters__');
  if (p === undefined) return undefined;
  if (p instanceof TupleObject) return p;
  rt.decref(p);
  return undefined;
}

/** _Py_make_parameters: the type variables of `args`, each once, in order of first mention. */
export function makeParameters(rt: Runtime, args: TupleObject): TupleObject {
  const params: Value[] = [];
  for (const t of args.items) {
    const subst = typingSubst(rt, t);
    if (subst !== undefined) {
      rt.decref(subst);
      if (!params.includes(t)) params.push(t);
      continue;
    }
    const sub = subParameters(rt, t);
    if (sub === undefined) continue;
    for (const t2 of sub.items) if (!params.includes(t2)) params.push(t2);
    rt.decref(sub);
  }
  return rt.newTuple(params);
}

/**
 * _Py_subs_parameters: `self[item]` for an alias with arguments `args` and
 * type variables `parameters`: the new argument tuple (a new reference).
 */
export function substituteParameters(rt: Runtime, self: Value, args: TupleObject, parameters: TupleObject, item: Value): TupleObject {
  const nparams = parameters.items.length;
  if (nparams === 0) throw rt.typeError(`${repr(rt, self)} is not a generic class`);
  const argitems = item instanceof TupleObject ? item.items : [item];
  if (argitems.length !== nparams) {
    throw rt.typeError(`Too ${argitems.length > nparams ? 'many' : 'few'} arguments for ${repr(rt, self)}; actual ${argitems.length}, expected ${nparams}`);
  }
  const out: Value[] = [];
  try {
    for (const arg of args.items) {
      const subst = typingSubst(rt, arg);
      if (subst !== undefined) {
        try {
          out.push(call(rt, subst, [argitems[parameters.items.indexOf(arg)]]));
        } finally {
          rt.decref(subst);
        }
      } else out.push(substituteInArgument(rt, arg, parameters, argitems));
    }
  } catch (e) {
    for (const v of out) rt.decref(v);
    throw e;
  }
  return rt.tupleSteal(out);
}

/** subs_tvars: `obj` with the type variables of its own `__parameters__` replaced (a new reference). */
function substituteInArgument(rt: Runtime, obj: Value, parameters: TupleObject, argitems: Value[]): Value {
  const sub = subParameters(rt, obj);
  if (sub === undefined) return rt.incref(obj);
  try {
    if (sub.items.length === 0) return rt.incref(obj);
    const subargs = rt.newTuple(sub.items.map((p) => {
      const i = parameters.items.indexOf(p);
      return i >= 0 ? argitems[i] : p;
    }));
    try {
      return getItem(rt, obj, subargs);
    } finally {
      rt.decref(subargs);
    }
  } finally {
    rt.decref(sub);
  }
}
