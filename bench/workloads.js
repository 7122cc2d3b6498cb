'use strict';
/**
 * gclab side of `npm run bench`: each workload builds, in a fresh heap
 * (`new Heap({ registry: false })`, automatic collection off), the same
 * object graph as its twin in bench/python/workloads.py, and times only the
 * measured phase with process.hrtime.bigint() (or CPU time, see `clock`). Every function returns
 * { phase: value } with values per object / ref / entry (ns), and checks
 * that the work really happened (counts, liveCount), so a regression that
 * skips work cannot look fast.
 *
 * Only the public TS API is used: heap.newClass / newInstance / newList /
 * newHostFunction, inst.setAttr, heap.incref / decref, Collector.collect(),
 * newRef from the weakref layer, and the weak dictionaries when they exist.
 */
const path = require('path');

/** The compiled library; GCLAB_DIST points the bench at another build (A/B experiments). */
const DIST = process.env.GCLAB_DIST ? path.resolve(process.env.GCLAB_DIST) : path.join(__dirname, '..', 'dist');
const { Heap } = require(path.join(DIST, 'heap'));
const { Collector } = require(path.join(DIST, 'gc'));
const { newRef } = require(path.join(DIST, 'weakref', 'reference-type'));

/**
 * Phase boundaries. When BENCH_MARKS is set (bench/profile.js), every
 * boundary is also recorded, so that a CPU profile can be cut down to the
 * timed phases; settle() records its own span, which is left out.
 */
const marks = [];
const recording = !!process.env.BENCH_MARKS;
/**
 * The clock: wall time (process.hrtime), or with BENCH_CLOCK=cpu (bench
 * --cpu) the CPU time of the whole process, every thread (V8's GC helpers
 * included), in ns: on a machine shared with other jobs it counts what the
 * work costs, not how long it waited for a CPU.
 */
const CPU_CLOCK = process.env.BENCH_CLOCK === 'cpu';
const clock = CPU_CLOCK
  ? () => {
      const u = process.cpuUsage();
      return BigInt(u.user + u.system) * 1000n;
    }
  : () => process.hrtime.bigint();
const now = () => {
  const t = clock();
  if (recording) marks.push([process.hrtime.bigint(), 'phase']);
  return t;
};
const per = (t0, t1, n) => Number(t1 - t0) / n;

function check(cond, what) {
  if (!cond) throw new Error(`bench self-check failed: ${what}`);
}

/** A fresh heap with tracing and the registry as asked, automatic collection off. */
function freshHeap(options = {}) {
  const heap = new Heap({ registry: false, trace: false, ...options });
  const collector = new Collector(heap);
  collector.enabled = false;
  // A plain class: no __del__, no __slots__ (instances have a __dict__ and __weakref__).
  const C = heap.newClass('C');
  return { heap, collector, C };
}

// ---- 1. cyclic garbage ------------------------------------------------------

/** A ring of n/2 instances plus n/4 two-object cycles, all unreachable; one full collection. */
function cyclicGarbage(n, options) {
  const { heap, collector, C } = freshHeap(options);
  const ring = Math.floor(n / 2);
  const pairs = Math.floor(n / 4);
  collector.collect();
  const first = heap.newInstance(C);
  let prev = first;
  for (let i = 1; i < ring; i++) {
    const o = heap.newInstance(C);
    prev.setAttr(heap, 'next', o);
    heap.decref(o);
    prev = o;
  }
  prev.setAttr(heap, 'next', first);
  heap.decref(first);
  for (let i = 0; i < pairs; i++) {
    const a = heap.newInstance(C);
    const b = heap.newInstance(C);
    a.setAttr(heap, 'other', b);
    b.setAttr(heap, 'other', a);
    heap.decref(a);
    heap.decref(b);
  }
  const live = heap.liveCount;
  settle();
  const t0 = now();
  const collected = collector.collect();
  const t1 = now();
  const total = ring + 2 * pairs;
  check(collected === total, `collect() returned ${collected}, expected ${total}`);
  check(heap.liveCount === live - total, 'every trash object freed');
  return { collect: per(t0, t1, total) };
}

// ---- 2. a full collection over live objects ----------------------------------

/** A full collection over n live instances (two int attributes) held by one list. Median of 3. */
function liveScan(n, options, reps = 3) {
  const { heap, collector, C } = freshHeap(options);
  const keep = heap.newList();
  for (let i = 0; i < n; i++) {
    const o = heap.newInstance(C);
    o.setAttr(heap, 'a', i);
    o.setAttr(heap, 'b', i);
    keep.append(heap, o);
    heap.decref(o);
  }
  collector.collect(); // settle: everything moves to the oldest generation once
  const times = [];
  for (let r = 0; r < reps; r++) {
    // One instance loses a reference and lives on (a borrowed reference
    // taken and dropped), as in any running program: the full collection
    // cannot take the shortcut of Heap.referenceLost and scans the heap.
    const first = keep.items[0];
    heap.incref(first);
    heap.decref(first);
    settle();
    const t0 = now();
    const collected = collector.collect();
    const t1 = now();
    check(collected === 0, 'nothing to collect');
    times.push(per(t0, t1, n));
  }
  check(keep.items.length === n, 'list intact');
  heap.decref(keep);
  times.sort((a, b) => a - b);
  return { collect: times[Math.floor(times.length / 2)] };
}

