#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: gclab against CPython 3.11 on the same object graphs.
 *
 *   npm run bench                 every workload, full size, scale rows up to
 *                                 1e6 objects (a few minutes on 2 cores)
 *   npm run bench -- --quick      n / 10 (scale rows unchanged), a smoke run
 *   npm run bench -- --scale-1e7  also the 1e7-object scale rows (several GB
 *                                 of memory, a few more minutes)
 *   npm run bench -- --json       one JSON object per row on stdout:
 *                                 {workload, n, gclab, cpython, unit, ratio,
 *                                 target, met} (+ base_ratio on variant and
 *                                 scale rows, skipped when a side could not run)
 *   npm run bench -- --only NAME  only NAME (comma-separated list allowed);
 *                                 NAME also selects its +trace/+mixed variants;
 *                                 NAME* every workload starting with NAME
 *                                 (--only 'scenario_cpu_*': the CPU-bound programs)
 *   npm run bench -- --repeat K   run every workload K times (alternating gclab
 *                                 and CPython) and report each side's median
 *   npm run bench -- --min        with --repeat: the best (lowest) figure
 *                                 instead of the median, as timeit does
 *   npm run bench -- --cpu        CPU time (every thread of the process, or of
 *                                 the scenario processes) instead of wall time,
 *                                 on both sides: for a machine shared with
 *                                 other jobs, where wall time mostly measures
 *                                 waiting for a CPU
 *   npm run bench -- --list       the workload names
 *
 * Each gclab workload runs in a fresh `node --expose-gc` child
 * (bench/gclab-child.js) on a fresh Heap({ registry: false }) with automatic
 * collection off, timed there with process.hrtime.bigint(); each CPython
 * workload runs in a fresh `python3 bench/python/workloads.py` with
 * gc.disable(), timed with time.perf_counter(). Both sides warm up at n/10
 * first. The interpreter is PYTHON (default python3) resolved once to its
 * real executable (sys.executable), so a version manager's shim (pyenv) is
 * not timed. See docs/performance.md.
 *
 * dist/ is rebuilt first (npm run build) when it is missing or older than
 * src/heap, src/gc or src/weakref.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const PYTHON_REQUESTED = process.env.PYTHON || 'python3';
/** The real interpreter behind PYTHON (set by resolvePython() before any workload runs). */
let PYTHON = PYTHON_REQUESTED;
const PY_SCRIPT = path.join(__dirname, 'python', 'workloads.py');
const CHILD = path.join(__dirname, 'gclab-child.js');
/** The gclab command the scenario rows run; GCLAB_BIN points them at another build (A/B experiments). */
const GCLAB_BIN = process.env.GCLAB_BIN ? path.resolve(process.env.GCLAB_BIN) : path.join(ROOT, 'bin', 'gclab.js');

/**
 * The workloads. `phases`: the gclab/CPython phase names reported, each as
 * its own row (NAME.phase) when there are several. `target`: the issue's
 * goal for the row: {ratio: x} (gclab/CPython at most x) or {max: x} (an
 * absolute figure). Variants (`base`) reuse their base's CPython figure.
 */
