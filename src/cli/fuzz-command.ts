/**
 * `gclab fuzz`: generate seeded random programs (src/testing/fuzz-program.ts),
 * run each in python3 and in gclab, compare (`--mode strict` or `sorted`),
 * shrink every difference to a minimal runnable .py, and keep it with
 * `--save DIR` as a regression scenario with python3's output.
 *
 * python3 runs as child processes, several at once (`--jobs`); gclab runs
 * on this thread. Results are reported in program order, so the report is
 * the same whatever the number of jobs.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fuzzCase, shrinkDifference, type FuzzCase, type FuzzMode, type PythonRunner, type ShrunkDifference } from '../testing/fuzz';
import { generateProgram } from '../testing/fuzz-program';
import { checkPython } from './check-command';
import { forkServerPython } from './python-fork-server';
import { describeErrno } from './fd-writer';
import { parseOptions, type OptionSpec } from './options';
import { ProgressBar } from './progress-bar';
import { writeOut } from './terminal';
import { CliError, FUZZ_HELP, UsageError } from './usage';

export const FUZZ_OPTIONS: readonly OptionSpec[] = [
  { name: '--seed', kind: 'string' },
  { name: '--count', kind: 'count' },
  { name: '--size', kind: 'count' },
  { name: '--mode', kind: 'string' },
  { name: '--python', kind: 'string' },
  { name: '--jobs', kind: 'count' },
  { name: '--timeout', kind: 'count' },
  { name: '--save', kind: 'string' },
  { name: '--max-shrink', kind: 'count' },
  { name: '--direct', kind: 'flag' },
  { name: '--json', kind: 'flag' },
  { name: '--help', short: '-h', kind: 'flag' },
];

/** A PythonRunner over `python` child processes (the source on standard input, PYTHONHASHSEED=0). */
export function pythonRunner(python: string, timeoutMs: number): PythonRunner {
  return (source) =>
    new Promise((resolve) => {
      const child = spawn(python, ['-'], {
        stdio: ['pipe', 'pipe', 'ignore'],
        env: { ...process.env, PYTHONHASHSEED: '0' },
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
      });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.on('error', () => resolve({ stdout, exitCode: 127, timedOut: true }));
      child.on('close', (code, signal) => resolve({ stdout, exitCode: code ?? 128, timedOut: signal !== null }));
      child.stdin.on('error', () => {});
      child.stdin.end(source);
    });
}

/** Run `count` jobs with at most `jobs` at once; results in index order. */
async function pool<T>(count: number, jobs: number, run: (i: number) => Promise<T>, done: (n: number) => void): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  let finished = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await run(i);
      done(++finished);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, count) }, worker));
  return results;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

/** The regression scenario's file name for program `index` of `seed`. */
export function savedName(seed: number, index: number, mode: FuzzMode): string {
  return `fuzz_${mode}_s${seed}_p${index}`;
}

function save(dir: string, base: string, d: ShrunkDifference, mode: FuzzMode): string {
  const header =
    `# A difference gclab fuzz --mode ${mode} found between gclab and python3, shrunk to\n` +
    `# the actions that still show it: it checks what dies, and in what order, in\n` +
    `# each step (the '== N' lines) of this program. Expected output: python3's.\n`;
  const file = path.join(dir, `${base}.py`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, header + d.source);
    fs.writeFileSync(path.join(dir, `${base}.out`), d.python.stdout);
    const exitFile = path.join(dir, `${base}.exit`);
    if (d.python.exitCode !== 0) fs.writeFileSync(exitFile, `${d.python.exitCode}\n`);
  } catch (e) {
    throw new CliError(`cannot write to '${dir}': ${describeErrno(e as NodeJS.ErrnoException)}`, 2);
  }
  return file;
}

