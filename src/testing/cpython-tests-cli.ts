/**
 * `npm run cpython-tests`: CPython 3.11's test_weakref, test_weakset,
 * test_finalization and test_gc, the language test files of
 * LANGUAGE_FILES and the standard library ones of STDLIB_FILES, run
 * unchanged under gclab (`gclab unittest --json`) and under python3
 * (CPython's own unittest with gclab's JSON runner,
 * src/lang/stdlib/unittest/_json_runner.py, loaded by path), compared test
 * by test. Prints a table per file and ends with `N passed, M failed`.
 *
 * The test directory is the local CPython's (`import test` under python3),
 * or GCLAB_CPYTHON_TEST_DIR. Without one the command says so and exits 0.
 * It exits 0 whatever the counts (CI reports them while the language grows);
 * `--strict` makes any failure exit 1. `--jobs N` runs N files at once (each
 * file's python3 and gclab runs are child processes; the report is printed in
 * FILES order whatever N is, so it is the same for every N).
 * Usage: node dist/testing/cpython-tests-cli.js [--verbose] [--strict] [--jobs N | --jobs=N] [FILTER]
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { countOption, matchesFilters, positionalArguments, helpOrUnknownOption } from './shards';
import { compareFile, failedCount, formatFile, parseRows, summaryLine, type FileComparison } from './cpython-tests';

/** CPython's weakref and gc tests: what gclab exists for. */
const GC_FILES = ['test_weakref', 'test_weakset', 'test_finalization', 'test_gc'];
/**
 * CPython's tests of the language and builtin types that run under gclab to
 * the end with most of their tests passing (docs/cpython-tests.md lists
 * what stops the rest); each takes under half a minute.
 */
const LANGUAGE_FILES = [
  'test_with',
  'test_augassign',
  'test_unpack',
  'test_scope',
  'test_raise',
  'test_bool',
  'test_copy',
  'test_contextlib',
  'test_userdict',
  'test_userlist',
  'test_list',
  'test_tuple',
  'test_dict',
  'test_generators',
  'test_coroutines',
  'test_asyncgen',
  'test_contextlib_async',
  'test_yield_from',
  'test_exception_group',
  'test_except_star',
  'test_class',
  'test_property',
  'test_types',
  'test_frame',
  'test_baseexception',
  'test_exception_variations',
  'test_sys_setprofile',
];
/**
 * CPython's tests of the standard library modules programs build object
 * lifetimes with (functools, operator, collections, bisect, heapq, abc,
 * traceback, dataclasses), under the same rule: each runs to the end with
 * most of its tests passing in under half a minute.
 */
const STDLIB_FILES = [
  'test_functools',
  'test_operator',
  'test_collections',
  'test_bisect',
  'test_heapq',
  'test_abc',
  'test_traceback',
  'test_dataclasses',
  'test_csv',
  'test_pprint',
  'test_textwrap',
  'test_string',
  'test_fractions',
];
const FILES = [...GC_FILES, ...LANGUAGE_FILES, ...STDLIB_FILES];
const ROOT = path.resolve(__dirname, '..', '..');
const RUNNER = path.join(ROOT, 'src', 'lang', 'stdlib', 'unittest', '_json_runner.py');

/** The directory of CPython 3.11's `test` package, or null. */
function findTestDir(): string | null {
  const fromEnv = process.env.GCLAB_CPYTHON_TEST_DIR;
  if (fromEnv) return fs.existsSync(path.join(fromEnv, 'test_weakref.py')) ? path.resolve(fromEnv) : null;
  const probe = spawnSync(
    'python3',
    ['-I', '-c', 'import sys, os, test; assert sys.version_info[:2] == (3, 11); print(os.path.dirname(test.__file__))'],
    { cwd: os.tmpdir(), encoding: 'utf8' },
  );
  if (probe.status !== 0) return null;
  const dir = probe.stdout.trim();
  return GC_FILES.every((f) => fs.existsSync(path.join(dir, `${f}.py`))) ? dir : null;
}

interface Run {
  stdout: string;
  note: string;
  /** The last line of standard error (what stopped a run that reported no test). */
  lastError?: string;
}

/** What a finished child process left: its output, exit status and any spawn/timeout error. */
interface ChildResult {
  stdout: string;
  stderr: string;
  status: number | null;
  error?: string;
}

/** Runs a child process to completion without blocking the event loop (so files can overlap). */
function runChild(command: string, args: string[], cwd: string): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let error: string | undefined;
    const timer = setTimeout(() => {
      error = `timed out after ${timeoutMs() / 1000} s`;
      child.kill('SIGKILL');
    }, timeoutMs());
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: Error) => {
      error = e.message;
    });
    child.on('close', (status: number | null) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status, error });
    });
  });
}