// ---- 3. allocate and release -------------------------------------------------

/** n times: an instance gets two int attributes and is released by its refcount. */
function allocRelease(n, options) {
  const { heap, C } = freshHeap(options);
  const live = heap.liveCount;
  settle();
  const t0 = now();
  for (let i = 0; i < n; i++) {
    const o = heap.newInstance(C);
    o.setAttr(heap, 'a', i);
    o.setAttr(heap, 'b', i);
    heap.decref(o);
  }
  const t1 = now();
  check(heap.liveCount === live, 'every instance freed');
  check(heap.allocated >= n, 'allocated');
  return { loop: per(t0, t1, n) };
}

// ---- 4. a chain freed from its head -------------------------------------------

/** A chain of n instances (o.next) freed by dropping its head (the trashcan flattens it). */
function chainFree(n, options) {
  const { heap, C } = freshHeap(options);
  const live = heap.liveCount;
  let node = null;
  for (let i = 0; i < n; i++) {
    const o = heap.newInstance(C);
    o.setAttr(heap, 'next', node);
    if (node !== null) heap.decref(node);
    node = o;
  }
  check(heap.liveCount === live + n, 'chain built');
  settle();
  const t0 = now();
  heap.decref(node);
  const t1 = now();
  check(heap.liveCount === live, 'whole chain freed');
  return { free: per(t0, t1, n) };
}

// ---- 5. memory (run in a child with --expose-gc: bench/memory-child.js) ---------

/**
 * JS heap bytes (plus external ArrayBuffer bytes) per live instance with
 * two int attributes. `gc` must be
 * the real global.gc. The holder array is allocated before the baseline
 * (as the Python side allocates its list first), so it is not counted.
 */
function memory(n, gc) {
  const { heap, C } = freshHeap();
  const keep = new Array(n).fill(null);
  gc();
  gc();
  // heapUsed + external: typed-array (ArrayBuffer) storage is outside the
  // JS heap, so a struct-of-arrays layout is still counted.
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external;
  };
  const before = used();
  for (let i = 0; i < n; i++) {
    const o = heap.newInstance(C);
    o.setAttr(heap, 'a', 1);
    o.setAttr(heap, 'b', 2);
    keep[i] = o;
  }
  gc();
  gc();
  const after = used();
  check(keep[n - 1].getAttr('b') === 2 && heap.liveCount >= n, 'objects alive');
  return { bytes: (after - before) / n };
}

// ---- 6. weakrefs with callbacks ---------------------------------------------

/** n refs with a callback are created, then their referents dropped (the callbacks run). */
function weakrefCallbacks(n, options) {
  const { heap, C } = freshHeap(options);
  let calls = 0;
  const cb = heap.newHostFunction('cb', () => {
    calls++;
    return null;
  });
  const objs = heap.newList();
  for (let i = 0; i < n; i++) {
    const o = heap.newInstance(C);
    objs.append(heap, o);
    heap.decref(o);
  }
  const refs = heap.newList(new Array(n).fill(null));
  const items = objs.items;
  settle();
  const t0 = now();
  for (let i = 0; i < n; i++) {
    const r = newRef(heap, items[i], cb);
    refs.setItem(heap, i, r);
    heap.decref(r);
  }
  const t1 = now();
  heap.decref(objs); // list_dealloc: referents die last to first, each callback runs
  const t2 = now();
  check(calls === n, `${calls} callbacks ran, expected ${n}`);
  check(refs.items[0].referent === null, 'refs are dead');
  heap.decref(refs);
  heap.decref(cb);
  return { create: per(t0, t1, n), drop: per(t1, t2, n), total: per(t0, t2, n) };
}

// ---- 7. weak dictionaries ----------------------------------------------------

/**
 * The weak dictionaries are being added to src/weakref/ concurrently; their
 * API is looked up at run time. Returns { api } or { reason } (why skipped).
 */
