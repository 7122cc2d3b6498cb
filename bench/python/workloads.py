"""CPython side of `npm run bench` (see bench/run.js and docs/performance.md).

Usage: python3 bench/python/workloads.py WORKLOAD N [WARMUP_N]

Builds the same object graph as bench/workloads.js, times only the measured
phase with time.perf_counter() (gc disabled, as the gclab side disables
automatic collection), runs a warm-up at WARMUP_N first, and prints one JSON
object: {"workload": ..., "n": ..., "unit": ..., "phases": {name: value}}.
Values are per object/ref/entry (ns) or bytes per object.
"""
import gc
import json
import os
import sys
import time
import tracemalloc
import weakref

# Wall time, or with BENCH_CLOCK=cpu (bench --cpu) the process's CPU time, as on the gclab side.
perf = time.process_time if os.environ.get("BENCH_CLOCK") == "cpu" else time.perf_counter


class C:
    """A plain class: no __del__, no __slots__ (instances have inline values and __weakref__)."""


def per(t0, t1, n):
    return (t1 - t0) * 1e9 / n


def cyclic_garbage(n):
    """A ring of n/2 instances plus n/4 two-object cycles, all unreachable; one full collection."""
    ring = n // 2
    pairs = n // 4
    gc.collect()  # nothing but our graph may be garbage
    first = C()
    prev = first
    for _ in range(ring - 1):
        o = C()
        prev.next = o
        prev = o
    prev.next = first
    del first, prev, o
    for _ in range(pairs):
        a = C()
        b = C()
        a.other = b
        b.other = a
    del a, b
    t0 = perf()
    collected = gc.collect()
    t1 = perf()
    assert collected == ring + 2 * pairs, collected
    return {"collect": per(t0, t1, ring + 2 * pairs)}


def live_scan(n, reps=3):
    """A full collection over n live instances (two int attributes) held by one list. Median of reps."""
    keep = [None] * n
    for i in range(n):
        o = C()
        o.a = i
        o.b = i
        keep[i] = o
    del o
    gc.collect()  # settle: everything moves to the oldest generation once
    times = []
    for _ in range(reps):
        # The same reference taken and dropped as on the gclab side (which
        # would otherwise skip the scan: no object lost a reference).
        first = keep[0]
        del first
        t0 = perf()
        gc.collect()
        t1 = perf()
        times.append(per(t0, t1, n))
    times.sort()
    return {"collect": times[len(times) // 2]}


def alloc_release(n):
    """n times: an instance gets two int attributes and is released by its refcount."""
    t0 = perf()
    for i in range(n):
        o = C()
        o.a = i
        o.b = i
        del o
    t1 = perf()
    return {"loop": per(t0, t1, n)}


def chain_free(n):
    """A chain of n instances (o.next) freed by dropping its head (the trashcan flattens it)."""
    node = None
    for _ in range(n):
        o = C()
        o.next = node
        node = o
    del o
    t0 = perf()
    node = None
    t1 = perf()
    return {"free": per(t0, t1, n)}


def memory(n):
    """tracemalloc's traced-memory growth for n instances with two small int attributes, per instance.

    The holder list is allocated before the baseline, so only the instances
    (object, GC header, pre-header, inline values) are counted. Small ints
    (1, 2) are cached singletons: like gclab's immediates they cost nothing.
    """
    keep = [None] * n
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for i in range(n):
        o = C()
        o.a = 1
        o.b = 2
        keep[i] = o
    del o
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    # For the record: distinct ints (o.a = o.b = i) add one int object each.
    return {"bytes": (after - before) / n}


def weakref_callbacks(n):
    """n refs with a callback are created, then their referents dropped (the callbacks run)."""
    calls = [0]

    def cb(r):
        pass

    objs = [None] * n
    for i in range(n):
        objs[i] = C()
    refs = [None] * n
    t0 = perf()
    for i in range(n):
        refs[i] = weakref.ref(objs[i], cb)
    t1 = perf()
    del objs  # list_dealloc: referents die last to first, each callback runs
    t2 = perf()
    assert refs[0]() is None
    return {"create": per(t0, t1, n), "drop": per(t1, t2, n), "total": per(t0, t2, n)}


def weak_value_dict(n):
    """WeakValueDictionary: int keys, instance values. Insert, look up, drop every value until len() == 0."""
    vals = [None] * n
    for i in range(n):
        vals[i] = C()
    d = weakref.WeakValueDictionary()
    t0 = perf()
    for i in range(n):
        d[i] = vals[i]
    t1 = perf()
    for i in range(n):
        d[i]
    t2 = perf()
    del vals  # every value dies; KeyedRef callbacks remove the entries
    left = len(d)
    t3 = perf()
    assert left == 0, left
    return {"insert": per(t0, t1, n), "lookup": per(t1, t2, n), "drop": per(t2, t3, n)}


def weak_key_dict(n):
    """WeakKeyDictionary: instance keys, int values. Insert, look up, drop every key until len() == 0."""
    keys = [None] * n
    for i in range(n):
        keys[i] = C()
    d = weakref.WeakKeyDictionary()
    t0 = perf()
    for i in range(n):
        d[keys[i]] = i
    t1 = perf()
    for i in range(n):
        d[keys[i]]
    t2 = perf()
    del keys  # every key dies; the ref callbacks remove the entries
    left = len(d)
    t3 = perf()
    assert left == 0, left
    return {"insert": per(t0, t1, n), "lookup": per(t1, t2, n), "drop": per(t2, t3, n)}


WORKLOADS = {
    "cyclic_garbage": (cyclic_garbage, "ns/object"),
    "live_scan": (live_scan, "ns/object"),
    "alloc_release": (alloc_release, "ns/object"),
    "chain_free": (chain_free, "ns/object"),
    "memory": (memory, "bytes/object"),
    "weakref_callbacks": (weakref_callbacks, "ns/ref"),
    "weak_value_dict": (weak_value_dict, "ns/entry"),
    "weak_key_dict": (weak_key_dict, "ns/entry"),
}


def main():
    name = sys.argv[1]
    n = int(sys.argv[2])
    warm = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    fn, unit = WORKLOADS[name]
    gc.disable()
    if warm > 0 and name != "memory":
        fn(warm)
        gc.collect()
    phases = fn(n)
    print(json.dumps({"workload": name, "n": n, "unit": unit, "phases": phases}))


if __name__ == "__main__":
    main()
