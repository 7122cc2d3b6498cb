/**
 * `npm run gc-stress`: every conformance scenario under --gc-stress,
 * checked against tests/gc-stress-timing-dependent.txt (gc-stress.ts). Ends
 * with a summary line and exits 1 when a scenario not on the list fails, a
 * listed one passes, or the list names a scenario that does not exist.
 * `--jobs N` splits the corpus into 8N shards (scenario i goes to shard
 * i mod 8N), runs them as child processes N at a time and merges their
 * reports in corpus order, so the result and the printed lines are the same
 * for any N; CI uses the machine's two cores this way.
 * `--sample N` checks every Nth scenario of the corpus (corpus order, from
 * the first): CI's 25-minute budget on two cores cannot hold the whole
 * corpus under stress any more, so .ci/run checks a third of it; without the
 * option, or with GCLAB_LONG=1 in the environment, every scenario is run.
 * The timing-dependent list is still checked whole for names that do not
 * exist.
 * Usage: node dist/testing/gc-stress-cli.js [--verbose] [--jobs N] [--sample N] [FILTER...]
 * (a scenario runs when its name contains any FILTER; none: every scenario).
 */
import * as path from 'path';
import { checkGcStress, conformanceCorpus, type GcStressReport } from './gc-stress';
import { countOption, matchesFilters, parseShard, positionalArguments, runShards, shardItems, helpOrUnknownOption } from './shards';

const USAGE = 'usage: npm run gc-stress -- [--verbose] [--jobs N] [--sample N] [FILTER...]\n' +
  '  every conformance scenario whose name contains a FILTER (all without one) under --gc-stress,\n' +
  '  checked against tests/gc-stress-timing-dependent.txt (docs/testing.md)';

/** The report of `keys` under stress (one shard's, or the whole run's). */
function runKeys(root: string, keys: string[], verbose: boolean): GcStressReport {
  return checkGcStress(root, path.join(root, 'tests', 'gc-stress-timing-dependent.txt'), keys, (key, ok) => {
    if (verbose) console.log(`${ok ? 'same' : 'DIFF'} ${key}`);
  });
}

/** Run the shards as child processes at once and merge their reports in corpus order. */
async function mergeShards(keys: string[], jobs: number, filterArgs: string[]): Promise<GcStressReport> {
  const reports = await runShards<GcStressReport>(__filename, jobs, filterArgs, 'gc-stress');
  const order = new Map(keys.map((k, i) => [k, i]));
  const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const merged: GcStressReport = {
    passed: reports.flatMap((r) => r.passed).sort(byOrder),
    listed: reports.flatMap((r) => r.listed).sort(byOrder),
    unexpected: reports.flatMap((r) => r.unexpected).sort((a, b) => byOrder(a.key, b.key)),
    stale: reports.flatMap((r) => r.stale).sort(byOrder),
    unknown: reports[0]?.unknown ?? [],
  };
  return merged;
}

function print(r: GcStressReport): number {
  for (const u of r.unexpected) console.log(`FAIL ${u.key}: differs under --gc-stress and is not listed as timing-dependent: ${u.detail}`);
  for (const s of r.stale) console.log(`FAIL ${s}: listed as timing-dependent, but its output is the same under --gc-stress (remove the entry)`);
  for (const k of r.unknown) console.log(`FAIL ${k}: listed, but there is no such scenario`);
  console.log(
    `gc-stress: ${r.passed.length} same under --gc-stress, ${r.listed.length} timing-dependent (listed), ` +
      `${r.unexpected.length} unexpected differences, ${r.stale.length} stale entries`,
  );
  return r.unexpected.length + r.stale.length + r.unknown.length === 0 ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const valued = ['--jobs', '--shard', '--sample'];
  const refused = helpOrUnknownOption('gc-stress', USAGE, argv, ['--verbose', '-v'], valued);
  if (refused !== undefined) return refused;
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const shard = parseShard(argv);
  const filters = positionalArguments(argv, valued);
  const root = path.resolve(__dirname, '..', '..');
  // GCLAB_LONG=1 checks every scenario whatever --sample says.
  const sample = process.env.GCLAB_LONG === '1' ? 1 : countOption('gc-stress', argv, '--sample');
  if (sample === undefined) return 2;
  const keys = [...conformanceCorpus(root).keys()].filter((k, i) => i % sample === 0 && matchesFilters(k, filters));
  if (shard !== null) {
    process.stdout.write(JSON.stringify(runKeys(root, shardItems(keys, shard), false)));
    return 0;
  }
  const jobs = countOption('gc-stress', argv, '--jobs');
  if (jobs === undefined) return 2;
  if (jobs === 1) return print(runKeys(root, keys, verbose));
  const shardArgs = [...filters, ...(sample === 1 ? [] : ['--sample', String(sample)])];
  return print(await mergeShards(keys, jobs, shardArgs));
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: Error) => {
    console.error(`gc-stress: ${e.message}`);
    process.exitCode = 2;
  },
);
