/**
 * The conformance corpus under `--gc-stress` (a full collection at every
 * GC-tracked allocation, docs/gc.md section 8): a scenario whose output
 * does not depend on collection timing must print exactly its recorded
 * python3 output under stress too. The ones whose output does depend on it
 * (they print gc.get_count(), the number a gc.collect() found, objects that
 * live in cycles until a collection, ...) are listed, each with its reason,
 * in tests/gc-stress-timing-dependent.txt:
 *
 *     # comment
 *     shared/NAME.py   reason          (../shared/conformance/NAME.py)
 *     tests/NAME.py    reason          (tests/conformance/NAME.py)
 *
 * checkGcStress() runs every scenario under stress and reports the unlisted
 * ones that fail, the listed ones that pass (the list must stay exact), and
 * listed names that are not scenarios.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runScenario } from '../lang';
import { listScenarios } from './conformance';
import { moduleFileReader } from './module-files';

/** The list's entries: scenario key (`shared/NAME.py`, `tests/NAME.py`) -> reason. */
export function readTimingDependentList(file: string): Map<string, string> {
  const list = new Map<string, string>();
  for (const [n, raw] of fs.readFileSync(file, 'utf8').split('\n').entries()) {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') continue;
    const m = /^((?:shared|tests)\/[A-Za-z0-9_]+\.py)\s+(\S.*)$/.exec(line);
    if (m === null) throw new Error(`${file}:${n + 1}: expected 'shared/NAME.py reason' or 'tests/NAME.py reason', got '${raw}'`);
    if (list.has(m[1])) throw new Error(`${file}:${n + 1}: ${m[1]} is listed twice`);
    list.set(m[1], m[2]);
  }
  return list;
}

/** The corpus: key -> file, for ../shared/conformance (`shared/`) and tests/conformance (`tests/`). */
export function conformanceCorpus(root: string): Map<string, string> {
  const corpus = new Map<string, string>();
  const dirs: Array<[string, string]> = [
    ['shared', path.resolve(root, '..', 'shared', 'conformance')],
    ['tests', path.join(root, 'tests', 'conformance')],
  ];
  for (const [prefix, dir] of dirs) for (const f of listScenarios(dir)) corpus.set(`${prefix}/${path.basename(f)}`, f);
  return corpus;
}

/** One scenario under stress: does it print its recorded output and exit status? */
export function passesUnderStress(file: string): { ok: boolean; detail: string } {
  const base = file.replace(/\.py$/, '');
  const expectedOut = fs.readFileSync(base + '.out', 'utf8');
  const expectedExit = fs.existsSync(base + '.exit') ? parseInt(fs.readFileSync(base + '.exit', 'utf8').trim(), 10) : 0;
  const r = runScenario(fs.readFileSync(file), path.basename(file), {
    gcStress: true,
    readModuleFile: moduleFileReader(file),
  });
  if (r.stdout === expectedOut && r.exitCode === expectedExit) return { ok: true, detail: '' };
  const a = expectedOut.split('\n');
  const b = r.stdout.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return { ok: false, detail: `exit ${r.exitCode} (expected ${expectedExit}); first difference at line ${i + 1}: expected ${JSON.stringify(a[i] ?? '')}, got ${JSON.stringify(b[i] ?? '')}` };
}

/** What checkGcStress found. */
export interface GcStressReport {
  passed: string[];
  /** Listed as timing-dependent and indeed different under stress. */
  listed: string[];
  /** Not listed, yet different under stress: a bug (or a missing entry). */
  unexpected: Array<{ key: string; detail: string }>;
  /** Listed, yet the same under stress: the entry should go. */
  stale: string[];
  /** Listed names that are not in the corpus. */
  unknown: string[];
}

/** Run `keys` (default: the whole corpus) under stress and compare with the list. */
export function checkGcStress(root: string, listFile: string, keys?: readonly string[], onCase?: (key: string, ok: boolean) => void): GcStressReport {
  const corpus = conformanceCorpus(root);
  const list = readTimingDependentList(listFile);
  const report: GcStressReport = { passed: [], listed: [], unexpected: [], stale: [], unknown: [] };
  for (const key of list.keys()) if (!corpus.has(key) && fs.existsSync(path.dirname(corpusDir(root, key)))) report.unknown.push(key);
  for (const key of keys ?? [...corpus.keys()]) {
    const file = corpus.get(key);
    if (file === undefined) continue;
    let r: { ok: boolean; detail: string };
    try {
      r = passesUnderStress(file);
    } catch (e) {
      r = { ok: false, detail: `crashed: ${(e as Error).message}` };
    }
    onCase?.(key, r.ok);
    if (r.ok) {
      if (list.has(key)) report.stale.push(key);
      else report.passed.push(key);
    } else if (list.has(key)) report.listed.push(key);
    else report.unexpected.push({ key, detail: r.detail });
  }
  return report;
}

function corpusDir(root: string, key: string): string {
  const [prefix, name] = key.split('/');
  return prefix === 'shared' ? path.resolve(root, '..', 'shared', 'conformance', name) : path.join(root, 'tests', 'conformance', name);
}
