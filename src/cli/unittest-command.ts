/**
 * `gclab unittest`: run a test file the way `python3 -m unittest` does, on
 * the simulated heap. The file is imported as a module (its dotted name
 * relative to the current folder, as unittest's main converts a path: run
 * from Lib/, `test/test_weakref.py` is `test.test_weakref`), its tests run
 * with gclab's unittest, and the report goes to standard error in CPython's
 * format with CPython's exit status (0 when all passed, 1 otherwise).
 *
 * With --json, one JSON row per test follows on standard output:
 * `{"id": ..., "outcome": "passed"|"failed"|"error"|"skipped", "reason": ...}`.
 *
 * When the file belongs to a package named `test` (CPython's own test
 * suite), `test/__init__.py` and `test/support/` are gclab's: the helpers
 * that know what the simulation has (src/lang/stdlib/test); the other
 * modules of the package (mapping_tests.py, ...) are read from the folder.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseOptions, type OptionSpec } from './options';
import { reportOutcome } from './outcome';
import type { RunJob } from './scenario-job';
import { startScenarioThread } from './scenario-thread';
import { writeOut } from './terminal';
import { UNITTEST_HELP, UsageError } from './usage';

export const UNITTEST_OPTIONS: readonly OptionSpec[] = [
  { name: '--verbose', short: '-v', kind: 'flag' },
  { name: '--quiet', short: '-q', kind: 'flag' },
  { name: '--failfast', short: '-f', kind: 'flag' },
  { name: '--json', kind: 'flag' },
  { name: '--max-steps', kind: 'count' },
  { name: '--max-objects', kind: 'count' },
  { name: '--help', short: '-h', kind: 'flag' },
];

/** What a test name or path becomes: the module name to load, and the folder modules are imported from. */
export interface TestTarget {
  name: string;
  /** sys.path[0]: the current folder, or the file's own folder when it lies outside it. */
  dir: string;
}

/**
 * unittest.main's _convert_name: a path to a .py file becomes a dotted
 * module name relative to the current folder. A file outside it (which
 * python3 -m unittest cannot import) is imported by its own name from its
 * own folder.
 */
export function testTarget(arg: string, cwd: string): TestTarget {
  const abs = path.resolve(cwd, arg);
  let isFile = false;
  try {
    isFile = fs.statSync(abs).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile || !arg.toLowerCase().endsWith('.py')) return { name: arg, dir: cwd };
  const rel = path.relative(cwd, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    return { name: path.basename(abs).slice(0, -3), dir: path.dirname(abs) };
  }
  return { name: rel.slice(0, -3).split(path.sep).join('.'), dir: cwd };
}

/** Splits -k PATTERN (and -kPATTERN) out of argv: unittest's own option, given to its main(). */
function takePatterns(argv: string[]): { rest: string[]; patterns: string[] } {
  const rest: string[] = [];
  const patterns: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === '-k') {
      if (i + 1 >= argv.length) throw new UsageError('option -k needs a value', 'unittest');
      patterns.push(argv[++i]);
    } else if (a.startsWith('-k') && !a.startsWith('--')) patterns.push(a.slice(2));
    else rest.push(a);
  }
  return { rest, patterns };
}

/** The __main__ program: unittest's main (or the JSON runner) with the options as argv. */
export function driverSource(names: string[], flags: string[], json: boolean): string {
  const argv = JSON.stringify(['python3 -m unittest', ...flags, ...names]);
  if (json) {
    return ['import sys', 'from unittest._json_runner import run', `sys.exit(run(${argv}))`, ''].join('\n');
  }
  return ['from unittest.main import main', `main(module=None, argv=${argv})`, ''].join('\n');
}

export async function unittestCommand(argv: string[]): Promise<number> {
  const { rest: withoutK, patterns } = takePatterns(argv);
  const { values, operands } = parseOptions(withoutK, UNITTEST_OPTIONS, 'unittest');
  if (values.has('help')) {
    writeOut(UNITTEST_HELP);
    return 0;
  }
  if (operands.length === 0) throw new UsageError('unittest needs a test file (gclab unittest FILE.py)', 'unittest');
  const cwd = process.cwd();
  const targets = operands.map((a) => testTarget(a, cwd));
  const dir = targets[0].dir;
  if (targets.some((t) => t.dir !== dir)) {
    throw new UsageError('test files outside the current folder must all be in the same folder', 'unittest');
  }
  const flags: string[] = [];
  if (values.has('verbose')) flags.push('-v');
  if (values.has('quiet')) flags.push('-q');
  if (values.has('failfast')) flags.push('-f');
  for (const p of patterns) flags.push('-k', p);
  const json = values.has('json');
  if (json && values.has('failfast')) throw new UsageError('--json and --failfast cannot be combined', 'unittest');
  const job: RunJob = {
    kind: 'run',
    source: driverSource(
      targets.map((t) => t.name),
      flags,
      json,
    ),
    // python3 -m unittest runs unittest/__main__.py; sys.path[0] is the folder.
    filename: path.join(dir, '__main__.py'),
    argv: ['python3 -m unittest', ...flags, ...targets.map((t) => t.name)],
    maxSteps: (values.get('max-steps') as number | undefined) ?? 2_000_000_000,
    maxObjects: values.get('max-objects') as number | undefined,
    explain: false,
    gcDebugChecks: false,
    traceFd: null,
    traceName: null,
    schedule: null,
    gcStress: false,
    gclabTestSupport: true,
  };
  return reportOutcome(await startScenarioThread(job).outcome);
}
