/** `gclab run`: run one scenario and reproduce python3's output and exit status. */
import * as fs from 'fs';
import * as path from 'path';
import { runScenario } from '../lang';
import { moduleFileReader } from '../testing/module-files';
import { explainEvents } from './explain';
import { RUN_HELP, UsageError } from './usage';

interface RunOptions {
  file: string;
  trace: string | null;
  explain: boolean;
  gcDebugChecks: boolean;
  maxSteps?: number;
  maxObjects?: number;
}

function parseRunArgs(argv: string[]): RunOptions | null {
  const opts: RunOptions = { file: '', trace: null, explain: false, gcDebugChecks: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`option ${a} needs a value`);
      return v;
    };
    const count = () => {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`option ${a} needs a positive whole number, not '${v}'`);
      return n;
    };
    if (a === '-h' || a === '--help') return null;
    else if (a === '--trace') opts.trace = value();
    else if (a === '--explain') opts.explain = true;
    else if (a === '--gc-debug-checks') opts.gcDebugChecks = true;
    else if (a === '--max-steps') opts.maxSteps = count();
    else if (a === '--max-objects') opts.maxObjects = count();
    else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}' for run`);
    else if (opts.file) throw new UsageError('run takes one scenario file');
    else opts.file = a;
  }
  if (!opts.file) throw new UsageError('run needs a scenario file (gclab run FILE.py)');
  return opts;
}

export function runCommand(argv: string[]): number {
  const opts = parseRunArgs(argv);
  if (opts === null) {
    process.stdout.write(RUN_HELP);
    return 0;
  }
  let source: string;
  try {
    source = fs.readFileSync(opts.file, 'utf8');
  } catch (e) {
    process.stderr.write(`gclab: can't open file '${opts.file}': ${(e as NodeJS.ErrnoException).code ?? e}\n`);
    return 2;
  }
  // python3 3.9+ reports the main script by its absolute path in tracebacks.
  const result = runScenario(source, path.resolve(opts.file), {
    trace: opts.trace !== null || opts.explain,
    maxSteps: opts.maxSteps,
    maxObjects: opts.maxObjects,
    gcDebugChecks: opts.gcDebugChecks,
    readModuleFile: moduleFileReader(opts.file),
  });
  if (opts.explain) {
    for (const chunk of explainEvents(result)) {
      (chunk.stream === 'err' ? process.stderr : process.stdout).write(chunk.text);
    }
  } else {
    for (const chunk of result.chunks) (chunk.stream === 'err' ? process.stderr : process.stdout).write(chunk.text);
  }
  if (opts.trace !== null && result.trace !== null) {
    fs.writeFileSync(path.resolve(opts.trace), result.trace.toJSONL());
  }
  return result.exitCode;
}
