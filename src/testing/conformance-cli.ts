/**
 * `npm run conformance`: every scenario of ../shared/conformance (the CPython
 * corpus beside the checkout) and tests/conformance, through gclab. Ends
 * with `N passed, M failed` and exits 1 on any failure.
 * Usage: node dist/testing/conformance-cli.js [--verbose] [filter]
 */
import * as fs from 'fs';
import * as path from 'path';
import { diffLines, listScenarios, runCase } from './conformance';

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const filter = argv.find((a) => !a.startsWith('-'));
  const root = path.resolve(__dirname, '..', '..');
  const dirs = [path.resolve(root, '..', 'shared', 'conformance'), path.join(root, 'tests', 'conformance')];
  let passed = 0;
  let failed = 0;
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) console.log(`note: ${dir} not found; its scenarios were not run`);
    const files = listScenarios(dir).filter((f) => filter === undefined || f.includes(filter));
    for (const file of files) {
      let r;
      try {
        r = runCase(file);
      } catch (e) {
        failed++;
        console.log(`FAIL ${path.relative(root, file)}: crashed: ${(e as Error).stack}`);
        continue;
      }
      if (r.ok) {
        passed++;
        if (verbose) console.log(`ok   ${path.relative(root, file)}`);
      } else {
        failed++;
        console.log(`FAIL ${path.relative(root, file)} (exit ${r.actualExit}, expected ${r.expectedExit})`);
        console.log(diffLines(r.expectedOut, r.actualOut));
        if (verbose && r.stderr) console.log('  stderr: ' + r.stderr.split('\n').slice(-4).join('\n  stderr: '));
      }
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
