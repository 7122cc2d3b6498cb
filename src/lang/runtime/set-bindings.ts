/**
 * Python's `set` over the heap's SetObject (Objects/setobject.c): the
 * constructor, methods, operators, comparisons and the set iterator.
 */
import { ListObject, TupleObject, type Value } from '../../heap';
import { SetCursor, SetObject, newSet, type ValueSource } from '../../heap/objects/set-object';
import { defineMethods, type MethodImpl } from './attributes';
import { setConstructor } from './calls';
import { arity } from './methods';
import { RefHolder } from './native-objects';
import { iter, next, registerProtocol, type CompareOp } from './operators';
import { repr } from './repr';
import { NotImplemented, type Runtime } from './runtime';
import { pyException } from './calls';

/** An iterable as a ValueSource (releases its iterator when closed). */
export function sourceOf(rt: Runtime, v: Value): ValueSource {
  if (v instanceof ListObject || v instanceof TupleObject) {
    let i = 0;
    const items = v.items;
    return { next: () => (i < items.length ? rt.incref(items[i++]) : undefined) };
  }
  let it: Value | undefined = iter(rt, v);
  return {
    next: () => (it === undefined ? undefined : next(rt, it)),
    close: () => {
      if (it !== undefined) {
        const x = it;
        it = undefined;
        rt.decref(x);
      }
    },
  };
}

/** A new set from values (stolen when `steal`). */
export function makeSet(rt: Runtime, items: Value[], steal: boolean): SetObject {
  const s = newSet(rt.heap);
  try {
    for (const x of items) s.add(rt.heap, x);
  } catch (e) {
    rt.decref(s);
    throw e;
  } finally {
    if (steal) for (const x of items) rt.decref(x);
  }
  return s;
}

export function setAdd(rt: Runtime, s: Value, v: Value): void {
  (s as SetObject).add(rt.heap, v);
}

/** set_iterator: refs[0] is the set while not exhausted. */
export class SetIterator extends RefHolder {
  readonly cursor: SetCursor;
  constructor(set: SetObject) {
    super([set]);
    this.cursor = set.cursor();
  }
  get typeName(): string {
    return 'set_iterator';
  }
}

function copyOf(rt: Runtime, s: SetObject): SetObject {
  const c = newSet(rt.heap);
  c.mergeFrom(rt.heap, s);
  return c;
}

function asSet(v: Value): SetObject | null {
  return v instanceof SetObject ? v : null;
}

const methods: Record<string, MethodImpl> = {
  add(rt, self, args) {
    arity(rt, 'set.add', args, 1, 1);
    (self as SetObject).add(rt.heap, args[0]);
    return null;
  },
  discard(rt, self, args) {
    arity(rt, 'set.discard', args, 1, 1);
    (self as SetObject).discard(rt.heap, args[0]);
    return null;
  },
  remove(rt, self, args) {
    arity(rt, 'set.remove', args, 1, 1);
    if (!(self as SetObject).discard(rt.heap, args[0])) {
      throw pyException(rt, 'KeyError', [args[0]]);
    }
    return null;
  },
  pop(rt, self, args) {
    arity(rt, 'set.pop', args, 0, 0);
    return (self as SetObject).pop(rt.heap);
  },
  clear(rt, self) {
    (self as SetObject).clear(rt.heap);
    return null;
  },
  copy: (rt, self) => copyOf(rt, self as SetObject),
  update(rt, self, args) {
    for (const a of args) {
      const o = asSet(a);
      if (o) (self as SetObject).mergeFrom(rt.heap, o);
      else (self as SetObject).updateFrom(rt.heap, sourceOf(rt, a));
    }
    return null;
  },
  union(rt, self, args) {
    const r = copyOf(rt, self as SetObject);
    methods.update(rt, r, args, null);
    return r;
  },
  intersection(rt, self, args) {
    let r: SetObject = copyOf(rt, self as SetObject);
    for (const a of args) {
      const n = r.intersectionFrom(rt.heap, sourceOf(rt, a));
      rt.decref(r);
      r = n;
    }
    return r;
  },
  intersection_update(rt, self, args) {
    for (const a of args) (self as SetObject).intersectionUpdateFrom(rt.heap, sourceOf(rt, a));
    return null;
  },
  difference(rt, self, args) {
    const r = copyOf(rt, self as SetObject);
    for (const a of args) r.differenceUpdateFrom(rt.heap, sourceOf(rt, a));
    return r;
  },
  difference_update(rt, self, args) {
    for (const a of args) (self as SetObject).differenceUpdateFrom(rt.heap, sourceOf(rt, a));
    return null;
  },
  symmetric_difference(rt, self, args) {
    arity(rt, 'set.symmetric_difference', args, 1, 1);
    // set_symmetric_difference: a new set of the *other* operand, then each
    // item of this one (in table order) is removed from it or added.
    const other = args[0];
    const r = newSet(rt.heap);
    try {
      if (other instanceof SetObject) r.mergeFrom(rt.heap, other);
      else r.updateFrom(rt.heap, sourceOf(rt, other));
      const me = self as SetObject;
      for (let i = me.nextIndex(0); i >= 0; i = me.nextIndex(i + 1)) {
        const k = me.keyAt(i);
        const h = me.hashAt(i);
        rt.incref(k);
        try {
          if (!r.discardEntry(rt.heap, k, h)) r.addEntry(rt.heap, k, h);
        } finally {
          rt.decref(k);
        }
      }
    } catch (e) {
      rt.decref(r);
      throw e;
    }
    return r;
  },
  symmetric_difference_update(rt, self, args) {
    arity(rt, 'set.symmetric_difference_update', args, 1, 1);
    (self as SetObject).symmetricDifferenceUpdateFrom(rt.heap, sourceOf(rt, args[0]));
    return null;
  },
  issubset(rt, self, args) {
    arity(rt, 'set.issubset', args, 1, 1);
    const o = asSet(args[0]);
    return o ? (self as SetObject).isSubsetOf(rt.heap, o) : (self as SetObject).isSubsetOfFrom(rt.heap, sourceOf(rt, args[0]));
  },
  issuperset(rt, self, args) {
    arity(rt, 'set.issuperset', args, 1, 1);
    const o = asSet(args[0]);
    return o ? o.isSubsetOf(rt.heap, self as SetObject) : (self as SetObject).isSupersetOfFrom(rt.heap, sourceOf(rt, args[0]));
  },
  isdisjoint(rt, self, args) {
    arity(rt, 'set.isdisjoint', args, 1, 1);
    const r = (self as SetObject).intersectionFrom(rt.heap, sourceOf(rt, args[0]));
    const empty = r.used === 0;
    rt.decref(r);
    return empty;
  },
};

