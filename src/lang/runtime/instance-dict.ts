/**
 * `obj.__dict__`.
 *
 * For instances of classes (PyObject_GenericGetDict in 3.11): the
 * attributes live as inline values until the dict is asked for; then a
 * real dict is made from them (make_dict_from_instance_attributes) and the
 * instance keeps its attributes in that dict from then on
 * (materializeInstanceDict). So `type(obj.__dict__) is dict`,
 * `obj.__dict__ is obj.__dict__`, writes through either side are seen by
 * the other, and holding the dict does not keep the instance alive (it
 * holds the values, not the object). The dict's order is the instance's
 * assignment order; CPython's split table still releases its values in the
 * class's shared-key order, so the two differ only for an instance whose
 * attributes were first assigned in another order than its class's keys.
 *
 * The weak containers (Python classes in CPython, native objects here) get
 * a live mapping view over their attributes instead (InstanceDict, a dict
 * to isinstance(); weakref/weak-container.ts): writes through the view
 * reach the container. Iteration is the assignment order.
 */
import { Instance, type DictObject as DictObjectType, type Value } from '../../heap';
import { WeakContainer } from '../../weakref/weak-container';
import { defineMethods } from './attributes';
import { DictView, RefHolder } from './native-objects';
import { dictUpdate } from './methods';
import { eq, iter } from './operators';
import { registerType } from './type-slots';
import { NotImplemented } from './runtime';
import { DictObject } from '../../heap';
import { repr } from './repr';
import type { Runtime } from './runtime';
import { keyErrorFor } from './operators';
import { attributeName, attributeNameOf } from './attribute-name';

/** What a `__dict__` view reads and writes: an instance, or a weak container (its instance dict). */
type AttributeOwner = Instance | WeakContainer;

export class InstanceDict extends RefHolder {
  constructor(inst: AttributeOwner) {
    super([inst]);
  }
  get typeName(): string {
    return 'dict';
  }
  get inst(): AttributeOwner {
    return this.refs[0] as AttributeOwner;
  }
}

/** The live view of each instance, while it exists (`c.__dict__ is c.__dict__`). */
const views = new WeakMap<AttributeOwner, InstanceDict>();

export function newInstanceDict(rt: Runtime, inst: AttributeOwner): InstanceDict {
  const cached = views.get(inst);
  if (cached !== undefined && !cached.isDead && cached.refcnt > 0) return rt.incref(cached);
  const d = makeInstanceDict(rt, inst);
  views.set(inst, d);
  return d;
}

function makeInstanceDict(rt: Runtime, inst: AttributeOwner): InstanceDict {
  rt.heap.reserve();
  rt.heap.incref(inst);
  const d = rt.heap.register(new InstanceDict(inst));
  rt.heap.track(d);
  return d;
}

/** A dict_keys/values/items view over a snapshot dict of the attributes. */
function snapshotView(rt: Runtime, entries: Array<[string, Value]>, kind: 'keys' | 'values' | 'items'): Value {
  const d = rt.heap.newDict();
  for (const [k, v] of entries) d.set(rt.heap, k, v);
  rt.heap.reserve();
  const view = rt.heap.register(new DictView(d, kind));
  rt.heap.track(view);
  return view;
}

