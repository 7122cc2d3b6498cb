#!/usr/bin/env node
'use strict';
/**
 * CPU profile of one gclab workload's timed phases (the figures behind the
 * analysis in docs/performance.md).
 *
 *   node bench/profile.js NAME [--n N] [--top K] [--trace] [--mixed] [--no-inline] [--keep DIR] [--phase NAME]
 *
 * --no-inline runs V8 without inlining (slower, but time is charged to the
 * function that really spends it instead of the caller it was inlined into).
 * --phase NAME keeps only that phase's window (insert, lookup, drop, create, ...).
 * Runs bench/gclab-child.js under `node --cpu-prof` (default n: the
 * --quick size), keeps only the samples taken between the measured run's
 * phase boundaries (warm-up, graph building and the settling JS GCs are
 * left out), and prints the functions with the most self time and the
 * most inclusive time. "(garbage collector)" is V8's own GC.
 * Build first (npm run build, or npm run bench once).
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const QUICK_N = {
  cyclic_garbage: 2e5,
  live_scan: 2e5,
  alloc_release: 1e5,
  chain_free: 1e5,
  weakref_callbacks: 1e5,
  weak_value_dict: 1e5,
  weak_key_dict: 1e5,
};

function main() {
  const argv = process.argv.slice(2);
  const name = argv[0];
  if (!name || !(name in QUICK_N)) {
    process.stderr.write(`usage: node bench/profile.js NAME [--n N] [--top K] [--trace] [--mixed] [--no-inline] [--keep DIR] [--phase NAME]\n  NAME: ${Object.keys(QUICK_N).join(', ')}\n`);
    process.exit(2);
  }
  let n = QUICK_N[name];
  let top = 15;
  let keep = null;
  let phase = null;
  const flags = [];
  const nodeFlags = [];
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '--n') n = Number(argv[++i]);
    else if (argv[i] === '--top') top = Number(argv[++i]);
    else if (argv[i] === '--keep') keep = argv[++i];
    else if (argv[i] === '--phase') phase = argv[++i];
    else if (argv[i] === '--trace' || argv[i] === '--mixed') flags.push(argv[i]);
    else if (argv[i] === '--no-inline') nodeFlags.push('--no-turbo-inlining');
    else throw new Error(`unknown option ${argv[i]}`);
  }
  const dir = keep || fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-prof-'));
  fs.mkdirSync(dir, { recursive: true });
  const before = new Set(fs.readdirSync(dir));
  const r = spawnSync(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '100', ...nodeFlags, '--expose-gc', '--max-old-space-size=6144', path.join(__dirname, 'gclab-child.js'), name, String(n), String(Math.round(n / 10)), ...flags],
    { encoding: 'utf8', env: { ...process.env, BENCH_MARKS: '1' }, maxBuffer: 64 << 20 },
  );
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  const out = JSON.parse(r.stdout.trim().split('\n').pop());
  if (out.skipped) {
    process.stdout.write(`skipped: ${out.skipped}\n`);
    return;
  }
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  if (!keep) fs.rmSync(dir, { recursive: true, force: true });

  // Windows (µs, the profiler's monotonic clock, same base as hrtime) of the timed phases, minus settle() spans.
  const marks = out.marks.map(([t, kind]) => [Number(BigInt(t) / 1000n), kind]);
  const phaseMarks = marks.filter((m) => m[1] === 'phase').map((m) => m[0]);
  let lo = Math.min(...phaseMarks);
  let hi = Math.max(...phaseMarks);
  if (phase !== null) {
    // The k-th phase reported is the window between the k-th and (k+1)-th marks (insert, lookup, drop).
    const k = Object.keys(out.phases).indexOf(phase);
    if (k < 0 || k + 1 >= phaseMarks.length) throw new Error(`no phase ${phase} in ${Object.keys(out.phases).join(', ')}`);
    lo = phaseMarks[k];
    hi = phaseMarks[k + 1];
  }
  const gaps = [];
  for (let i = 0; i < marks.length; i++) if (marks[i][1] === 'settle-start') gaps.push([marks[i][0], marks[i + 1][0]]);
  const inWindow = (t) => t >= lo && t <= hi && !gaps.some(([a, b]) => t >= a && t <= b);

  const nodes = new Map(profile.nodes.map((nd) => [nd.id, nd]));
  const parent = new Map();
  for (const nd of profile.nodes) for (const c of nd.children || []) parent.set(c, nd.id);
  const label = (nd) => {
    const cf = nd.callFrame;
    const file = cf.url ? cf.url.replace(/^.*\/(dist|bench)\//, '$1/') : '';
    return `${cf.functionName || '(anonymous)'}${file ? ` ${file}:${cf.lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const incl = new Map();
  let t = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if (!inWindow(t)) continue;
    total += dt;
    let id = profile.samples[i];
    const leaf = label(nodes.get(id));
    self.set(leaf, (self.get(leaf) || 0) + dt);
    const seen = new Set();
    while (id !== undefined) {
      const l = label(nodes.get(id));
      if (!seen.has(l)) {
        seen.add(l);
        incl.set(l, (incl.get(l) || 0) + dt);
      }
      id = parent.get(id);
    }
  }
  const ms = (us) => (us / 1000).toFixed(1).padStart(8);
  const pct = (us) => ((100 * us) / total).toFixed(1).padStart(5);
  const show = (title, m) => {
    process.stdout.write(`${title}\n`);
    const rows = [...m].filter(([k]) => !/^\((root|program|idle)\)|node:internal|gclab-child\.js/.test(k) || title.startsWith('self')).sort((a, b) => b[1] - a[1]);
    for (const [k, v] of rows.slice(0, top)) process.stdout.write(`${ms(v)} ms ${pct(v)}%  ${k}\n`);
  };
  process.stdout.write(`${name} n=${n} ${flags.join(' ')}: ${JSON.stringify(out.phases)}\n`);
  process.stdout.write(`profiled window: ${(total / 1000).toFixed(1)} ms of timed phases (measured ${((hi - lo) / 1000).toFixed(1)} ms)\n`);
  show('self time:', self);
  show('inclusive time:', incl);
}

main();