function weakDictApi() {
  const fs = require('fs');
  const found = {};
  const errors = [];
  for (const c of ['index', 'weak-value-dictionary', 'weak-key-dictionary']) {
    const file = path.join(DIST, 'weakref', `${c}.js`);
    if (!fs.existsSync(file)) continue;
    try {
      const mod = require(file);
      for (const [k, v] of Object.entries(mod)) if (!(k in found)) found[k] = v;
    } catch (e) {
      errors.push(`dist/weakref/${c}.js failed to load: ${e.message.split('\n')[0]}`);
    }
  }
  const wvd = found.newWeakValueDictionary;
  const wkd = found.newWeakKeyDictionary;
  if (typeof wvd !== 'function' || typeof wkd !== 'function') {
    return {
      reason:
        errors.join('; ') ||
        'WeakValueDictionary/WeakKeyDictionary not built yet (no newWeakValueDictionary/newWeakKeyDictionary ' +
          'in dist/weakref: they are being added to src/weakref/)',
    };
  }
  return { api: { newWeakValueDictionary: wvd, newWeakKeyDictionary: wkd } };
}

/** WeakValueDictionary, int keys, instance values: insert, look up, drop every value until len() is 0. */
function weakValueDict(n, options) {
  const { api, reason } = weakDictApi();
  if (!api) return { skipped: reason };
  const { heap, C } = freshHeap(options);
  const vals = heap.newList();
  for (let i = 0; i < n; i++) {
    const o = heap.newInstance(C);
    vals.append(heap, o);
    heap.decref(o);
  }
  const items = vals.items;
  const d = api.newWeakValueDictionary(heap);
  settle();
  const t0 = now();
  for (let i = 0; i < n; i++) d.setItem(heap, i, items[i]);
  const t1 = now();
  for (let i = 0; i < n; i++) heap.decref(d.getItem(heap, i));
  const t2 = now();
  heap.decref(vals); // every value dies; KeyedRef callbacks remove the entries
  const len = d.len(heap);
  const t3 = now();
  check(len === 0, `len() is ${len} after every value died`);
  heap.decref(d);
  return { insert: per(t0, t1, n), lookup: per(t1, t2, n), drop: per(t2, t3, n) };
}

/** WeakKeyDictionary, instance keys, int values: insert, look up, drop every key until len() is 0. */
function weakKeyDict(n, options) {
  const { api, reason } = weakDictApi();
  if (!api) return { skipped: reason };
  const { heap, C } = freshHeap(options);
  const keys = heap.newList();
  for (let i = 0; i < n; i++) {
    const o = heap.newInstance(C);
    keys.append(heap, o);
    heap.decref(o);
  }
  const items = keys.items;
  const d = api.newWeakKeyDictionary(heap);
  settle();
  const t0 = now();
  for (let i = 0; i < n; i++) d.setItem(heap, items[i], i);
  const t1 = now();
  for (let i = 0; i < n; i++) heap.decref(d.getItem(heap, items[i]));
  const t2 = now();
  heap.decref(keys); // every key dies; the ref callbacks remove the entries
  const len = d.len(heap);
  const t3 = now();
  check(len === 0, `len() is ${len} after every key died`);
  heap.decref(d);
  return { insert: per(t0, t1, n), lookup: per(t1, t2, n), drop: per(t2, t3, n) };
}

// ---- helpers ----------------------------------------------------------------

/**
 * Allocate and free every kind of heap object a real program uses (as the
 * scenario interpreter does), in a throwaway heap, so the JIT's inline
 * caches on the shared PyObject code paths see many object shapes, as in
 * real use. Used by the `+mixed` variants.
 */
function polluteTypes() {
  const heap = new Heap({ registry: false });
  const collector = new Collector(heap);
  collector.enabled = false;
  const C = heap.newClass('Mixed');
  const fn = heap.newHostFunction('f', () => null);
  for (let i = 0; i < 2000; i++) {
    const o = heap.newInstance(C);
    const parts = [heap.newList([o]), heap.newTuple([o]), heap.newDict(), heap.newBoundMethod(fn, o), newRef(heap, o), newRef(heap, o, fn)];
    const K = heap.newClass('K' + (i % 3), [C]);
    parts.push(K, heap.newInstance(K), heap.newHostFunction('g', () => null, [o]));
    for (const p of parts) heap.decref(p);
    heap.decref(o);
  }
  heap.decref(fn);
  heap.decref(C);
  collector.collect();
}

let hostGc = null;
/** A full JS GC before a timed phase, so the previous phase's garbage is not billed to it. */
function settle() {
  if (hostGc === null) {
    try {
      hostGc = global.gc || null;
      if (hostGc === null) {
        require('v8').setFlagsFromString('--expose-gc');
        hostGc = require('vm').runInNewContext('gc');
      }
    } catch {
      hostGc = () => {};
    }
  }
  if (recording) marks.push([process.hrtime.bigint(), 'settle-start']);
  hostGc();
  if (recording) marks.push([process.hrtime.bigint(), 'settle-end']);
}

module.exports = {
  cyclicGarbage,
  liveScan,
  allocRelease,
  chainFree,
  memory,
  weakrefCallbacks,
  weakValueDict,
  weakKeyDict,
  weakDictApi,
  polluteTypes,
  settle,
  marks,
};