const WORKLOADS = [
  { name: 'cyclic_garbage', n: 2e6, unit: 'ns/object', phases: ['collect'], target: { ratio: 0.5 } },
  { name: 'live_scan', n: 2e6, unit: 'ns/object', phases: ['collect'], target: { ratio: 0.5 } },
  { name: 'alloc_release', n: 1e6, unit: 'ns/object', phases: ['loop'], target: { ratio: 0.5 } },
  { name: 'chain_free', n: 1e6, unit: 'ns/object', phases: ['free'], target: { ratio: 1 } },
  { name: 'memory', n: 1e6, unit: 'bytes/object', phases: ['bytes'], target: { max: 88 } },
  { name: 'weakref_callbacks', n: 1e6, unit: 'ns/ref', phases: ['create', 'drop', 'total'], target: { ratio: 1 } },
  { name: 'weak_value_dict', n: 1e6, unit: 'ns/entry', phases: ['insert', 'lookup', 'drop'], target: { ratio: 1 } },
  { name: 'weak_key_dict', n: 1e6, unit: 'ns/entry', phases: ['insert', 'lookup', 'drop'], target: { ratio: 1 } },
  // Variants: tracing on (Heap({ trace: true })), and every object kind allocated first.
  // The +trace rows' target is their cost over the same row untraced (base_ratio).
  { name: 'cyclic_garbage+trace', base: 'cyclic_garbage', flags: ['--trace'], target: { overBase: 1.5 } },
  { name: 'alloc_release+trace', base: 'alloc_release', flags: ['--trace'], target: { overBase: 1.5 } },
  { name: 'alloc_release+mixed', base: 'alloc_release', flags: ['--mixed'] },
  // Scale rows: the same workload at fixed sizes (not changed by --quick);
  // the target is a cost per object within 1.5x of the smallest size's
  // (base_ratio), i.e. flat as the heap grows. The 1e7 rows need
  // --scale-1e7. Every size warms up at 1e4 on both sides.
  ...[1e5, 1e6, 1e7].map((n) => ({
    name: `scale_collect@${n.toExponential(0).replace('e+', 'e')}`,
    workload: 'cyclic_garbage',
    n,
    fixed: true,
    warm: 1e4,
    unit: 'ns/object',
    phases: ['collect'],
    scaleOf: n === 1e5 ? null : 'scale_collect@1e5',
    target: n === 1e5 ? null : { overBase: 1.5 },
    huge: n >= 1e7,
  })),
  ...[1e5, 1e6, 1e7].map((n) => ({
    name: `scale_memory@${n.toExponential(0).replace('e+', 'e')}`,
    workload: 'memory',
    n,
    fixed: true,
    warm: 0,
    unit: 'bytes/object',
    phases: ['bytes'],
    scaleOf: n === 1e5 ? null : 'scale_memory@1e5',
    target: n === 1e5 ? null : { overBase: 1.5 },
    huge: n >= 1e7,
  })),
  // Scenario workloads: whole `gclab run` processes beside whole `python3`
  // processes on the same .py file (bench/scenarios/*.py, N substituted).
  // Wall-clock time per run, start-up included.
  { name: 'scenario_alloc_drop', kind: 'scenario', script: 'alloc_drop.py', n: 1e6, unit: 'ms/run', phases: ['run'], target: { ratio: 1.5 } },
  { name: 'scenario_cycles', kind: 'scenario', script: 'cycles.py', n: 1e5, unit: 'ms/run', phases: ['run'], target: { ratio: 1.5 } },
  { name: 'scenario_callbacks', kind: 'scenario', script: 'callbacks.py', n: 1e5, unit: 'ms/run', phases: ['run'], target: { ratio: 1.5 } },
  { name: 'scenario_startup', kind: 'scenario', script: 'startup.py', n: 1, fixed: true, unit: 'ms/run', phases: ['run'], target: { ratio: 1 } },
  // Importing the stdlib modules ordinary programs use (round 8 of issue 8).
  { name: 'scenario_imports', kind: 'scenario', script: 'imports.py', n: 1, fixed: true, unit: 'ms/run', phases: ['run'], target: { ratio: 1.5 } },
  // CPU-bound ordinary programs (round 11 of issue 8): the evaluator's own
  // speed on arithmetic, strings, dicts and lists, user classes, closures,
  // comprehensions, generators and recursion. N is fixed by each file
  // (python3 spends 0.1-0.3 s of CPU on each besides its start-up).
  ...['arith', 'strings', 'dicts', 'objects', 'closures', 'comprehensions', 'generators', 'recursion'].map((k) => ({
    name: `scenario_cpu_${k}`,
    kind: 'scenario',
    script: `cpu_${k}.py`,
    n: 1,
    fixed: true,
    keepN: true,
    unit: 'ms/run',
    phases: ['run'],
    target: { ratio: 1.5 },
  })),
];
for (const w of WORKLOADS) {
  if (!w.base) continue;
  const b = WORKLOADS.find((x) => x.name === w.base);
  for (const k of ['n', 'unit', 'phases', 'target']) if (!(k in w)) w[k] = b[k];
}

