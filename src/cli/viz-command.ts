/**
 * `gclab viz FILE.py [-o OUT.html]`: run the scenario with its trace on and
 * write one self-contained HTML file that steps through the run
 * (docs/viewer.md). The scenario runs on the scenario thread as for `gclab
 * run`, with the trace at level `all` (every statement's line; start-up
 * objects marked); its output is in the trace (the viewer shows it beside
 * the source), not on the terminal. The page is made of the viewer bundle that
 * `npm run build:web` writes to dist/web/.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeErrno } from './fd-writer';
import { parseOptions, type OptionSpec } from './options';
import { reportOutcome } from './outcome';
import { readScenario } from './run-command';
import { startScenarioThread } from './scenario-thread';
import type { RunJob } from './scenario-job';
import { writeOut } from './terminal';
import { version } from './version';
import { CliError, UsageError, VIZ_HELP } from './usage';
import { parseTraceLines } from '../viz/trace-adapter';
import { viewerPage, type WebAssets } from '../viz/pages';

export const VIZ_OPTIONS: readonly OptionSpec[] = [
  { name: '--output', short: '-o', kind: 'string' },
  { name: '--max-steps', kind: 'count' },
  { name: '--max-objects', kind: 'count' },
  { name: '--help', short: '-h', kind: 'flag' },
];

/** The viewer's bundle (dist/web/), built by `npm run build:web`. */
export function readViewerAssets(webDir = path.join(__dirname, '..', 'web')): WebAssets {
  try {
    return {
      viewerScript: fs.readFileSync(path.join(webDir, 'viewer.js'), 'utf8'),
      viewerStyles: fs.readFileSync(path.join(webDir, 'viewer.css'), 'utf8'),
    };
  } catch {
    throw new CliError(`the viewer's bundle is missing (${path.join(webDir, 'viewer.js')}): run npm run build:web`, 2);
  }
}

/** OUT.html beside the scenario: x.py -> x.html. */
function defaultOutput(file: string): string {
  return file.replace(/\.py$/i, '') + '.html';
}

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Run the scenario with its trace and output going to a temporary trace file; returns the file's text and the run's status. */
async function traceRun(job: Omit<RunJob, 'traceFd' | 'traceName'>): Promise<{ text: string; status: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-viz-'));
  const file = path.join(dir, 'trace.jsonl');
  const fd = fs.openSync(file, 'w');
  try {
    const outcome = await startScenarioThread({ ...job, traceFd: fd, traceName: file }).outcome;
    const status = reportOutcome(outcome);
    if (outcome.kind !== 'exit') throw new CliError('the run did not finish; no viewer written', status);
    return { text: fs.readFileSync(file, 'utf8'), status };
  } finally {
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function vizCommand(argv: string[]): Promise<number> {
  const { values, operands } = parseOptions(argv, VIZ_OPTIONS, 'viz');
  if (values.has('help')) {
    writeOut(VIZ_HELP);
    return 0;
  }
  if (operands.length !== 1) throw new UsageError(operands.length === 0 ? 'viz needs a scenario file (gclab viz FILE.py -o OUT.html)' : 'viz takes one scenario file', 'viz');
  const file = operands[0];
  if (file === '-') throw new UsageError('viz reads a scenario file, not standard input', 'viz');
  const output = (values.get('output') as string | undefined) ?? defaultOutput(file);
  if (sameFile(output, file)) throw new UsageError(`-o ${output} would overwrite the scenario itself`, 'viz');
  const assets = readViewerAssets();
  const bytes = readScenario(file);
  const filename = path.resolve(file);
  const { text, status } = await traceRun({
    kind: 'run',
    source: bytes,
    filename,
    argv: [file],
    maxSteps: values.get('max-steps') as number | undefined,
    maxObjects: values.get('max-objects') as number | undefined,
    explain: false,
    gcDebugChecks: false,
    schedule: null,
    gcStress: false,
    traceLevel: 'all',
    gclabVersion: version(),
    outputOnlyInTrace: true,
  });
  const html = viewerPage(
    { filename: path.basename(file), source: new TextDecoder('utf-8').decode(bytes), trace: parseTraceLines(text) },
    assets,
  );
  try {
    fs.writeFileSync(output, html);
  } catch (e) {
    throw new CliError(`cannot write '${output}': ${describeErrno(e as NodeJS.ErrnoException)}`, 2);
  }
  const events = text.length === 0 ? 0 : text.split('\n').length - 1;
  const ended = status === 0 ? '' : ` (the scenario exited with status ${status}; the viewer shows its traceback)`;
  writeOut(`gclab viz: wrote ${output}: ${events} trace records${ended}\n`);
  return 0;
}
