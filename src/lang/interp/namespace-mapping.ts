/**
 * A class body's namespace when __prepare__ returned something other than
 * an exact dict -- a dict subclass, or any mapping (an object with
 * __getitem__): STORE_NAME, LOAD_NAME, DELETE_NAME and SETUP_ANNOTATIONS
 * use PyDict_* only on an exact dict (PyDict_CheckExact) and otherwise go
 * through the mapping protocol, so the namespace's __setitem__,
 * __getitem__/__missing__ and __delitem__ run (enum's _EnumDict relies on
 * this). A missing name is a KeyError from the mapping, which LOAD_NAME
 * swallows before trying globals.
 *
 * Invariant: a frame whose `nsIsMapping` is set reaches its `ns` only
 * through this file (its type says DictObject, but after __prepare__ it may
 * be any mapping object: see asFrameNamespace).
 */
import { DictObject, DictSubInstance, Instance, PyException, type Value } from '../../heap';
import { delItem, getItem, setItem } from '../runtime/operators';
import { swallow } from '../runtime/generic-getattr';
import type { Interpreter } from './interpreter';

/** Does `ns` need the mapping protocol (not an exact dict)? */
export function isMappingNamespace(ns: Value): boolean {
  // An exact dict is the common case (every module's globals): no prototype walk for it.
  return typeof ns === 'object' && ns !== null && ns.constructor !== DictObject && (!(ns instanceof DictObject) || ns instanceof DictSubInstance);
}

/**
 * A class body's namespace as a frame holds it. An exact dict or a dict
 * subclass is a DictObject; any other mapping from __prepare__ is carried
 * in the same field and, the frame's `nsIsMapping` being set, reached only
 * through the mapping helpers below (the one place this type is widened).
 */
export function asFrameNamespace(ns: Value): DictObject {
  return ns as DictObject;
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
export function mappingGet(ip: Interpreter, ns: Value, name: string): Value | undefined {
  try {
    return getItem(ip.rt, ns, name);
  } catch (e) {
    if (!isKeyError(ip, e)) throw e;
    swallow(ip.rt, e);
    return undefined;
  }
}

/** ns[name] = v through the mapping protocol (v borrowed). */
export function mappingSet(ip: Interpreter, ns: Value, name: string, v: Value): void {
  setItem(ip.rt, ns, name, v);
}

/** del ns[name] through the mapping protocol; false on KeyError. */
export function mappingDelete(ip: Interpreter, ns: Value, name: string): boolean {
  try {
    delItem(ip.rt, ns, name);
    return true;
  } catch (e) {
    if (!isKeyError(ip, e)) throw e;
    swallow(ip.rt, e);
    return false;
  }
}

/**
 * SETUP_ANNOTATIONS on a namespace that is not an exact dict: get
 * `__annotations__` through the mapping protocol and, on KeyError, set a
 * new dict.
 */
export function mappingSetupAnnotations(ip: Interpreter, ns: Value): void {
  const found = mappingGet(ip, ns, '__annotations__');
  if (found !== undefined) {
    ip.rt.decref(found);
    return;
  }
  const d = ip.heap.newDict();
  try {
    mappingSet(ip, ns, '__annotations__', d);
  } finally {
    ip.heap.decref(d);
  }
}
