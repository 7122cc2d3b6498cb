/**
 * `npm run diffcheck -- [--seed N] [--count N] [--python PATH] [--seeds A..B]`:
 * seeded random expressions evaluated by python3 and by gclab, every
 * difference listed (docs/diffcheck.md). Exit status 0 when there are none,
 * 1 when there are, 2 when python3 3.11 is missing or a run failed.
 */
import { isKnownOpen, pythonVersion, runDiffcheck } from './expression-diffcheck';

function main(argv: string[]): number {
  let seed = 1;
  let count = 2000;
  let python = 'python3';
  let seeds = 1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--seed') seed = Number(value());
    else if (a === '--count') count = Number(value());
    else if (a === '--python') python = value();
    else if (a === '--batches') seeds = Number(value());
    else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: npm run diffcheck -- [--seed N] [--count N] [--batches N] [--python PATH]\n');
      return 0;
    } else {
      process.stderr.write(`diffcheck: unknown option '${a}'\n`);
      return 2;
    }
  }
  const version = pythonVersion(python);
  if (version === null || !version.startsWith('Python 3.11.')) {
    process.stderr.write(`diffcheck: needs CPython 3.11 as the oracle; '${python} --version' says: ${version ?? 'not found'}\n`);
    return 2;
  }
  let total = 0;
  let differences = 0;
  let known = 0;
  for (let s = seed; s < seed + seeds; s++) {
    const result = runDiffcheck(s, count, python);
    if (result.failure !== null) {
      process.stderr.write(`diffcheck: seed ${s}: ${result.failure}\n`);
      return 2;
    }
    total += result.expressions.length;
    for (const d of result.differences) {
      if (isKnownOpen(d)) known++;
      else differences++;
      process.stdout.write(`seed ${s} #${d.index}: ${d.expression}\n  python3: ${d.python}\n  gclab:   ${d.gclab}\n`);
    }
  }
  process.stdout.write(
    `${total} expressions (seeds ${seed}..${seed + seeds - 1}, ${version}): ${differences} differences, ${known} more in known open classes (docs/diffcheck.md)\n`,
  );
  return differences === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
