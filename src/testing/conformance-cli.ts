/**
 * `npm run conformance`: every scenario of ../shared/conformance (the CPython
 * corpus beside the checkout) and tests/conformance, through gclab. Ends
 * with `N passed, M failed` and exits 1 on any failure. The shared corpus and
 * a sixth of the own scenarios (isTracedScenario) are also run traced, at
 * levels `deaths` and `all`, and must print what their untraced run printed
 * (checkTracedRuns: the untraced run serves both checks); `--no-traces`
 * skips that. `--jobs N` splits the scenarios over N child processes
 * (shards.ts); the printed report is the same for any N. `--sample N` runs
 * every Nth scenario of the matching ones (listing order, from the first): a
 * quick check on a loaded machine, never a substitute for the full run.
 * Usage: node dist/testing/conformance-cli.js [--verbose] [--no-traces] [--jobs N] [--sample N] [FILTER...]
 * (a scenario runs when its path contains any FILTER; none: every scenario).
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkTracedRuns, diffLines, isTracedScenario, listScenarios, runCase } from './conformance';
import { countOption, matchesFilters, parseShard, positionalArguments, runShards, shardItems, helpOrUnknownOption } from './shards';

const USAGE = 'usage: npm run conformance -- [--verbose] [--no-traces] [--jobs N] [--sample N] [FILTER...]\n' +
  '  every scenario of ../shared/conformance and tests/conformance whose path contains a FILTER\n' +
  '  (all without one; with --sample N every Nth of them), compared with its python3 output\n' +
  '  (docs/testing.md)';

/** One scenario's outcome and the lines the report prints for it ('' when none). */
interface Checked {
  ok: boolean;
  text: string;
}

function check(root: string, file: string, verbose: boolean, traced: boolean): Checked {
  const name = path.relative(root, file);
  let r;
  let traceProblems: string[] = [];
  try {
    r = runCase(file);
    if (traced) traceProblems = checkTracedRuns(file, r);
  } catch (e) {
    return { ok: false, text: `FAIL ${name}: crashed: ${(e as Error).stack}` };
  }
  if (r.ok && traceProblems.length === 0) return { ok: true, text: verbose ? `ok   ${name}${traced ? ' (traced too)' : ''}` : '' };
  const lines: string[] = [];
  if (!r.ok) lines.push(`FAIL ${name} (exit ${r.actualExit}, expected ${r.expectedExit})`, diffLines(r.expectedOut, r.actualOut));
  if (!r.ok && verbose && r.stderr) lines.push('  stderr: ' + r.stderr.split('\n').slice(-4).join('\n  stderr: '));
  for (const p of traceProblems) lines.push(`FAIL ${name}: ${p}`);
  return { ok: false, text: lines.join('\n') };
}

async function main(argv: string[]): Promise<number> {
  const valued = ['--jobs', '--shard', '--sample'];
  const refused = helpOrUnknownOption('conformance', USAGE, argv, ['--verbose', '-v', '--no-traces'], valued);
  if (refused !== undefined) return refused;
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const filters = positionalArguments(argv, valued);
  const jobs = countOption('conformance', argv, '--jobs');
  const sample = countOption('conformance', argv, '--sample');
  if (jobs === undefined || sample === undefined) return 2;
  const shard = parseShard(argv);
  const root = path.resolve(__dirname, '..', '..');
  const dirs = [path.resolve(root, '..', 'shared', 'conformance'), path.join(root, 'tests', 'conformance')];
  const traces = !argv.includes('--no-traces');
  let matched = 0;
  const files: string[] = [];
  const tracedFiles = new Set<string>();
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) {
      if (shard === null) console.log(`note: ${dir} not found; its scenarios were not run`);
      continue;
    }
    for (const f of listScenarios(dir).filter((f) => matchesFilters(f, filters))) {
      if (matched++ % sample !== 0) continue;
      files.push(f);
      if (traces && isTracedScenario(f, dir === dirs[0])) tracedFiles.add(f);
    }
  }
  const checkOne = (f: string): Checked => check(root, f, verbose, tracedFiles.has(f));
  if (shard !== null) {
    process.stdout.write(JSON.stringify(shardItems(files, shard).map(checkOne)));
    return 0;
  }
  let results: Checked[];
  if (jobs === 1) {
    // Printed as they finish, so a long local run shows progress.
    results = files.map((f) => {
      const c = checkOne(f);
      if (c.text) console.log(c.text);
      return c;
    });
  } else {
    const args = [...(verbose ? ['--verbose'] : []), ...(traces ? [] : ['--no-traces']),
      ...(sample === 1 ? [] : ['--sample', String(sample)]), ...filters];
    const shards = await runShards<Checked[]>(__filename, jobs, args, 'conformance');
    // Scenario i is item i div count of shard i mod count.
    const count = shards.length;
    results = files.map((_, i) => shards[i % count][Math.floor(i / count)]);
    for (const c of results) if (c.text) console.log(c.text);
  }
  const passed = results.filter((c) => c.ok).length;
  console.log(`${passed} passed, ${results.length - passed} failed`);
  return passed === results.length ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: Error) => {
    console.error(`conformance: ${e.message}`);
    process.exitCode = 2;
  },
);
