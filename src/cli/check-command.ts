/**
 * `gclab check`: run scenarios in gclab and in CPython 3.11 and compare
 * standard output and exit status. Both run as child processes with a
 * timeout; an exit by signal is read as the shell reports it (128+N).
 */
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { diffLines } from '../testing/conformance';
import { cannotOpen } from './run-command';
import { parseOptions, type OptionSpec } from './options';
import { writeOut } from './terminal';
import { CHECK_HELP, CliError, UsageError } from './usage';

export const CHECK_OPTIONS: readonly OptionSpec[] = [
  { name: '--python', kind: 'string' },
  { name: '--timeout', kind: 'count' },
  { name: '--json', kind: 'flag' },
  { name: '--help', short: '-h', kind: 'flag' },
];

const DEFAULT_TIMEOUT_S = 60;
const GCLAB_BIN = path.join(__dirname, '..', '..', 'bin', 'gclab.js');

/** One side's run: what it printed and how it ended. */
export interface SideResult {
  stdout: string;
  /** The exit status; a death by signal N is 128+N, as a shell reports it. */
  status: number;
  /** Set when the run did not finish within the timeout. */
  timedOut: boolean;
}

export interface CheckResult {
  file: string;
  same: boolean;
  gclab: SideResult;
  python3: SideResult;
  /** python3's lines ('-') against gclab's ('+'), empty when the same. */
  diff: string;
}

/** The exit status a shell shows for a finished child. */
export function shellStatus(r: SpawnSyncReturns<string>): number {
  if (r.status !== null) return r.status;
  const n = r.signal !== null ? os.constants.signals[r.signal] : undefined;
  return n !== undefined ? 128 + n : 1;
}

function side(r: SpawnSyncReturns<string>): SideResult {
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { stdout: r.stdout ?? '', status: shellStatus(r), timedOut };
}

/** Fail unless `python` runs and is CPython 3.11. */
export function checkPython(python: string): void {
  const r = spawnSync(python, ['-c', 'import sys, platform; print(platform.python_implementation(), platform.python_version())'], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (r.error !== undefined) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `check needs CPython 3.11, and '${python}' was not found (install it or name it with --python PATH)`
        : `check could not run '${python}': ${r.error.message}`,
      2,
    );
  }
  const said = r.stdout.trim();
  if (r.status !== 0 || !/^CPython 3\.11\./.test(said)) {
    throw new CliError(
      `check needs CPython 3.11, and '${python}' is ${said || `not a working Python (exit ${shellStatus(r)})`} (name another with --python PATH)`,
      2,
    );
  }
}

function checkOne(file: string, python: string, timeoutMs: number): CheckResult {
  const opts = { encoding: 'utf8' as const, timeout: timeoutMs, killSignal: 'SIGKILL' as const, maxBuffer: 1 << 30 };
  // As the conformance corpus: python3 runs the file from its own folder, with a fixed hash seed.
  const theirs = side(
    spawnSync(python, [path.basename(file)], {
      ...opts,
      cwd: path.dirname(path.resolve(file)),
      env: { ...process.env, PYTHONHASHSEED: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const ours = side(
    spawnSync(process.execPath, [GCLAB_BIN, 'run', path.resolve(file)], { ...opts, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  const same = !ours.timedOut && !theirs.timedOut && ours.stdout === theirs.stdout && ours.status === theirs.status;
  return { file, same, gclab: ours, python3: theirs, diff: same ? '' : diffLines(theirs.stdout, ours.stdout) };
}

function describe(r: CheckResult, timeoutS: number, python: string): string {
  const late = (who: string) => `${r.file}: ${who} did not finish within ${timeoutS} s (see --timeout)\n`;
  if (r.python3.timedOut) return late(python);
  if (r.gclab.timedOut) return late('gclab');
  if (r.same) return `${r.file}: same output and exit status (${r.gclab.status})\n`;
  return (
    `${r.file}: DIFFERENT (python3 exit ${r.python3.status}, gclab exit ${r.gclab.status})\n` +
    `--- python3 (expected)\n+++ gclab (actual)\n${r.diff}\n`
  );
}

export function checkCommand(argv: string[]): number {
  const { values, operands } = parseOptions(argv, CHECK_OPTIONS, 'check');
  if (values.has('help')) {
    writeOut(CHECK_HELP);
    return 0;
  }
  if (operands.length === 0) throw new UsageError('check needs at least one scenario file', 'check');
  for (const file of operands) {
    try {
      fs.accessSync(file, fs.constants.R_OK);
    } catch (e) {
      throw cannotOpen(file, e as NodeJS.ErrnoException);
    }
  }
  const python = (values.get('python') as string | undefined) ?? 'python3';
  const timeoutS = (values.get('timeout') as number | undefined) ?? DEFAULT_TIMEOUT_S;
  checkPython(python);
  const json = values.has('json');
  const results: CheckResult[] = [];
  for (const file of operands) {
    const r = checkOne(file, python, timeoutS * 1000);
    results.push(r);
    if (!json) writeOut(describe(r, timeoutS, python));
  }
  const different = results.filter((r) => !r.same).length;
  if (json) writeOut(JSON.stringify({ python, same: results.length - different, different, results }, null, 2) + '\n');
  return different === 0 ? 0 : 1;
}
