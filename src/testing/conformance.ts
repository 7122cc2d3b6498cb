/**
 * The conformance runner: run each scenario through gclab, compare its
 * standard output byte for byte and its exit status with CPython's
 * recorded ones (NAME.out, NAME.exit), and report.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runScenario } from '../lang';
import { TraceLog, type TraceLevel } from '../heap';
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