export async function fuzzCommand(argv: string[]): Promise<number> {
  const { values, operands } = parseOptions(argv, FUZZ_OPTIONS, 'fuzz');
  if (values.has('help')) {
    writeOut(FUZZ_HELP);
    return 0;
  }
  if (operands.length > 0) throw new UsageError(`fuzz takes no operands (got '${operands[0]}')`, 'fuzz');
  const seedText = (values.get('seed') as string | undefined) ?? '0';
  if (!/^[0-9]+$/.test(seedText) || !Number.isSafeInteger(Number(seedText))) {
    throw new UsageError(`option --seed needs a whole number, not '${seedText}'`, 'fuzz');
  }
  const seed = Number(seedText);
  const mode = ((values.get('mode') as string | undefined) ?? 'strict') as FuzzMode;
  if (mode !== 'strict' && mode !== 'sorted') throw new UsageError(`option --mode is 'strict' or 'sorted', not '${mode}'`, 'fuzz');
  const count = (values.get('count') as number | undefined) ?? 100;
  const size = (values.get('size') as number | undefined) ?? 24;
  const jobs = (values.get('jobs') as number | undefined) ?? 2;
  const python = (values.get('python') as string | undefined) ?? 'python3';
  const timeoutMs = ((values.get('timeout') as number | undefined) ?? 30) * 1000;
  const saveDir = (values.get('save') as string | undefined) ?? null;
  const maxShrink = (values.get('max-shrink') as number | undefined) ?? 400;
  const json = values.has('json');
  checkPython(python);
  const realPython = pythonRunner(python, timeoutMs);
  // --direct: every program in its own `python3 -` process (slower; no stand-in to confirm).
  const direct = values.has('direct');
  const servers = direct ? { run: realPython, close: () => {} } : forkServerPython(python, jobs, timeoutMs / 1000);
  const runPython = servers.run;
  const confirm = direct ? undefined : realPython;
  const bar = new ProgressBar(`fuzz (${mode})`, !json && process.stderr.isTTY === true);
  let cases: FuzzCase[];
  try {
    cases = await pool(count, jobs, (i) => fuzzCase(generateProgram(seed, i, size), runPython, mode, confirm), (n) => bar.update(n, count));
  } finally {
    bar.done();
  }
  const differing = cases.filter((c) => !c.agree);
  const reports: Array<{ index: number; shrunk: ShrunkDifference; saved: string | null }> = [];
  try {
    for (const c of differing) {
      const shrunk = await shrinkDifference(generateProgram(seed, c.index, size), runPython, mode, maxShrink, confirm);
      const saved = saveDir !== null ? save(saveDir, savedName(seed, c.index, mode), shrunk, mode) : null;
      reports.push({ index: c.index, shrunk, saved });
    }
  } finally {
    servers.close();
  }
  const summary = `fuzz: ${count} programs (seed ${seed}, mode ${mode}, size ${size}): ${count - differing.length} agree with ${python}, ${differing.length} differ`;
  if (json) {
    writeOut(
      JSON.stringify(
        {
          seed,
          mode,
          size,
          count,
          agree: count - differing.length,
          differ: differing.length,
          differences: reports.map((r) => ({
            index: r.index,
            actions: r.shrunk.actions.length,
            source: r.shrunk.source,
            python: r.shrunk.python,
            gclab: r.shrunk.gclab,
            diff: r.shrunk.diff,
            saved: r.saved,
          })),
        },
        null,
        2,
      ) + '\n',
    );
    return differing.length === 0 ? 0 : 1;
  }
  for (const r of reports) {
    writeOut(
      `program ${r.index}: DIFFERENT (python3 exit ${r.shrunk.python.exitCode}, gclab exit ${r.shrunk.gclab.exitCode}); ` +
        `shrunk to ${r.shrunk.actions.length} actions in ${r.shrunk.checks} comparisons\n` +
        `  output difference ('-' python3, '+' gclab):\n${indent(r.shrunk.diff)}\n` +
        (r.saved !== null ? `  saved: ${r.saved} (with python3's output)\n` : `  program:\n${indent(r.shrunk.source.trimEnd())}\n`),
    );
  }
  writeOut(summary + '\n');
  return differing.length === 0 ? 0 : 1;
}
