/**
 * The conformance runner: run each scenario through gclab, compare its
 * standard output byte for byte and its exit status with CPython's
 * recorded ones (NAME.out, NAME.exit), and report.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runScenario } from '../lang';
import { TraceLog, validateTrace, type TraceLevel } from '../heap';
import { moduleFileReader } from './module-files';

export interface CaseResult {
  name: string;
  file: string;
  ok: boolean;
  expectedExit: number;
  actualExit: number;
  expectedOut: string;
  actualOut: string;
  stderr: string;
  /** With options.traceLevel: the run's trace (JSON Lines). */
  trace?: string;
}

/** The scenarios (*.py with a .out beside them) of a folder, sorted by name. */
export function listScenarios(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.py') && fs.existsSync(path.join(dir, f.replace(/\.py$/, '.out'))))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Run one scenario and compare it with CPython's recorded output. The
 * collector's debug checks are on unless told otherwise: a conformance run
 * is a test run.
 */
export function runCase(file: string, options: { gcDebugChecks?: boolean; traceLevel?: TraceLevel } = {}): CaseResult {
  const base = file.replace(/\.py$/, '');
  const expectedOut = fs.readFileSync(base + '.out', 'utf8');
  const expectedExit = fs.existsSync(base + '.exit') ? parseInt(fs.readFileSync(base + '.exit', 'utf8').trim(), 10) : 0;
  const source = fs.readFileSync(file);
  const trace = options.traceLevel !== undefined ? new TraceLog({ level: options.traceLevel, scenario: path.basename(file) }) : false;
  const r = runScenario(source, path.basename(file), {
    gcDebugChecks: options.gcDebugChecks ?? true,
    readModuleFile: moduleFileReader(file),
    trace,
  });
  return {
    name: path.basename(file),
    file,
    ok: r.stdout === expectedOut && r.exitCode === expectedExit,
    expectedExit,
    actualExit: r.exitCode,
    expectedOut,
    actualOut: r.stdout,
    stderr: r.stderr,
    ...(trace !== false ? { trace: trace.toJSONL() } : {}),
  };
}

/** A short line diff of expected vs actual output. */
export function diffLines(expected: string, actual: string, context = 2): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const out: string[] = [];
  for (let k = Math.max(0, i - context); k < i; k++) out.push(`  ${a[k]}`);
  for (let k = i; k < Math.min(a.length, i + 6); k++) out.push(`- ${a[k]}`);
  for (let k = i; k < Math.min(b.length, i + 6); k++) out.push(`+ ${b[k]}`);
  return out.join('\n');
}

/** FNV-1a of a scenario's file name: which sixth of the own corpus it falls in. */
function nameHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Own scenarios whose level-`all` trace is hundreds of megabytes (millions of
 * events): tracing them is covered by the streaming trace writer's tests.
 */
const HEAVY_TRACES = new Set(['sort_timsort_comparison_trace.py']);

/**
 * Is `file` one of the scenarios whose traced runs `npm run conformance`
 * checks (checkTracedRuns)? The shared corpus (`shared` true) whole, and a
 * sixth of the project's own scenarios chosen by a hash of the name, so
 * adding scenarios does not move the choice.
 */
export function isTracedScenario(file: string, shared: boolean): boolean {
  const name = path.basename(file);
  return shared || (nameHash(name) % 6 === 0 && !HEAVY_TRACES.has(name));
}

/** The ids of a trace's death events, in order. */
function deathIds(trace: string): number[] {
  const ids: number[] = [];
  for (const l of trace.split('\n')) if (l.includes('"kind":"death"')) ids.push(JSON.parse(l).id as number);
  return ids;
}

/**
 * Tracing changes nothing (issue 9; docs/trace-format.md): `file` run with
 * tracing on, at levels `deaths` and `all`, prints exactly what its untraced
 * run `plain` printed (standard output and error) with the same exit status,
 * its objects die in the same order at both levels, and both traces are
 * valid format v1. Returns what differs ([] when nothing). One untraced run
 * serves both this and the comparison with python3's output (runCase).
 */
export function checkTracedRuns(file: string, plain: CaseResult): string[] {
  const problems: string[] = [];
  const traces: string[] = [];
  for (const level of ['deaths', 'all'] as const) {
    const r = runCase(file, { traceLevel: level, gcDebugChecks: false });
    if (r.actualOut !== plain.actualOut) problems.push(`traced at level ${level}, standard output differs from the untraced run:\n${diffLines(plain.actualOut, r.actualOut)}`);
    if (r.stderr !== plain.stderr) problems.push(`traced at level ${level}, standard error differs from the untraced run:\n${diffLines(plain.stderr, r.stderr)}`);
    if (r.actualExit !== plain.actualExit) problems.push(`traced at level ${level}, exit status ${r.actualExit}, untraced ${plain.actualExit}`);
    const invalid = validateTrace(r.trace!);
    if (invalid.length > 0) problems.push(`the level-${level} trace is not valid format v1: ${invalid.slice(0, 3).map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
    traces.push(r.trace!);
  }
  const low = deathIds(traces[0]);
  const high = deathIds(traces[1]);
  if (low.length !== high.length || low.some((id, i) => id !== high[i])) {
    const i = low.findIndex((id, k) => id !== high[k]);
    problems.push(`deaths differ between trace levels deaths and all: ${low.length} and ${high.length} deaths, first difference at death ${i < 0 ? Math.min(low.length, high.length) + 1 : i + 1}`);
  }
  return problems;
}
