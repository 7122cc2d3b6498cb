/**
 * The collector's debug checks (src/gc/validate.ts, CPython's validate_list
 * and the gc_refs asserts of deduce_unreachable): each kind of broken
 * invariant is reported as an InternalError at the phase boundary where it
 * is first visible, only when debugChecks is on; a sound heap passes them
 * all. Also: the one fake-address rule shared by id(), repr() and the
 * DEBUG_* output, and the untracked-weakref departure of handle_weakrefs.
 */
import { validateList, validateRefs } from '../../src/gc';
import { COLLECTING, GcHead, InternalError, NO_SLOT, UNREACHABLE, fakeAddressHex, type Instance } from '../../src/heap';
import { listAppend, listMove } from '../../src/heap/gc-list';
import { runScenario } from '../../src/lang';
import { expectHealthy, fn, newTestRef } from '../heap/fixtures';
import { link, makeGcWorld } from './gc-fixtures';

describe('validateList', () => {
  function listOf(n: number, flags = 0) {
    const w = makeGcWorld();
    const head = new GcHead('test', w.heap.gcStore);
    const objs = Array.from({ length: n }, (_, i) => w.n(`o${i}`));
    const marks = w.heap.gcStore.marks;
    for (const o of objs) {
      listMove(o, head);
      marks[o.gcSlot] |= flags;
    }
    const restore = () => {
      for (const o of objs) {
        marks[o.gcSlot] &= ~(COLLECTING | UNREACHABLE);
        listMove(o, w.heap.generations[0]);
      }
    };
    return { w, head, objs, restore };
  }

  test.each([
    ['collecting_clear_unreachable_clear', 0],
    ['collecting_set_unreachable_clear', COLLECTING],
    ['collecting_set_unreachable_set', COLLECTING | UNREACHABLE],
  ] as const)('a well-linked list in state %s passes', (state, flags) => {
    const { head, restore } = listOf(3, flags);
    expect(() => validateList(head, state, 'here')).not.toThrow();
    restore();
  });

  test('an object whose marks differ from the state is named, with its marks', () => {
    const { w, head, objs, restore } = listOf(3);
    w.heap.gcStore.marks[objs[1].gcSlot] |= UNREACHABLE;
    expect(() => validateList(head, 'collecting_clear_unreachable_clear', 'after X')).toThrow(
      new InternalError(`validate_list(test, collecting_clear_unreachable_clear) after X: ${objs[1].describe()} has marks UNREACHABLE`),
    );
    restore();
  });

  test('a broken back link is found at the node it breaks', () => {
    const { head, objs, restore } = listOf(3);
    const prev = head.store.prev;
    const saved = prev[objs[2].gcSlot];
    prev[objs[2].gcSlot] = head.slot;
    expect(() => validateList(head, 'collecting_clear_unreachable_clear', 'x')).toThrow(/N#\d+ is linked from the wrong node/);
    prev[objs[2].gcSlot] = saved;
    restore();
  });

  test('a reclaimed object left in a list is reported', () => {
    const w = makeGcWorld();
    const o = w.n('gone');
    w.heap.decref(o);
    expect(o.isDead).toBe(true);
    const head = new GcHead('test', w.heap.gcStore);
    listAppend(o, head);
    expect(() => validateList(head, 'collecting_clear_unreachable_clear', 'x')).toThrow(/reclaimed N#\d+ is still in the list/);
  });

  test('validateRefs: gc_refs must equal the refcount after update_refs and stay in [0, refcount] after subtract_refs', () => {
    const { head, objs, restore } = listOf(2);
    const refs = head.store.refs;
    refs[objs[0].gcSlot] = objs[0].refcnt;
    refs[objs[1].gcSlot] = objs[1].refcnt;
    expect(() => validateRefs(head, 'update_refs')).not.toThrow();
    refs[objs[1].gcSlot] = objs[1].refcnt + 1;
    expect(() => validateRefs(head, 'update_refs')).toThrow(/after update_refs: N#\d+ in test has gc_refs 2 and refcount 1/);
    refs[objs[1].gcSlot] = -1;
    expect(() => validateRefs(head, 'subtract_refs')).toThrow(/does not own/);
    restore();
  });
});

describe('the checks in a collection', () => {
  test('a stray mark in the older generation is caught at the first boundary, only with debugChecks', () => {
    for (const debugChecks of [true, false]) {
      const w = makeGcWorld({ debugChecks });
      const a = w.n('a');
      w.gc.collect(0); // a is now in gen1
      w.heap.gcStore.marks[a.gcSlot] |= COLLECTING;
      if (debugChecks) {
        expect(() => w.gc.collect(0)).toThrow(
          /^validate_list\(gen1, collecting_clear_unreachable_clear\) after merging the younger generations: N#\d+ has marks COLLECTING$/,
        );
      } else {
        expect(w.gc.collect(0)).toBe(0);
      }
      w.heap.gcStore.marks[a.gcSlot] &= ~COLLECTING;
      w.drop(a);
      expectHealthy(w.heap);
    }
  });

  test('a tp_traverse that visits a reference it does not own is caught after subtract_refs', () => {
    const w = makeGcWorld();
    const a = w.n('a');
    const b = w.n('b');
    link(w, a, 'b', b);
    w.drop(b); // b is held by a only
    const traverse = a.traverse.bind(a);
    a.traverse = (visit) => {
      traverse(visit);
      visit(b); // a second, unowned visit
    };
    expect(() => w.gc.collect()).toThrow(/after subtract_refs: N#\d+ in gen2 has gc_refs -1 and refcount 1/);
    expect(w.gc.isCollecting).toBe(false);
  });

  test('a sound heap passes every check through callbacks, finalizers, resurrection and tp_clear', () => {
    const w = makeGcWorld();
    const keep: Instance[] = [];
    const R = w.heap.newClass('R', [], {
      __del__: fn(w.heap, '__del__', ([self]) => {
        w.log.push('del');
        if (keep.length === 0) {
          w.heap.incref(self);
          keep.push(self as Instance); // resurrect the first one
        }
      }),
    });
    for (let i = 0; i < 5; i++) {
      const x = w.heap.newInstance(R);
      const y = w.n(`y${i}`);
      link(w, x, 'y', y);
      link(w, y, 'x', x);
      w.watch(y);
      w.drop(x, y);
    }
    expect(w.gc.collect()).toBeGreaterThan(0);
    w.gc.checkGenerations('after the test');
    expectHealthy(w.heap);
    w.drop(...keep);
  });
});

test('handle_weakrefs queues an untracked callback weakref (embedder-untracked) after the tracked ones', () => {
  const w = makeGcWorld();
  const a = w.n('a');
  link(w, a, 'me', a);
  const cbs = ['tracked', 'untracked'].map((tag) => fn(w.heap, tag, () => void w.log.push(tag)));
  const untracked = newTestRef(w.heap, a, cbs[1]);
  const tracked = newTestRef(w.heap, a, cbs[0]); // newer: first in a's list after the basic ref
  w.heap.untrack(untracked);
  w.drop(a, ...cbs);
  expect(w.gc.collect()).toBe(1);
  expect(w.log).toEqual(['tracked', 'untracked', 'del a']);
  expect(untracked.gcSlot).toBe(NO_SLOT);
  w.heap.track(untracked);
  w.drop(untracked, tracked);
  expectHealthy(w.heap);
});

test('the fake address rule: 0x7f0000000000 + id * 0x30', () => {
  const w = makeGcWorld();
  const a = w.n('a');
  expect(fakeAddressHex(a)).toBe('0x' + (0x7f0000000000 + a.id * 0x30).toString(16));
  w.drop(a);
});

test('id(), repr() and DEBUG_COLLECTABLE print the same fake address for an object', () => {
  const r = runScenario(
    [
      'import gc',
      'gc.disable()',
      'class A: pass',
      'a = A(); a.me = a',
      'print(hex(id(a)))',
      'print(repr(a))',
      'gc.set_debug(gc.DEBUG_COLLECTABLE)',
      'del a',
      'gc.collect()',
      '',
    ].join('\n'),
    's.py',
    { gcDebugChecks: true },
  );
  const [hexId, reprLine] = r.stdout.trim().split('\n');
  expect(reprLine).toBe(`<__main__.A object at ${hexId}>`);
  expect(r.stderr).toContain(`gc: collectable <A ${hexId}>\n`);
  expect(hexId).toMatch(/^0x7f[0-9a-f]+$/);
  expect((BigInt(hexId) - 0x7f0000000000n) % 0x30n).toBe(0n);
});