export function installInstanceDict(rt: Runtime): void {
  const dict = rt.types.get('dict');
  // The view is a dict to isinstance() (vars(obj) and obj.__dict__ are
  // dicts in CPython); its own slots and methods answer everything it is asked.
  const cls = rt.types.make('dict', [dict], 'builtins');
  rt.types.byName.set('dict', dict);
  // An implementation class: not one of dict.__subclasses__().
  dict.subclasses?.delete(rt.heap, cls.id);
  rt.registerClass(InstanceDict, cls);
  const snapshot = (self: Value) => {
    const inst = (self as InstanceDict).inst;
    return inst.attrNames().map((k) => [k, inst.getAttr(k) as Value] as [string, Value]);
  };
  registerType(rt, {
    name: 'dict',
    slots: {
      sq_length: (rt2, self) => (self as InstanceDict).inst.attrNames().length,
      sq_contains: (rt2, self, k) => {
        const name = attributeNameOf(k);
        return name !== undefined && (self as InstanceDict).inst.hasOwnAttr(name);
      },
      mp_subscript(rt2, self, k) {
        const name = attributeNameOf(k);
        const v = name === undefined ? undefined : (self as InstanceDict).inst.getAttr(name);
        if (v === undefined || !(self as InstanceDict).inst.hasOwnAttr(name as string)) {
          throw keyErrorFor(rt2, k);
        }
        return rt2.incref(v);
      },
      mp_ass_subscript(rt2, self, k, v) {
        if (v !== undefined) (self as InstanceDict).inst.setAttr(rt2.heap, attributeName(rt2, k), v);
        else if (!(self as InstanceDict).inst.deleteAttr(rt2.heap, attributeName(rt2, k))) throw keyErrorFor(rt2, k);
      },
      tp_iter(rt2, self) {
        const l = rt2.heap.newList((self as InstanceDict).inst.attrNames());
        const it = iter(rt2, l);
        rt2.decref(l);
        return it;
      },
      tp_repr: (rt2, self) => '{' + snapshot(self).map(([k, v]) => `${repr(rt2, k)}: ${repr(rt2, v)}`).join(', ') + '}',
      tp_richcompare(rt2, self, other, op) {
        if (op !== '==' && op !== '!=') return NotImplemented;
        const mine = snapshot(self);
        let theirs: Array<[Value, Value]>;
        if (other instanceof DictObject) theirs = other.entries();
        else if (other instanceof InstanceDict) theirs = snapshot(other);
        else return NotImplemented;
        const same =
          mine.length === theirs.length &&
          mine.every(([k, v]) => {
            const hit = theirs.find(([k2]) => k2 === k);
            return hit !== undefined && eq(rt2, v, hit[1]);
          });
        return op === '==' ? same : !same;
      },
    },
  }, cls);
  defineMethods(cls, {
    keys: (rt2, self) => snapshotView(rt2, snapshot(self), 'keys'),
    values: (rt2, self) => snapshotView(rt2, snapshot(self), 'values'),
    items: (rt2, self) => snapshotView(rt2, snapshot(self), 'items'),
    pop(rt2, self, args) {
      const inst = (self as InstanceDict).inst;
      const k = args[0];
      const name = attributeNameOf(k);
      if (name !== undefined && inst.hasOwnAttr(name)) {
        const v = rt2.incref(inst.getAttr(name) as Value);
        inst.deleteAttr(rt2.heap, name);
        return v;
      }
      if (args.length > 1) return rt2.incref(args[1]);
      throw keyErrorFor(rt2, k);
    },
    setdefault(rt2, self, args) {
      const inst = (self as InstanceDict).inst;
      const k = attributeName(rt2, args[0]);
      if (!inst.hasOwnAttr(k)) inst.setAttr(rt2.heap, k, args.length > 1 ? args[1] : null);
      return rt2.incref(inst.getAttr(k) as Value);
    },
    update(rt2, self, args, kwargs) {
      const inst = (self as InstanceDict).inst;
      const d = rt2.heap.newDict();
      try {
        if (args.length) dictUpdate(rt2, d, args[0]);
        for (const [k, v] of kwargs ?? []) d.set(rt2.heap, k, v);
        for (const [k, v] of d.entries()) inst.setAttr(rt2.heap, attributeName(rt2, k), v);
      } finally {
        rt2.decref(d);
      }
      return null;
    },
    clear(rt2, self) {
      const inst = (self as InstanceDict).inst;
      for (const k of inst.attrNames()) inst.deleteAttr(rt2.heap, k);
      return null;
    },
    copy(rt2, self) {
      const d = rt2.heap.newDict();
      for (const [k, v] of snapshot(self)) d.set(rt2.heap, k, v);
      return d;
    },
    get(rt2, self, args) {
      const inst = (self as InstanceDict).inst;
      const name = attributeNameOf(args[0]);
      if (name !== undefined && inst.hasOwnAttr(name)) return rt2.incref(inst.getAttr(name) as Value);
      return rt2.incref(args.length > 1 ? args[1] : null);
    },
    popitem(rt2, self) {
      const inst = (self as InstanceDict).inst;
      const names = inst.attrNames();
      if (names.length === 0) throw rt2.error('KeyError', 'popitem(): dictionary is empty');
      const k = names[names.length - 1];
      const t = rt2.newTuple([k, inst.getAttr(k) as Value]);
      inst.deleteAttr(rt2.heap, k);
      return t;
    },
  });
}

/**
 * An instance's dict, made from its inline values on first use (a new
 * reference); a weak container subclass's instance keeps the live view,
 * since the container's own attributes are not inline values.
 */
export function materializeInstanceDict(rt: Runtime, inst: Instance): DictObjectType | InstanceDict {
  if (inst instanceof WeakContainer) return newInstanceDict(rt, inst);
  if (inst.ownDict !== null) return rt.incref(inst.ownDict);
  const d = rt.heap.newDict();
  // make_dict_from_instance_attributes: a split table over the class's shared keys.
  if (inst.inlineAttributes) d.splitKeys = inst.cls;
  for (const k of inst.attrNames()) d.set(rt.heap, k, inst.getAttr(k)!);
  // The instance takes its own reference to d and drops its inline values (d holds them now).
  inst.replaceDict(rt.heap, d);
  return d;
}
