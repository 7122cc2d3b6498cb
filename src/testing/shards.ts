/**
 * Splitting a corpus run over child processes: the parent runs copies of
 * the running CLI with `--shard=I/N` (N = shardCountFor(jobs), `jobs` at a
 * time), each takes the items whose index is I mod N and writes its report
 * to stdout as JSON; the parent merges the reports in corpus order, so what
 * it prints is the same for any number of jobs (gc-stress-cli.ts,
 * conformance-cli.ts).
 */
import { spawn } from 'child_process';

/** The value of `--name V` or `--name=V` in argv, if given. */
export function optionValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`${name}=`));
  return eq === undefined ? undefined : eq.slice(name.length + 1);
}

/**
 * A count option (`--jobs N`, `--sample N`): its positive integer value, 1
 * when absent, or undefined after printing `RUNNER: --name wants a positive
 * integer, not V` (the caller exits 2).
 */
export function countOption(runner: string, argv: string[], name: string): number | undefined {
  const text = optionValue(argv, name);
  const n = text === undefined ? 1 : Number(text);
  if (Number.isInteger(n) && n >= 1) return n;
  console.error(`${runner}: ${name} wants a positive integer, not ${text}`);
  return undefined;
}

/** The first argument that is neither an option nor the value of one of `valuedOptions`. */
export function positionalArgument(argv: string[], valuedOptions: string[]): string | undefined {
  return positionalArguments(argv, valuedOptions)[0];
}

/** Every argument that is neither an option nor the value of one of `valuedOptions`. */
export function positionalArguments(argv: string[], valuedOptions: string[]): string[] {
  return argv.filter((a, i) => !a.startsWith('-') && !(i > 0 && valuedOptions.includes(argv[i - 1])));
}

/**
 * The first option of argv that is not one of `flags` or `valuedOptions`
 * (given as `--name value` or `--name=value`), or undefined: a runner
 * refuses what it does not know instead of running the whole corpus.
 */
export function unknownOption(argv: string[], flags: string[], valuedOptions: string[]): string | undefined {
  return argv.find((a, i) => {
    if (!a.startsWith('-') || (i > 0 && valuedOptions.includes(argv[i - 1]))) return false;
    const name = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    return !flags.includes(a) && !valuedOptions.includes(name);
  });
}

/**
 * A runner's option check: `--help`/`-h` prints `usage` and gives exit
 * status 0, an option it does not know prints an error and the usage and
 * gives 2; undefined when the runner should go on.
 */
export function helpOrUnknownOption(runner: string, usage: string, argv: string[], flags: string[], valuedOptions: string[]): number | undefined {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const unknown = unknownOption(argv, flags, valuedOptions);
  if (unknown === undefined) return undefined;
  console.error(`${runner}: unknown option ${unknown}\n${usage}`);
  return 2;
}

/** Does `key` match the filters (a substring of any of them; no filter matches all)? */
export function matchesFilters(key: string, filters: string[]): boolean {
  return filters.length === 0 || filters.some((f) => key.includes(f));
}

/** `--shard=I/N` parsed, or null when the process is not a shard. */
export function parseShard(argv: string[]): { index: number; count: number } | null {
  const shard = optionValue(argv, '--shard');
  if (shard === undefined) return null;
  const m = /^(\d+)\/(\d+)$/.exec(shard);
  if (m === null || +m[1] >= +m[2]) throw new Error(`--shard wants I/N with I < N, not ${shard}`);
  return { index: +m[1], count: +m[2] };
}

/** The items of shard `index` of `count`: every count-th item from `index`. */
export function shardItems<T>(items: T[], shard: { index: number; count: number }): T[] {
  return items.filter((_, i) => i % shard.count === shard.index);
}

/**
 * How many shards a run with `jobs` processes at a time splits into: several
 * per process, so that the run ends when the work does (a shard holding a
 * few slow scenarios is a small part of one process's share, not half of it).
 */
export function shardCountFor(jobs: number): number {
  return jobs === 1 ? 1 : jobs * 8;
}

/**
 * Runs `script` (a CLI of this package) as `shardCountFor(jobs)` shards,
 * `jobs` of them at a time, with `args`, and resolves to each shard's parsed
 * JSON report, in shard order. A shard exiting non-zero rejects (its stderr
 * is inherited, so the cause is shown).
 */
export async function runShards<R>(script: string, jobs: number, args: string[], label: string): Promise<R[]> {
  const count = shardCountFor(jobs);
  const runOne = (i: number): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [...process.execArgv, script, `--shard=${i}/${count}`, ...args], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code: number) => (code === 0 ? resolve(out) : reject(new Error(`${label} shard ${i}/${count} exited with ${code}`))));
    });
  const outs: string[] = new Array(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      outs[i] = await runOne(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, count) }, worker));
  return outs.map((o) => JSON.parse(o) as R);
}
