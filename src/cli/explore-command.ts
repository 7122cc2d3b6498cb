/**
 * `gclab explore FILE.py`: run a scenario under many collection schedules
 * (src/testing/explorer.ts), in worker threads, and report the first one
 * that breaks it, shrunk, with the command and the file that replay it.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { version } from './version';
import { explore, type ExploreResult } from '../testing/explorer';
import { describeErrno } from './fd-writer';
import { ExplorePool } from './explore-pool';
import { parseOptions, type OptionSpec } from './options';
import { ProgressBar } from './progress-bar';
import { readScenario } from './run-command';
import { writeOut } from './terminal';
import { CliError, EXPLORE_HELP, UsageError } from './usage';

export const EXPLORE_OPTIONS: readonly OptionSpec[] = [
  { name: '--seed', kind: 'string' },
  { name: '--budget', kind: 'count' },
  { name: '--time', kind: 'count' },
  { name: '--shrink-budget', kind: 'count' },
  { name: '--workers', kind: 'count' },
  { name: '--expect-output', kind: 'string' },
  { name: '--expect-exit', kind: 'string' },
  { name: '--replay-file', kind: 'string' },
  { name: '--max-steps', kind: 'count' },
  { name: '--json', kind: 'flag' },
  { name: '--help', short: '-h', kind: 'flag' },
];

export const DEFAULT_BUDGET = 1000;

function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`option ${name} needs a whole number, not '${value}'`, 'explore');
  }
  return Number(value);
}

/** The replay file beside the scenario: x.py -> x.schedule. */
function defaultReplayFile(file: string): string {
  return file.replace(/\.py$/, '') + '.schedule';
}

