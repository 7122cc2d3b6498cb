/**
 * A class body's namespace when __prepare__ returned a dict subclass:
 * STORE_NAME, LOAD_NAME and DELETE_NAME use PyDict_* only on an exact
 * dict (PyDict_CheckExact) and otherwise go through the mapping protocol,
 * so the subclass's __setitem__, __getitem__/__missing__ and __delitem__
 * run (enum's _EnumDict relies on this). A missing name is a KeyError
 * from the mapping, which LOAD_NAME swallows before trying globals.
 */
import { DictObject, DictSubInstance, Instance, PyException, type Value } from '../../heap';
import { delItem, getItem, setItem } from '../runtime/operators';
import { swallow } from '../runtime/generic-getattr';
import type { Interpreter } from './interpreter';

/** Does `ns` need the mapping protocol (not an exact dict)? */
export function isMappingNamespace(ns: DictObject): ns is DictSubInstance {
  // An exact dict is the common case (every module's globals): no prototype walk for it.
  return ns.constructor !== DictObject && ns instanceof DictSubInstance;
}

function isKeyError(ip: Interpreter, e: unknown): e is PyException {
  if (!(e instanceof PyException)) return false;
  const keyError = ip.rt.types.get('KeyError');
  const v = e.pyValue;
  if (v instanceof Instance) return v.cls.isSubclassOf(keyError);
  const cls = ip.rt.types.byName.get(e.pyType);
  return cls !== undefined && cls.isSubclassOf(keyError);
}

/** ns[name] through the mapping protocol: a new reference, or undefined on KeyError. */
export function mappingGet(ip: Interpreter, ns: DictSubInstance, name: string): Value | undefined {
  try {
    return getItem(ip.rt, ns, name);
  } catch (e) {
    if (!isKeyError(ip, e)) throw e;
    swallow(ip.rt, e);
    return undefined;
  }
}

/** ns[name] = v through the mapping protocol (v borrowed). */
export function mappingSet(ip: Interpreter, ns: DictSubInstance, name: string, v: Value): void {
  setItem(ip.rt, ns, name, v);
}

/** del ns[name] through the mapping protocol; false on KeyError. */
export function mappingDelete(ip: Interpreter, ns: DictSubInstance, name: string): boolean {
  try {
    delItem(ip.rt, ns, name);
    return true;
  } catch (e) {
    if (!isKeyError(ip, e)) throw e;
    swallow(ip.rt, e);
    return false;
  }
}