function parseArgs(argv) {
  const opts = { json: false, quick: false, only: null, list: false, repeat: 1, min: false, huge: false, cpu: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--quick') opts.quick = true;
    else if (a === '--list') opts.list = true;
    else if (a === '--min') opts.min = true;
    else if (a === '--cpu') opts.cpu = true;
    else if (a === '--scale-1e7') opts.huge = true;
    else if (a === '--repeat') opts.repeat = Math.max(1, parseInt(argv[++i], 10) || 1);
    else if (a === '--only') opts.only = (argv[++i] || '').split(',').filter(Boolean);
    else if (a.startsWith('--only=')) opts.only = a.slice(7).split(',').filter(Boolean);
    else if (a === '--help' || a === '-h') {
      process.stdout.write(fs.readFileSync(__filename, 'utf8').split('*/')[0].replace(/^[\s\S]*?\/\*\*\n/, '').replace(/^ \* ?/gm, '').trimEnd() + '\n');
      process.exit(0);
    } else {
      process.stderr.write(`bench: unknown option ${a} (try --help)\n`);
      process.exit(2);
    }
  }
  return opts;
}

function selected(opts, log) {
  const all = WORKLOADS.filter((w) => opts.huge || !w.huge);
  if (!opts.only) return all;
  // NAME, its +variants and @sizes; NAME* is every workload whose name starts with NAME.
  const matches = (w, o) =>
    o.endsWith('*') ? w.name.startsWith(o.slice(0, -1)) : w.name === o || w.name.startsWith(o + '+') || w.name.startsWith(o + '@');
  const picked = WORKLOADS.filter((w) => opts.only.some((o) => matches(w, o)));
  const unknown = opts.only.filter((o) => !WORKLOADS.some((w) => matches(w, o)));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown workload ${unknown.join(', ')}; known: ${WORKLOADS.map((w) => w.name).join(', ')}\n`);
    process.exit(2);
  }
  const hidden = picked.filter((w) => w.huge && !opts.huge);
  if (hidden.length > 0) log(`bench: leaving out ${hidden.map((w) => w.name).join(', ')} (they need --scale-1e7)`);
  return picked.filter((w) => opts.huge || !w.huge);
}

// ---- build -------------------------------------------------------------------

function newestMtime(dir, ext) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p, ext));
    else if (e.name.endsWith(ext)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Is some src/ file (every layer the workloads and scenario rows load: heap
 * to cli; src/web is built apart and not loaded here) missing from dist/ or
 * newer than its .js?
 */
function distIsStale() {
  const srcRoot = path.join(ROOT, 'src');
  const stack = [srcRoot];
  while (stack.length > 0) {
    const dir = stack.pop();
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (p !== path.join(srcRoot, 'web')) stack.push(p);
      } else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
        const out = path.join(ROOT, 'dist', path.relative(srcRoot, p)).replace(/\.ts$/, '.js');
        if (!fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(p).mtimeMs) return true;
      }
    }
  }
  return false;
}

function ensureBuilt(log) {
  // GCLAB_DIST names a build made elsewhere (an A/B run against another
  // checkout): this worktree's dist/ is not what is measured, so it is
  // neither checked nor rebuilt (a rebuild mid-run would change the B side).
  if (process.env.GCLAB_DIST) {
    log(`bench: measuring the build in ${path.resolve(process.env.GCLAB_DIST)} (GCLAB_DIST); not checking this worktree's dist/`);
    return;
  }
  if (!distIsStale()) return;
  log('bench: dist/ is missing or older than src/: npm run build');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    // tsc still emits on type errors; go on if what the bench needs was emitted.
    if (distIsStale()) {
      log('bench: the build failed and dist/ is still stale; giving up');
      process.exit(1);
    }
    log('bench: warning: npm run build reported errors (above); dist/ was emitted, continuing');
  }
}

/** Load the compiled library once here, so a broken build fails before any workload runs. */
function checkDist() {
  const dist = process.env.GCLAB_DIST ? path.resolve(process.env.GCLAB_DIST) : path.join(ROOT, 'dist');
  const { Heap } = require(path.join(dist, 'heap'));
  const { Collector } = require(path.join(dist, 'gc'));
  const { newRef } = require(path.join(dist, 'weakref', 'reference-type'));
  const heap = new Heap({ registry: false });
  const collector = new Collector(heap);
  collector.enabled = false;
  const C = heap.newClass('Probe');
  const a = heap.newInstance(C);
  const b = heap.newInstance(C);
  a.setAttr(heap, 'other', b);
  b.setAttr(heap, 'other', a);
  const r = newRef(heap, a);
  heap.decref(b);
  heap.decref(a);
  const collected = collector.collect();
  if (r.referent !== null || collected !== 2) {
    throw new Error(`bench: ${dist} does not behave as expected (a two-object cycle: collect() returned ${collected})`);
  }
}