function timeoutMs(): number {
  const s = Number(process.env.GCLAB_CPYTHON_TESTS_TIMEOUT ?? '900');
  return (Number.isFinite(s) && s > 0 ? s : 900) * 1000;
}

/** CPython's outcomes: its own unittest, gclab's JSON runner loaded by path. */
async function runCPython(libDir: string, name: string): Promise<Run> {
  const code = [
    'import importlib.util, sys',
    `spec = importlib.util.spec_from_file_location("gclab_json_runner", ${JSON.stringify(RUNNER)})`,
    'runner = importlib.util.module_from_spec(spec)',
    'spec.loader.exec_module(runner)',
    `sys.exit(runner.run(["python3", "test.${name}"]))`,
  ].join('\n');
  const r = await runChild('python3', ['-c', code], libDir);
  return { stdout: r.stdout, note: r.error ?? '' };
}

/** gclab's outcomes: `gclab unittest --json test/NAME.py` from the directory above the test package. */
async function runGclab(libDir: string, name: string): Promise<Run> {
  const bin = path.join(ROOT, 'bin', 'gclab.js');
  // A test package (test_dataclasses/ in 3.11.7) is named by its dotted name.
  const target = fs.existsSync(path.join(libDir, 'test', `${name}.py`)) ? `test/${name}.py` : `test.${name}`;
  const r = await runChild(process.execPath, ['--stack-size=3900', bin, 'unittest', '--json', target], libDir);
  let note = '';
  if (r.error) note = `did not finish: ${r.error}`;
  else if (r.status !== 0 && r.status !== 1) {
    const tail = (r.stderr ?? '').trim().split('\n').slice(-3).join(' / ');
    note = `exit status ${r.status}: ${tail}`;
  }
  const lastError = (r.stderr ?? '').trim().split('\n').slice(-1)[0] ?? '';
  return { stdout: r.stdout ?? '', note, lastError };
}

/** One file's comparison: python3 and gclab run side by side. */
async function compareOne(libDir: string, name: string): Promise<FileComparison> {
  const [cpython, gclab] = await Promise.all([runCPython(libDir, name), runGclab(libDir, name)]);
  const rows = parseRows(gclab.stdout);
  // No rows at all: the file did not load; say why (the report's last line).
  const note = rows.length === 0 && gclab.note === '' ? `no test ran: ${gclab.lastError}` : gclab.note;
  return compareFile(`${name}.py`, rows, parseRows(cpython.stdout), note);
}

const USAGE = 'usage: npm run cpython-tests -- [--verbose] [--strict] [--jobs N] [FILTER...]\n' +
  "  CPython's own test files whose name contains a FILTER (all without one), under gclab and python3 (docs/cpython-tests.md)";

async function main(argv: string[]): Promise<number> {
  const refused = helpOrUnknownOption('cpython-tests', USAGE, argv, ['--verbose', '-v', '--strict'], ['--jobs']);
  if (refused !== undefined) return refused;
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const strict = argv.includes('--strict');
  const jobs = countOption('cpython-tests', argv, '--jobs');
  if (jobs === undefined) return 2;
  const filters = positionalArguments(argv, ['--jobs']);
  const testDir = findTestDir();
  if (testDir === null) {
    console.log('cpython-tests: no CPython 3.11 test directory found (python3 -c "import test"); nothing to compare');
    return 0;
  }
  const libDir = path.dirname(testDir);
  console.log(`# CPython's weakref/gc, language and standard library tests under gclab (${testDir})\n`);
  const names = FILES.filter((f) => matchesFilters(f, filters));
  // A pool of `jobs` workers takes the files in order; results are printed in
  // FILES order as soon as every earlier file has been printed.
  const results: Array<FileComparison | undefined> = new Array(names.length);
  let nextToStart = 0;
  let nextToPrint = 0;
  const flush = (): void => {
    while (nextToPrint < names.length && results[nextToPrint] !== undefined) {
      console.log(formatFile(results[nextToPrint] as FileComparison, verbose));
      nextToPrint++;
    }
  };
  const worker = async (): Promise<void> => {
    while (nextToStart < names.length) {
      const i = nextToStart++;
      results[i] = await compareOne(libDir, names[i]);
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, names.length) }, worker));
  const all = results as FileComparison[];
  const failed = all.reduce((n, c) => n + failedCount(c), 0);
  console.log(summaryLine(all));
  return strict && failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  },
);
