#!/usr/bin/env python3
"""Write src/lang/interp/cpython-import-costs.ts: what importing each module
of gclab's stdlib costs CPython's collector, measured with the python3 that
runs this (CPython 3.11.7, the machine gclab reproduces).

For every module gclab ships (src/lang/stdlib) that python3's start-up has
not imported, a fresh `python3` runs

    import gc; gc.collect()
    import NAME
    print(gc.get_count(), gc.collect(), sys.modules)

From the collected state (counts (0, 0, 0), free lists empty) the import
leaves counts (c0, c1, c2): c1 collections of generation 0 and c2 of
generation 1 ran during it, so it made `c0 + 701 * c1 + 701 * 11 * c2`
allocations more than it freed (threshold 700: the 701st allocation starts
a collection; a generation-1 collection every 11th). The modules it brought
into sys.modules (beyond the start-up ones) cost nothing when imported later. Usage:
python3 scripts/gen-import-costs.py"""
import ast
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STDLIB = os.path.join(HERE, '..', 'src', 'lang', 'stdlib')

startup = set(subprocess.run(
    ['python3', '-c', 'import sys; print(" ".join(sys.modules))'],
    capture_output=True, text=True, check=True).stdout.split())

names = []
for dirpath, _, files in os.walk(STDLIB):
    rel = os.path.relpath(dirpath, STDLIB)
    pkg = '' if rel == '.' else rel.replace(os.sep, '.')
    for f in files:
        if not f.endswith('.py'):
            continue
        mod = f[:-3]
        name = pkg if mod == '__init__' else (pkg + '.' + mod if pkg else mod)
        if name and name not in startup and not name.startswith('test') and not name.endswith('__main__'):
            names.append(name)
# Modules gclab does not ship but whose import CPython's stdlib makes on
# gclab's behalf: traceback's caret anchors import ast on first use
# (_gclab.cpython_import replays it).
if 'ast' not in names:
    names += ['ast']
names.sort()

PROBE = '''
import gc
gc.collect()
import %s
counts = gc.get_count()
import sys
print(repr([list(counts), gc.collect(), sorted(sys.modules)]))
'''
PROBE_AT_START = '''
import gc
before = gc.get_count()
import %s
after = gc.get_count()
print(repr([list(before), list(after)]))
'''


GARBAGE_PROBE = '''
import gc
log = []
def cb(phase, info):
    if phase == 'stop':
        log.append(info['collected'])
        gc.set_threshold(1000000000)
gc.collect()
gc.callbacks.append(cb)
gc.set_threshold(%d)
import %s
gc.set_threshold(1000000000)
gc.callbacks.remove(cb)
young = set(map(id, gc.get_objects(0)))
gc.set_debug(gc.DEBUG_SAVEALL)
found = gc.collect()
made_late = sum(1 for o in gc.garbage if id(o) in young)
print(repr([log, made_late, found - made_late]))
'''
START_PROBE = '''
import gc
gc.collect()
gc.set_threshold(1000000000)
print(gc.get_count()[0])
'''


def garbage_probe(name, t):
    """Import `name` from a full collection's state with one automatic collection,
    at the first allocation that takes the count above `t`: (what that collection
    found, and of what a full collection finds after the import, the objects in
    generation 0 and those in the older ones)."""
    r = subprocess.run(['python3', '-c', GARBAGE_PROBE % (t, name)], capture_output=True, text=True, check=True)
    log, young, old = ast.literal_eval(r.stdout.strip().splitlines()[-1])
    # No collection during the import: one at its end would find all of it.
    return (log[0], young, old) if log else (young, 0, 0)


def garbage_events(name, net):
    """When the import's cyclic garbage is made and when it becomes garbage, as
    offsets in its `net` allocations (a collection at offset `at` is one that
    starts when the count passes `at`): a collection at offset t finds the
    garbage whose last reference went before t (`dies`); everything the
    import makes after t is in generation 0 when it ends, so the garbage a
    full collection then finds there was made after t (`born`); it finds the
    rest in the older generations, less the tuples and dicts of atomic values
    made before t, which the collection at t untracked (`leaf`: never found
    again). Step functions
    of t, located by bisection to RESOLUTION allocations."""
    pre = int(subprocess.run(['python3', '-c', START_PROBE], capture_output=True, text=True, check=True).stdout)
    cache = {}

    def probe(at):
        if at not in cache:
            cache[at] = garbage_probe(name, at + pre)
        return cache[at]

    steps = []

    def bisect(lo, hi):
        if probe(lo) == probe(hi):
            return
        if hi - lo <= RESOLUTION:
            steps.append(hi)
            return
        mid = (lo + hi) // 2
        bisect(lo, mid)
        bisect(mid, hi)

    end = net + 2 * RESOLUTION
    bisect(0, end)
    # Differences between consecutive probes, on the monotone envelopes (a
    # cycle split by a collection can leave part of itself to reference
    # counting, so the raw numbers may step back by a few).
    events = []
    d, y, o = probe(0)
    everything = d + y + o
    dead, young, leaves = 0, y, 0
    for at in sorted(cache):
        d, y, o = cache[at]
        lost = everything - d - y - o
        if y < young:
            made = young - y
            leaf = max(0, min(made, lost - leaves))
            if made > leaf:
                events.append([at, 'born', made - leaf])
            if leaf:
                events.append([at, 'leaf', leaf])
                leaves += leaf
            young = y
        if d > dead:
            events.append([at, 'dies', d - dead])
            dead = d
    # What is still referenced when the import ends becomes garbage there
    # (datetime's pure-Python classes, replaced by _datetime's at its end).
    total = sum(n for _, kind, n in events if kind != 'dies')
    if dead < total:
        events.append([net, 'dies', total - dead])
    return events


