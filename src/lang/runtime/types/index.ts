/**
 * The builtin types of a runtime: one registration line per type (see
 * type-slots.ts for what a type file declares). Types registered elsewhere
 * install themselves with their module (set, the weakref types, ...).
 */
import type { Runtime } from '../runtime';
import { registerType } from '../type-slots';
import { dictIteratorType } from './dict-iterator-type';
import { dictType } from './dict-type';
import { dictViewType } from './dict-view-type';
import { listType } from './list-type';
import { intType } from './int-type';
import { installBoolType } from './bool-type';
import { floatType } from './float-type';
import { longRangeIteratorType, rangeIteratorType, rangeType } from './range-type';
import { seqIteratorType } from './seq-iterator-type';
import { sliceType } from './slice-type';
import { strType } from './str-type';
import { tupleType } from './tuple-type';
import { bytesType } from './bytes-type';
import { byteArrayType } from './bytearray-type';
import { frozenSetType } from './frozenset-type';
import { complexType } from './complex-type';
import { ellipsisType } from './ellipsis-type';
import { memoryviewType } from './memoryview-type';
import { genericAliasType } from './generic-alias-type';
import { unionType } from './union-type';
import { typeType } from './type-type';
import { quitterType } from './quitter-type';
import { enumerateType } from './enumerate-type';
import { zipType } from './zip-type';
import { mapType } from './map-type';
import { filterType } from './filter-type';
import { reversedType } from './reversed-type';
import { mappingProxyType } from './mappingproxy-type';
import { noneType, notImplementedType } from './none-type';
import { moduleType } from './module-type';

export function installBuiltinTypes(rt: Runtime): void {
  registerType(rt, intType);
  installBoolType(rt);
  registerType(rt, floatType);
  registerType(rt, listType);
  registerType(rt, tupleType);
  registerType(rt, dictType);
  registerType(rt, strType);
  registerType(rt, rangeType);
  registerType(rt, bytesType);
  registerType(rt, byteArrayType);
  registerType(rt, frozenSetType);
  registerType(rt, complexType);
  registerType(rt, ellipsisType);
  registerType(rt, memoryviewType);
  registerType(rt, typeType);
  registerType(rt, enumerateType);
  registerType(rt, zipType);
  registerType(rt, mapType);
  registerType(rt, filterType);
  registerType(rt, reversedType);
  registerType(rt, mappingProxyType);
  registerType(rt, noneType);
  registerType(rt, notImplementedType);
  registerType(rt, moduleType);
  const object = rt.types.get('object');
  registerType(rt, genericAliasType, rt.types.make('GenericAlias', [object], 'types', ['__weakref__']));
  registerType(rt, unionType, rt.types.make('UnionType', [object], 'types'));
  registerType(rt, quitterType, rt.types.make('Quitter', [object], '_sitebuiltins'));
  registerType(rt, rangeIteratorType);
  registerType(rt, longRangeIteratorType);
  registerType(rt, sliceType);
  for (const kind of ['list_iterator', 'tuple_iterator', 'str_ascii_iterator', 'str_iterator', 'iterator', 'bytes_iterator', 'bytearray_iterator', 'memory_iterator']) registerType(rt, seqIteratorType(kind));
  for (const kind of ['dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator']) registerType(rt, dictIteratorType(kind));
  for (const kind of ['dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator']) {
    registerType(rt, dictIteratorType(kind), rt.types.make(kind, [rt.types.get('object')], 'builtins'));
  }
  for (const kind of ['dict_keys', 'dict_values', 'dict_items']) registerType(rt, dictViewType(kind));
}
