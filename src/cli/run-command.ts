/**
 * `gclab run`: run one scenario and reproduce python3's output and exit
 * status. Every option and path is checked before the scenario starts;
 * the scenario itself runs on the scenario thread (scenario-thread.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { describeErrno } from './fd-writer';
import { parseOptions, type OptionSpec } from './options';
import { startScenarioThread } from './scenario-thread';
import type { RunJob } from './scenario-job';
import { CliError, RUN_HELP, UsageError } from './usage';
import { reportOutcome } from './outcome';
import { writeOut } from './terminal';
import { parseSchedule, ScheduleSyntaxError } from '../gc/schedule';
import { TRACE_LEVELS, type TraceLevel } from '../heap/trace-format';
import { version } from './version';

export const RUN_OPTIONS: readonly OptionSpec[] = [
  { name: '--trace', kind: 'string' },
  { name: '--trace-level', kind: 'string', values: TRACE_LEVELS },
  { name: '--explain', kind: 'optional', values: ['all'] },
  { name: '--gc-debug-checks', kind: 'flag' },
  { name: '--schedule', kind: 'string' },
  { name: '--gc-stress', kind: 'flag' },
  { name: '--max-steps', kind: 'count' },
  { name: '--max-objects', kind: 'count' },
  { name: '--help', short: '-h', kind: 'flag' },
];

/** python3's words for a script it cannot open: `can't open file '/abs/x.py': [Errno 2] No such file or directory`. */
export function cannotOpen(file: string, e: NodeJS.ErrnoException): CliError {
  const errno = e.errno !== undefined ? Math.abs(e.errno) : undefined;
  const text = describeErrno(e).replace(/ \([A-Z]+\)$/, '');
  return new CliError(`can't open file '${path.resolve(file)}': ${errno !== undefined ? `[Errno ${errno}] ` : ''}${text}`, 2);
}

/** Read the scenario's bytes (runScenario decodes them as python3 does): a file, or standard input for `-`. */
export function readScenario(file: string): Uint8Array {
  try {
    if (file === '-') return fs.readFileSync(0);
    if (fs.statSync(file).isDirectory()) {
      throw Object.assign(new Error('EISDIR'), { code: 'EISDIR', errno: -21 });
    }
    return fs.readFileSync(file);
  } catch (e) {
    throw cannotOpen(file, e as NodeJS.ErrnoException);
  }
}

/**
 * The --schedule value: the short text form, or `@FILE` for a schedule
 * file; checked before the run (a bad one is a usage error). Returns its
 * canonical text.
 */
export function readSchedule(spec: string): string {
  let text = spec;
  if (spec.startsWith('@')) {
    try {
      text = fs.readFileSync(spec.slice(1), 'utf8');
    } catch (e) {
      throw new CliError(`cannot read the schedule file '${spec.slice(1)}': ${describeErrno(e as NodeJS.ErrnoException)}`, 2);
    }
  }
  try {
    return parseSchedule(text).toString();
  } catch (e) {
    if (e instanceof ScheduleSyntaxError) throw new UsageError(`--schedule: ${e.message}`, 'run');
    throw e;
  }
}

/** Open the --trace file for writing, refusing to overwrite the scenario. */
function openTrace(trace: string, scenario: string): number {
  const target = path.resolve(trace);
  if (scenario !== '-') {
    const same =
      target === path.resolve(scenario) ||
      (() => {
        try {
          const a = fs.statSync(target);
          const b = fs.statSync(scenario);
          return a.dev === b.dev && a.ino === b.ino;
        } catch {
          return false;
        }
      })();
    if (same) throw new UsageError(`--trace ${trace} would overwrite the scenario itself`, 'run');
  }
  try {
    return fs.openSync(target, 'w');
  } catch (e) {
    throw new CliError(`cannot write the trace file '${trace}': ${describeErrno(e as NodeJS.ErrnoException)}`, 2);
  }
}

export async function runCommand(argv: string[]): Promise<number> {
  const { values, operands, rest } = parseOptions(argv, RUN_OPTIONS, 'run', true);
  if (values.has('help')) {
    writeOut(RUN_HELP);
    return 0;
  }
  if (operands.length === 0) throw new UsageError('run needs a scenario file (gclab run FILE.py)', 'run');
  const file = operands[0];
  const traceLevel = values.get('trace-level') as TraceLevel | undefined;
  if (traceLevel !== undefined && !values.has('trace')) throw new UsageError('option --trace-level is for --trace OUT.jsonl', 'run');
  const source = readScenario(file);
  const scheduleSpec = values.get('schedule') as string | undefined;
  const schedule = scheduleSpec !== undefined ? readSchedule(scheduleSpec) : null;
  const traceName = (values.get('trace') as string | undefined) ?? null;
  const traceFd = traceName !== null ? openTrace(traceName, file) : null;
  const job: RunJob = {
    kind: 'run',
    source,
    // python3 3.9+ reports the main script by its absolute path in tracebacks.
    filename: file === '-' ? '<stdin>' : path.resolve(file),
    argv: [file, ...rest],
    maxSteps: values.get('max-steps') as number | undefined,
    maxObjects: values.get('max-objects') as number | undefined,
    explain: values.get('explain') === 'all' ? 'all' : values.has('explain'),
    traceLevel,
    gclabVersion: version(),
    gcDebugChecks: values.has('gc-debug-checks'),
    schedule,
    gcStress: values.has('gc-stress'),
    traceFd,
    traceName,
  };
  try {
    return reportOutcome(await startScenarioThread(job).outcome);
  } finally {
    if (traceFd !== null) fs.closeSync(traceFd);
  }
}
