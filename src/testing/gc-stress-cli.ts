/**
 * `npm run gc-stress`: every conformance scenario under --gc-stress,
 * checked against tests/gc-stress-timing-dependent.txt (gc-stress.ts). Ends
 * with a summary line and exits 1 when a scenario not on the list fails, a
 * listed one passes, or the list names a scenario that does not exist.
 * Usage: node dist/testing/gc-stress-cli.js [--verbose] [filter]
 */
import * as path from 'path';
import { checkGcStress, conformanceCorpus } from './gc-stress';

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const filter = argv.find((a) => !a.startsWith('-'));
  const root = path.resolve(__dirname, '..', '..');
  const keys = [...conformanceCorpus(root).keys()].filter((k) => filter === undefined || k.includes(filter));
  const r = checkGcStress(root, path.join(root, 'tests', 'gc-stress-timing-dependent.txt'), keys, (key, ok) => {
    if (verbose) console.log(`${ok ? 'same' : 'DIFF'} ${key}`);
  });
  for (const u of r.unexpected) console.log(`FAIL ${u.key}: differs under --gc-stress and is not listed as timing-dependent: ${u.detail}`);
  for (const s of r.stale) console.log(`FAIL ${s}: listed as timing-dependent, but its output is the same under --gc-stress (remove the entry)`);
  for (const k of r.unknown) console.log(`FAIL ${k}: listed, but there is no such scenario`);
  console.log(
    `gc-stress: ${r.passed.length} same under --gc-stress, ${r.listed.length} timing-dependent (listed), ` +
      `${r.unexpected.length} unexpected differences, ${r.stale.length} stale entries`,
  );
  return r.unexpected.length + r.stale.length + r.unknown.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
