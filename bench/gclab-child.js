'use strict';
/**
 * Runs one gclab workload in this (fresh) node process and prints its
 * figures as one JSON line: {"phases": {...}} or {"skipped": reason}.
 *
 *   node --expose-gc bench/gclab-child.js NAME N WARMUP_N [--trace] [--mixed]
 *
 * bench/run.js starts one of these per workload so that no workload
 * inherits another's JIT feedback or JS heap (see docs/performance.md:
 * the shared PyObject code is up to 7x slower once it has seen many object
 * shapes, so running workloads one after another in one process made the
 * figures depend on their order). The timing itself is in-process, with
 * process.hrtime.bigint() around the measured phase only.
 */
const w = require('./workloads');

const FUNCS = {
  cyclic_garbage: w.cyclicGarbage,
  live_scan: w.liveScan,
  alloc_release: w.allocRelease,
  chain_free: w.chainFree,
  weakref_callbacks: w.weakrefCallbacks,
  weak_value_dict: w.weakValueDict,
  weak_key_dict: w.weakKeyDict,
};

function main() {
  const [name, nArg, warmArg, ...flags] = process.argv.slice(2);
  const n = Number(nArg);
  const warm = Number(warmArg || 0);
  const trace = flags.includes('--trace');
  const mixed = flags.includes('--mixed');
  let result;
  if (name === 'memory') {
    if (typeof global.gc !== 'function') throw new Error('the memory workload needs node --expose-gc');
    result = w.memory(n, global.gc);
  } else {
    const fn = FUNCS[name];
    if (!fn) throw new Error(`unknown workload ${name}`);
    if (mixed) w.polluteTypes();
    const options = { trace };
    if (warm > 0) {
      const r = fn(warm, options);
      if (r.skipped) return print({ skipped: r.skipped });
    }
    w.settle();
    w.marks.length = 0; // only the measured run's phase boundaries
    result = fn(n, options);
  }
  if (result.skipped) return print({ skipped: result.skipped });
  const out = { phases: result };
  if (process.env.BENCH_MARKS) out.marks = w.marks.map(([t, kind]) => [String(t), kind]);
  print(out);
}

function print(obj) {
  process.stdout.write(JSON.stringify(obj) + '\n');
}

main();
