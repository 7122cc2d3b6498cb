/**
 * The loop shared by WeakKeyDictionary's and WeakValueDictionary's copy() and
 * __deepcopy__ (Lib/weakref.py). Both walk `self.data.items()` inside
 * `with _IterationGuard(self):`, call the weak side of each pair, skip the
 * pairs whose referent is gone, and store the live pair in the new mapping,
 * passing the strong side through `deepcopy(x, memo)` for __deepcopy__:
 *
 *     WeakKeyDictionary:   for key, value in self.data.items():
 *                              o = key()
 *                              if o is not None: new[o] = deepcopy(value, memo)
 *     WeakValueDictionary: for key, wr in self.data.items():
 *                              o = wr()
 *                              if o is not None: new[deepcopy(key, memo)] = o
 *
 * Invariant: the three Python locals (stored key, stored value, o) are held in
 * a FrameLocals exactly as the Python frame holds them, so a callback or
 * __del__ run by the loop sees the same reference counts as under CPython.
 */
import type { Heap, Value } from '../heap';
import { FrameLocals, withGuard } from './frame-locals';
import { dictItemsSource } from './sources';
import type { WeakContainer } from './weak-container';
import { call } from './weak-iterator';
import type { DictObject } from '../heap';

/** deepcopy(x, memo) as the caller supplies it: returns a new reference. */
export type DeepCopy = (heap: Heap, v: Value) => Value;

/**
 * Copy `dict`'s live pairs of `owner` into the new mapping through `put(o, strong)`,
 * where `weakSide` says which element of each stored pair is the weak reference
 * (0: the key, as in WeakKeyDictionary; 1: the value, as in WeakValueDictionary)
 * and `strong` is the other element, deep-copied when `deepcopy` is given.
 */
export function copyLivePairs(
  heap: Heap,
  owner: WeakContainer,
  dict: DictObject,
  weakSide: 0 | 1,
  deepcopy: DeepCopy | null,
  put: (o: Value, strong: Value) => void,
): void {
  const locals = new FrameLocals(heap, 3); // stored key, stored value, o
  try {
    withGuard(heap, owner, () => {
      const pairs = dictItemsSource(heap, dict);
      try {
        for (;;) {
          const p = pairs.next();
          if (p === undefined) break;
          const key = locals.own(0, p[0]);
          const value = locals.own(1, p[1]);
          const o = locals.own(2, call(heap, weakSide === 0 ? key : value));
          if (o === null) continue;
          const strong = weakSide === 0 ? value : key;
          if (deepcopy === null) {
            put(o, strong);
          } else {
            const copied = deepcopy(heap, strong);
            try {
              put(o, copied);
            } finally {
              heap.decref(copied);
            }
          }
        }
      } finally {
        pairs.close?.();
      }
    });
  } finally {
    locals.clear();
  }
}