const OPS: Record<string, string> = { '|': 'union', '&': 'intersection', '-': 'difference', '^': 'symmetric_difference' };
const IOPS: Record<string, string> = {
  '|': 'update',
  '&': 'intersection_update',
  '-': 'difference_update',
  '^': 'symmetric_difference_update',
};

export function installSetBindings(rt: Runtime): void {
  const setCls = rt.types.get('set');
  rt.registerClass(SetObject, setCls);
  rt.registerClass(SetIterator, rt.types.get('set_iterator'));
  defineMethods(setCls, methods);
  setConstructor(setCls, (args) => {
    if (args.length > 1) throw rt.typeError(`set expected at most 1 argument, got ${args.length}`);
    const s = newSet(rt.heap);
    if (args.length) {
      try {
        methods.update(rt, s, args, null);
      } catch (e) {
        rt.decref(s);
        throw e;
      }
    }
    return s;
  });
  registerProtocol(SetObject, {
    len: (rt2, self) => (self as SetObject).used,
    truthy: (rt2, self) => (self as SetObject).used > 0,
    contains: (rt2, self, v) => (self as SetObject).contains(rt2.heap, v),
    hash: () => {
      throw rt.typeError("unhashable type: 'set'");
    },
    iter(rt2, self) {
      rt2.heap.reserve();
      rt2.heap.incref(self);
      const it = rt2.heap.register(new SetIterator(self as SetObject));
      rt2.heap.track(it);
      return it;
    },
    repr(rt2, self) {
      const s = self as SetObject;
      if (s.used === 0) return 'set()';
      return rt2.guardRepr(s, 'set(...)', () => '{' + s.keys().map((k) => repr(rt2, k)).join(', ') + '}');
    },
    compare(rt2, self, other, op: CompareOp) {
      const o = asSet(other);
      if (o === null) return NotImplemented;
      return (self as SetObject).richCompare(rt2.heap, o, op);
    },
    binary(rt2, self, op, other, reflected) {
      const inplace = op.startsWith('i');
      const bare = inplace ? op.slice(1) : op;
      if (!(bare in OPS) || asSet(other) === null) return NotImplemented;
      if (inplace) {
        methods[IOPS[bare]](rt2, self, [other], null);
        return rt2.incref(self);
      }
      return reflected ? methods[OPS[bare]](rt2, other, [self], null) : methods[OPS[bare]](rt2, self, [other], null);
    },
  });
  registerProtocol(SetIterator, {
    iter: (rt2, self) => rt2.incref(self),
    next(rt2, self) {
      const it = self as SetIterator;
      const k = it.cursor.next();
      if (k === undefined) {
        it.setRef(rt2.heap, 0, undefined);
        return undefined;
      }
      return rt2.incref(k);
    },
  });
}

/**
 * dict_keys / dict_items as sets (dictobject.c dictviews_*): `==` and `!=`
 * compare like sets; `& | - ^` give a new set.
 */
export function installDictViewSetOps(rt: Runtime): void {
  const { DictView } = require('./native-objects') as typeof import('./native-objects');
  const elements = (rt2: Runtime, v: Value): SetObject => {
    const d = (v as InstanceType<typeof DictView>).ref(0) as import('../../heap').DictObject;
    const kind = (v as InstanceType<typeof DictView>).kind;
    const items = d.entries().map(([k, x]) => (kind === 'items' ? rt2.newTuple([k, x]) : rt2.incref(k)));
    return makeSet(rt2, items, true);
  };
  const isSetLike = (v: Value) => v instanceof SetObject || (v instanceof DictView && v.kind !== 'values');
  registerProtocol(DictView, {
    compare(rt2, self, other, op) {
      if ((self as InstanceType<typeof DictView>).kind === 'values' || !isSetLike(other)) return NotImplemented;
      const a = elements(rt2, self);
      const b = other instanceof SetObject ? rt2.incref(other) : elements(rt2, other);
      try {
        return a.richCompare(rt2.heap, b, op);
      } finally {
        rt2.decref(a);
        rt2.decref(b);
      }
    },
    binary(rt2, self, op, other, reflected) {
      if ((self as InstanceType<typeof DictView>).kind === 'values' || !(op in OPS)) return NotImplemented;
      const mine = elements(rt2, self);
      try {
        if (reflected) {
          const left = other instanceof SetObject ? copyOf(rt2, other) : makeSet(rt2, [], false);
          if (!(other instanceof SetObject)) left.updateFrom(rt2.heap, sourceOf(rt2, other));
          try {
            return methods[OPS[op]](rt2, left, [mine], null);
          } finally {
            rt2.decref(left);
          }
        }
        return methods[OPS[op]](rt2, mine, [other], null);
      } finally {
        rt2.decref(mine);
      }
    },
  });
}
