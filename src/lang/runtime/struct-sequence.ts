/**
 * Struct sequences (Objects/structseq.c): the named tuples that C modules
 * return (`sys.version_info`, `sys.flags`, `sys.float_info`, ...). A type
 * is a tuple subclass `module.name` whose fields read the items by
 * position; its repr is `module.name(field=value, ...)` (structseq_repr)
 * and it cannot be instantiated from Python here (CPython's types for sys
 * refuse it too: "cannot create 'sys.flags' instances").
 */
import { TupleObject, TupleSubInstance, newSubtypeInstance, type ClassObject, type Value } from '../../heap';
import { declareGetSets, defineGetters } from './attributes';
import { setConstructor } from './calls';
import { repr } from './repr';
import type { Runtime } from './runtime';
import { registerType, type TypeSlots } from './type-slots';

/** A new struct sequence type `module.name` with the given fields. */
export function makeStructSeqType(rt: Runtime, module: string, name: string, fields: readonly string[]): ClassObject {
  const tuple = rt.types.get('tuple');
  const cls = rt.types.make(name, [tuple], module, []);
  // A type whose tp_name has no dot (UnraisableHookArgs) is `builtins.name`, shown as `name`.
  const qualified = module === 'builtins' ? name : `${module}.${name}`;
  const slots: TypeSlots = {
    ...(tuple.slotTable as TypeSlots),
    tp_repr(rt2, self) {
      const items = (self as TupleObject).items;
      return `${qualified}(${fields.map((f, i) => `${f}=${repr(rt2, items[i])}`).join(', ')})`;
    },
  };
  registerType(rt, { name: qualified, slots }, cls);
  const getters: Record<string, (rt2: Runtime, self: Value) => Value> = {};
  fields.forEach((f, i) => {
    getters[f] = (rt2, self) => rt2.incref((self as TupleObject).items[i]);
  });
  defineGetters(cls, getters);
  // structseq's fields are READONLY members (PyStructSequence_InitType's tp_members).
  declareGetSets(cls, { members: fields });
  setConstructor(cls, () => {
    throw rt.typeError(`cannot create '${qualified}' instances`);
  });
  return cls;
}

/** An instance of struct sequence type `cls` holding `values` (a new reference). */
export function newStructSeq(rt: Runtime, cls: ClassObject, values: Value[]): Value {
  for (const v of values) rt.incref(v);
  return newSubtypeInstance(rt.heap, cls, () => new TupleSubInstance(values));
}