/** A shell word for a path (quoted when it needs to be). */
function shellWord(s: string): string {
  return /^[A-Za-z0-9_./@:,=+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function phaseName(p: string): string {
  return p === 'single' ? 'single collections' : p === 'pair' ? 'pairs' : p === 'random' ? 'random schedules' : 'the default schedule';
}

function spaceSummary(r: ExploreResult): string {
  const s = r.space;
  const parts: string[] = [];
  if (s.singles > 0) parts.push(`every single collection (${s.singles})`);
  if (s.pairs > 0) parts.push(`every pair (${s.pairs})`);
  const random = s.size - s.singles - s.pairs;
  if (random > 0) parts.push(`${random} random (seed ${s.seed})`);
  return `${s.allocations} GC-tracked allocations; space: ${parts.join(', ') || 'empty'}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

export async function exploreCommand(argv: string[]): Promise<number> {
  const { values, operands } = parseOptions(argv, EXPLORE_OPTIONS, 'explore');
  if (values.has('help')) {
    writeOut(EXPLORE_HELP);
    return 0;
  }
  if (operands.length !== 1) throw new UsageError('explore needs one scenario file (gclab explore FILE.py)', 'explore');
  const file = operands[0];
  if (file === '-') throw new UsageError('explore reads its scenario from a file, not standard input', 'explore');
  const source = readScenario(file);
  const seed = wholeNumber('--seed', values.get('seed') as string | undefined) ?? 0;
  const expectExit = wholeNumber('--expect-exit', values.get('expect-exit') as string | undefined);
  let expectedStdout: string | undefined;
  const expectFile = values.get('expect-output') as string | undefined;
  if (expectFile !== undefined) {
    try {
      expectedStdout = fs.readFileSync(expectFile, 'utf8');
    } catch (e) {
      throw new CliError(`cannot read the expected output '${expectFile}': ${describeErrno(e as NodeJS.ErrnoException)}`, 2);
    }
  }
  const workers = (values.get('workers') as number | undefined) ?? Math.min(4, os.availableParallelism());
  const json = values.has('json');
  const pool = new ExplorePool(workers, {
    source,
    filename: path.resolve(file),
    argv: [file],
    maxSteps: values.get('max-steps') as number | undefined,
    gclabVersion: version(),
  });
  const bar = new ProgressBar(`explore ${path.basename(file)}`, !json && process.stderr.isTTY === true);
  let result: ExploreResult;
  let traceDigest: string | null = null;
  try {
    result = await explore(pool.runner, {
      budget: (values.get('budget') as number | undefined) ?? DEFAULT_BUDGET,
      seed,
      timeSteps: (values.get('time') as number | undefined) ?? null,
      shrinkBudget: values.get('shrink-budget') as number | undefined,
      expectedStdout,
      expectedExit: expectExit,
      batch: workers * 4,
      onProgress: (done, total) => bar.update(done, total),
    });
    if (result.failure !== null) {
      const [traced] = await pool.run([result.failure.schedule], true);
      traceDigest = traced.trace !== null ? createHash('sha256').update(traced.trace).digest('hex') : null;
    }
  } finally {
    bar.done();
    await pool.close();
  }
  const f = result.failure;
  let replayFile: string | null = null;
  let replay: string | null = null;
  if (f !== null) {
    replayFile = (values.get('replay-file') as string | undefined) ?? defaultReplayFile(file);
    const scheduleArg = f.schedule === '' ? '' : `--schedule @${shellWord(replayFile)} `;
    replay = `gclab run ${scheduleArg}${shellWord(file)}`;
    const header = [
      `# gclab explore ${shellWord(file)} (seed ${seed}): the minimal failing schedule`,
      `# ${f.reason}`,
      `# replay: ${replay}`,
    ];
    try {
      fs.writeFileSync(replayFile, `${header.join('\n')}\n${f.schedule.split(',').join('\n')}\n`);
    } catch (e) {
      throw new CliError(`cannot write the replay file '${replayFile}': ${describeErrno(e as NodeJS.ErrnoException)}`, 2);
    }
  }
  if (json) {
    writeOut(
      JSON.stringify(
        {
          file,
          ok: f === null,
          allocations: result.space.allocations,
          space: result.space,
          runs: result.runs,
          steps: result.steps,
          complete: result.complete,
          failure:
            f === null
              ? null
              : {
                  schedule: f.schedule,
                  found: f.found,
                  foundAt: f.foundAt,
                  phase: f.phase,
                  shrinkRuns: f.shrinkRuns,
                  reason: f.reason,
                  diff: f.diff,
                  exitCode: f.run.exitCode,
                  stdout: f.run.stdout,
                  stderr: f.run.stderr,
                  traceSha256: traceDigest,
                  replay,
                  replayFile,
                },
        },
        null,
        2,
      ) + '\n',
    );
    return f === null ? 0 : 1;
  }
  if (f === null) {
    const how = result.complete ? '' : ' (the --time budget ended the exploration)';
    writeOut(`explore ${file}: no failure in ${result.runs} schedules, ${result.steps} steps${how}; ${spaceSummary(result)}\n`);
    return 0;
  }
  const where = f.foundAt < 0 ? 'under the default schedule' : `at schedule ${f.foundAt + 1} of ${result.space.size} (${phaseName(f.phase)})`;
  const shrunk = f.phase === 'random' ? `; shrunk from ${f.found} in ${f.shrinkRuns} runs` : '';
  writeOut(
    `explore ${file}: FAILED ${where}; ${spaceSummary(result)}\n` +
      `  why: ${f.reason}\n` +
      `  minimal schedule: ${f.schedule || '(the default schedule)'}${shrunk}\n` +
      (f.diff !== '' ? `  output difference ('-' expected, '+' under the schedule):\n${indent(f.diff)}\n` : '') +
      (f.run.exitCode !== 0 && f.run.stderr !== '' ? `  standard error:\n${indent(f.run.stderr.trimEnd())}\n` : '') +
      `  replay: ${replay}\n` +
      `  replay file: ${replayFile}\n`,
  );
  return 1;
}