// ---- running one side ----------------------------------------------------------

/** The children's environment: BENCH_CLOCK=cpu with --cpu (set by main). */
let CHILD_ENV = process.env;

function runJSON(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 << 20, env: CHILD_ENV });
  if (r.error) return { error: `${what}: ${r.error.message}` };
  if (r.status !== 0) {
    const err = (r.stderr || '').trim().split('\n').slice(-3).join(' | ');
    return { error: `${what} exited with ${r.status}${r.signal ? ` (${r.signal})` : ''}: ${err}` };
  }
  const line = r.stdout.trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    return { error: `${what}: unreadable output ${JSON.stringify(line)}` };
  }
}

function runGclab(w, n, warm) {
  const flags = ['--expose-gc', '--max-old-space-size=12288'];
  return runJSON(process.execPath, [...flags, CHILD, w.workload || w.base || w.name, String(n), String(warm), ...(w.flags || [])], `gclab ${w.name}`);
}

function runCPython(name, n, warm) {
  return runJSON(PYTHON, [PY_SCRIPT, name, String(n), String(warm)], `${PYTHON} ${name}`);
}

/**
 * PYTHON resolved once to the interpreter's own executable (sys.executable):
 * a version manager's shim (pyenv's is a bash script that starts more
 * processes) must not be timed as CPython's start-up.
 */