RESOLUTION = 4


def total(counts):
    """The allocations behind counts (c0, c1, c2) since the last full collection."""
    c0, c1, c2 = counts
    return c0 + 701 * c1 + 701 * 11 * c2


# Incremental: `python3 scripts/gen-import-costs.py NAME...` measures only
# those modules and keeps the other rows of the existing table;
# `--missing` measures the modules the table lacks (the whole run takes
# over 15 minutes on a loaded machine).
OUT = os.path.join(HERE, '..', 'src', 'lang', 'interp', 'cpython-import-costs.ts')
kept = {}
wanted = [a for a in sys.argv[1:] if not a.startswith('--')]
if wanted or '--missing' in sys.argv:
    with open(OUT) as f:
        for line in f:
            m = re.match(r"  \['([^']+)', \{", line)
            if m:
                kept[m.group(1)] = line
    if '--missing' in sys.argv:
        wanted += [n for n in names if n not in kept]
    for n in wanted:
        kept.pop(n, None)
    names = sorted(set(wanted))

rows = []
for name in names:
    r = subprocess.run(['python3', '-c', PROBE % name], capture_output=True, text=True)
    if r.returncode != 0:
        continue
    counts, garbage, modules = ast.literal_eval(r.stdout.strip().splitlines()[-1])
    r = subprocess.run(['python3', '-c', PROBE_AT_START % name], capture_output=True, text=True)
    before, after = ast.literal_eval(r.stdout.strip().splitlines()[-1])
    brought = [m for m in modules if m not in startup and m not in (name, 'gc', '__main__')]
    disabled = subprocess.run(['python3', '-c', 'import gc; gc.collect(); gc.disable(); import %s; print(gc.collect())' % name],
                              capture_output=True, text=True, check=True)
    events = garbage_events(name, total(counts)) if int(disabled.stdout) > 0 else []
    rows.append((name, total(counts), total(after) - total(before), garbage, brought, events))

with open(OUT, 'w') as f:
    f.write('''/**
 * What importing a module python3's start-up has not imported costs
 * CPython's collector (generated by scripts/gen-import-costs.py with
 * CPython 3.11.7; do not edit): `net`, the GC allocations the import made
 * beyond what it freed, from a full collection's state (empty free lists);
 * `netAtStart`, the same from the state at __main__'s first statement, where
 * the free lists hold MAIN_START_FREE_LISTS and serve some of them; `garbage`, the cyclic garbage it left for the next
 * collection from that state; `cycles`, when its cyclic garbage is made and
 * when it becomes garbage, as offsets in the `net` allocations: `[at, 'born', n]`
 * (n objects made at `at`), `[at, 'leaf', n]` (n made at `at` that hold no
 * reference a cycle could go through, tuples and dicts of atomic values,
 * untracked by the first collection they survive), `[at, 'dies', n]` (the n newest of them lose their
 * last outside reference before allocation `at`; ImportSystem replays them as
 * objects, see docs/gc.md 3.1); `brings`, the
 * other modules the import put in sys.modules (their own import is a
 * lookup afterwards). ImportSystem replays `net` as allocations when
 * gclab first loads the module (its own source allocates differently).
 */
export interface CpythonImportCost {
  readonly net: number;
  readonly netAtStart: number;
  readonly garbage: number;
  readonly cycles: readonly (readonly [number, 'born' | 'leaf' | 'dies', number])[];
  readonly brings: readonly string[];
}

export const CPYTHON_IMPORT_COSTS: ReadonlyMap<string, CpythonImportCost> = new Map([
''')
    lines = dict(kept)
    for name, net, net_at_start, garbage, brought, events in rows:
        cycles = '[' + ', '.join("[%d, '%s', %d]" % tuple(e) for e in events) + ']'
        lines[name] = '  [%s, { net: %d, netAtStart: %d, garbage: %d, cycles: %s, brings: %s }],\n' % (json.dumps(name).replace('"', "'"), net, net_at_start, garbage, cycles, json.dumps(brought).replace('"', "'").replace("','", "', '"))
    for name in sorted(lines):
        f.write(lines[name])
    f.write(']);\n')
print(len(rows), 'modules measured,', len(kept), 'kept')
