/** `gclab check`: run scenarios in gclab and in python3 and diff the results. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runScenario } from '../lang';
import { moduleFileReader } from '../testing/module-files';
import { diffLines } from '../testing/conformance';
import { CHECK_HELP, UsageError } from './usage';

function python3(file: string): { stdout: string; status: number } | null {
  const r = spawnSync('python3', [path.basename(file)], { cwd: path.dirname(path.resolve(file)), encoding: 'utf8' });
  if (r.error) return null;
  return { stdout: r.stdout, status: r.status ?? 1 };
}

export function checkCommand(argv: string[]): number {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(CHECK_HELP);
    return 0;
  }
  const files = argv.filter((a) => !a.startsWith('-'));
  if (files.length === 0) throw new UsageError('check needs at least one scenario file');
  let bad = 0;
  for (const file of files) {
    let source: string;
    try {
      source = fs.readFileSync(file, 'utf8');
    } catch {
      process.stderr.write(`gclab: can't open file '${file}'\n`);
      bad++;
      continue;
    }
    const ours = runScenario(source, path.resolve(file), { readModuleFile: moduleFileReader(file) });
    const theirs = python3(file);
    if (theirs === null) {
      process.stdout.write(`${file}: python3 not found; gclab exit ${ours.exitCode}\n`);
      continue;
    }
    if (ours.stdout === theirs.stdout && ours.exitCode === theirs.status) {
      process.stdout.write(`${file}: same output and exit status (${ours.exitCode})\n`);
    } else {
      bad++;
      process.stdout.write(`${file}: DIFFERENT (gclab exit ${ours.exitCode}, python3 exit ${theirs.status})\n`);
      process.stdout.write(diffLines(theirs.stdout, ours.stdout) + '\n');
    }
  }
  return bad === 0 ? 0 : 1;
}