function resolvePython(log) {
  const r = spawnSync(PYTHON_REQUESTED, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  const exe = (r.stdout || '').trim();
  if (r.status !== 0 || !exe || !fs.existsSync(exe)) {
    log(`bench: could not resolve ${PYTHON_REQUESTED}'s sys.executable (${(r.stderr || String(r.error || '')).trim()}); timing ${PYTHON_REQUESTED} as given`);
    return PYTHON_REQUESTED;
  }
  return exe;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Per phase, the median (or with --min the minimum) of several runs' results; the first failure or skip wins. */
function combine(runs, useMin) {
  const bad = runs.find((r) => r.error || r.skipped);
  if (bad) return bad;
  if (runs.length === 1) return runs[0];
  const phases = {};
  for (const k of Object.keys(runs[0].phases)) {
    const xs = runs.map((r) => r.phases[k]);
    phases[k] = useMin ? Math.min(...xs) : median(xs);
  }
  return { phases };
}

// ---- output ----------------------------------------------------------------------

function round(v, digits) {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

function fmt(v) {
  if (v === null || v === undefined) return '-';
  if (v >= 100) return v.toFixed(0);
  if (v >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

/** The target as the table and the JSON rows show it. */
function targetText(t, w) {
  if (!t) return null;
  if (t.ratio !== undefined) return `ratio <= ${t.ratio}`;
  if (t.max !== undefined) return `<= ${t.max}`;
  const base = w.scaleOf ? w.scaleOf.split('@')[1] : 'untraced';
  return `<= ${t.overBase}x ${base}`;
}

/** Is the row's target met: true, false, or null (no target, or a side did not run). */
function isMet(row, t) {
  if (!t || row.gclab === null) return null;
  if (t.ratio !== undefined) return row.ratio === null ? null : row.ratio <= t.ratio;
  if (t.max !== undefined) return row.gclab <= t.max;
  return row.base_ratio === undefined || row.base_ratio === null ? null : row.base_ratio <= t.overBase;
}

function printTable(rows, header) {
  const cols = ['workload', 'n', 'gclab', 'CPython', 'unit', 'ratio', 'target', 'met'];
  const body = rows.map((r) => [
    r.workload,
    r.n.toExponential(0).replace('e+', 'e'),
    r.skipped ? 'skipped' : fmt(r.gclab),
    fmt(r.cpython),
    r.unit,
    r.ratio === null ? '-' : r.ratio.toFixed(2),
    r.target === null ? '(none)' : r.target + (r.base_ratio != null ? ` (${r.base_ratio.toFixed(2)}x)` : ''),
    r.met === null ? '' : r.met ? 'yes' : 'no',
  ]);
  const width = cols.map((c, i) => Math.max(c.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 || i === 4 || i === 6 ? String(c).padEnd(width[i]) : String(c).padStart(width[i]))).join('  ');
  const out = [header, line(cols), width.map((x) => '-'.repeat(x)).join('  '), ...body.map(line)];
  for (const r of rows) {
    const m = /^(.*)\+(mixed)$/.exec(r.workload);
    const base = m && rows.find((b) => b.workload === m[1]);
    if (base && base.gclab && r.gclab) {
      out.push(`${r.workload}: every object kind allocated first costs x${(r.gclab / base.gclab).toFixed(2)} over ${m[1]}`);
    }
  }
  const skipped = new Map();
  for (const r of rows.filter((x) => x.skipped)) {
    const base = r.workload.split('.')[0];
    if (!skipped.has(base)) skipped.set(base, r.skipped);
  }
  for (const [name, reason] of skipped) out.push(`skipped ${name}: ${reason}`);
  process.stdout.write(out.join('\n') + '\n');
}

// ---- scenario workloads --------------------------------------------------------------

/**
 * Milliseconds of one process run, or an error: wall clock, or with --cpu
 * the CPU time of the process and its threads (getrusage(RUSAGE_CHILDREN)
 * around it, read by a small Python wrapper, which is not counted).
 */
function timeProcess(cmd, args, cpu) {
  if (cpu) {
    const wrapper =
      'import resource, subprocess, sys\n' +
      'r = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n' +
      'u = resource.getrusage(resource.RUSAGE_CHILDREN)\n' +
      'sys.stdout.buffer.write(r.stdout)\n' +
      'sys.stderr.buffer.write(r.stderr)\n' +
      'sys.stderr.write("\\nbench-cpu-seconds %r\\n" % (u.ru_utime + u.ru_stime))\n' +
      'sys.exit(r.returncode)\n';
    const r = spawnSync(PYTHON, ['-c', wrapper, cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const m = /\nbench-cpu-seconds ([0-9.e-]+)\n$/.exec(r.stderr || '');
    if (r.error || r.status !== 0 || !m) return { error: `${cmd} ${args.join(' ')} failed: ${r.error || r.stderr}`, stdout: r.stdout };
    return { ms: Number(m[1]) * 1000, stdout: r.stdout };
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error || r.status !== 0) return { error: `${cmd} ${args.join(' ')} failed: ${r.error || r.stderr}`, stdout: r.stdout };
  return { ms, stdout: r.stdout };
}

/**
 * Run bench/scenarios/SCRIPT (with N substituted) `repeat` times in gclab
 * (`node bin/gclab.js run FILE`, as the installed command runs) and in
 * python3, alternating; both must print the same.
 */
function runScenarioPair(w, n, repeat, useMin, cpu) {
  const source = fs.readFileSync(path.join(__dirname, 'scenarios', w.script), 'utf8');
  // keepN rows run their file as written (its N is part of the program).
  const text = w.keepN ? source : source.replace(/\bN\b = \d+/, `N = ${n}`);
  const file = path.join(os.tmpdir(), `gclab-bench-${process.pid}-${w.script}`);
  fs.writeFileSync(file, text);
  try {
    const fileN = w.keepN ? /\bN = (\d+)/.exec(source) : null;
    const row = { workload: w.name, n: fileN ? Number(fileN[1]) : n, gclab: null, cpython: null, unit: w.unit, ratio: null };
    const gs = [];
    const ps = [];
    for (let k = 0; k < repeat; k++) {
      const g = timeProcess(process.execPath, [GCLAB_BIN, 'run', file], cpu);
      const py = timeProcess(PYTHON, [file], cpu);
      if (g.error || py.error) return { ...row, error: g.error || py.error };
      if (g.stdout !== py.stdout) return { ...row, error: `${w.name}: gclab and python3 printed different output` };
      gs.push(g.ms);
      ps.push(py.ms);
    }
    const pick = useMin ? (xs) => Math.min(...xs) : median;
    const gms = pick(gs);
    const pms = pick(ps);
    return { ...row, gclab: round(gms, 1), cpython: round(pms, 1), ratio: round(gms / pms, 3) };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

// ---- main -------------------------------------------------------------------------

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.list) {
    process.stdout.write(WORKLOADS.map((w) => w.name + (w.huge ? '  (--scale-1e7)' : '')).join('\n') + '\n');
    return;
  }
  const log = (s) => process.stderr.write(s + '\n');
  const workloads = selected(opts, log);
  ensureBuilt(log);
  checkDist();
  PYTHON = resolvePython(log);
  if (opts.cpu) CHILD_ENV = { ...process.env, BENCH_CLOCK: 'cpu' };
  const scale = opts.quick ? 0.1 : 1;
  const started = Date.now();
  const load0 = os.loadavg()[0];
  const pyVersion = spawnSync(PYTHON, ['--version'], { encoding: 'utf8' });
  const git = (args) => (spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout || '').trim();
  const head = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
  const dirty = git(['status', '--porcelain', '--', 'src', 'tsconfig.json', 'tsconfig.build.json']) ? '+uncommitted' : '';
  const stat = opts.repeat > 1 ? (opts.min ? `(best of ${opts.repeat}) ` : `(median of ${opts.repeat}) `) : '';
  const header =
    `gclab bench ${new Date().toISOString()}  ${opts.quick ? '(--quick) ' : ''}${stat}${opts.cpu ? '(CPU time) ' : ''}` +
    `commit ${head}${dirty}, ` +
    `node ${process.version}, ${(pyVersion.stdout || pyVersion.stderr || PYTHON).trim()} (${PYTHON}), ` +
    `${os.cpus().length} CPUs (${os.cpus()[0].model.trim()}), load ${load0.toFixed(2)}`;
  const cpythonCache = new Map();
  const rows = [];
  let failures = 0;
  const emit = (row, w) => {
    let baseRow = null;
    if (w.scaleOf) baseRow = rows.find((r) => r.workload === w.scaleOf);
    else if (w.base && w.target && w.target.overBase !== undefined) baseRow = rows.find((r) => r.workload === row.workload.replace(/\+[a-z]+$/, ''));
    if (w.scaleOf || (w.base && w.target && w.target.overBase !== undefined)) {
      row.base_ratio = baseRow && baseRow.gclab && row.gclab != null ? round(row.gclab / baseRow.gclab, 3) : null;
    }
    row.target = targetText(w.target, w);
    row.met = isMet(row, w.target);
    if (opts.json) process.stdout.write(JSON.stringify(row) + '\n');
    rows.push(row);
  };

  for (const w of workloads) {
    const n = w.fixed ? w.n : Math.max(1, Math.round(w.n * scale));
    if (w.kind === 'scenario') {
      const row = runScenarioPair(w, n, opts.repeat, opts.min, opts.cpu);
      if (row.error) {
        log(`bench: ${row.error}`);
        row.skipped = row.error;
        delete row.error;
        failures++;
      }
      emit(row, w);
      continue;
    }
    const warm = w.warm !== undefined ? w.warm : Math.round(n / 10);
    const workload = w.workload || w.base || w.name;
    const t0 = Date.now();
    const pyKey = `${workload}:${n}`;
    const gRuns = [];
    const pyRuns = [];
    for (let k = 0; k < opts.repeat; k++) {
      gRuns.push(runGclab(w, n, workload === 'memory' ? 0 : warm));
      if (!cpythonCache.has(pyKey)) pyRuns.push(runCPython(workload, n, warm));
    }
    const g = combine(gRuns, opts.min);
    let py = cpythonCache.get(pyKey);
    if (!py) {
      py = combine(pyRuns, opts.min);
      cpythonCache.set(pyKey, py);
    }
    if (py.error) log(`bench: ${py.error}`);
    if (g.error) log(`bench: ${g.error}`);
    if (py.error || g.error) failures++;
    const skipped = g.error || g.skipped || null;
    for (const ph of w.phases) {
      const name = w.phases.length > 1 ? `${w.name}.${ph}` : w.name;
      const gclab = skipped ? null : g.phases[ph];
      const cpython = py.phases ? py.phases[ph] : null;
      const row = {
        workload: name,
        n,
        gclab: gclab == null ? null : round(gclab, 2),
        cpython: cpython == null ? null : round(cpython, 2),
        unit: w.unit,
        ratio: gclab != null && cpython ? round(gclab / cpython, 3) : null,
      };
      if (skipped) row.skipped = skipped;
      emit(row, w);
    }
    if (!opts.json) log(`bench: ${w.name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  if (!opts.json) {
    printTable(rows, header);
    process.stdout.write(`total ${((Date.now() - started) / 1000).toFixed(0)} s, load average ${load0.toFixed(2)} -> ${os.loadavg()[0].toFixed(2)}\n`);
  }
  if (failures > 0) process.exitCode = 1;
}

main();
