/**
 * The conformance corpus under --gc-stress (src/testing/gc-stress.ts):
 * tests/gc-stress-timing-dependent.txt lists, with a reason each, the
 * scenarios whose output depends on collection timing. Here: the list is
 * well formed and names real scenarios, each listed one does differ under
 * stress (every third of them), and a fixed sample of the others (every
 * 20th; the whole corpus with GCLAB_LONG=1) prints its python3 output under
 * stress. `npm run gc-stress` runs the whole corpus and the whole list.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkGcStress, conformanceCorpus, readTimingDependentList } from '../../src/testing/gc-stress';
import { runCase } from '../../src/testing/conformance';

jest.setTimeout(600_000);

const ROOT = path.join(__dirname, '..', '..');
const LIST = path.join(ROOT, 'tests', 'gc-stress-timing-dependent.txt');
const LONG = process.env.GCLAB_LONG === '1';

test('the list: one scenario and a reason per line, each scenario exists', () => {
  const list = readTimingDependentList(LIST);
  expect(list.size).toBeGreaterThan(0);
  const corpus = conformanceCorpus(ROOT);
  for (const [key, reason] of list) {
    expect(reason.length).toBeGreaterThan(20);
    const sharedMissing = key.startsWith('shared/') && !fs.existsSync(path.resolve(ROOT, '..', 'shared', 'conformance'));
    if (!sharedMissing) expect({ key, exists: corpus.has(key) }).toEqual({ key, exists: true });
  }
});

test('a malformed list is refused with the line', () => {
  const bad = path.join(fs.mkdtempSync(path.join(require('os').tmpdir(), 'gclab-stress-')), 'list.txt');
  fs.writeFileSync(bad, 'tests/x.py\n');
  expect(() => readTimingDependentList(bad)).toThrow(/list\.txt:1: expected/);
  fs.writeFileSync(bad, 'tests/x.py  a reason\ntests/x.py  again\n');
  expect(() => readTimingDependentList(bad)).toThrow(/listed twice/);
});

test('the listed scenarios differ under stress, and the sampled others do not', () => {
  const list = readTimingDependentList(LIST);
  const keys = [...conformanceCorpus(ROOT).keys()];
  const corpus = conformanceCorpus(ROOT);
  // A scenario that needs the CLI's large host stack (deep recursion at the limit) fails here on
  // Jest's small one whether stressed or not; `npm run gc-stress` runs it with the CLI's stack.
  // Deep source nesting can even overflow Jest's stack in the compiler's walks (a RangeError out of runCase).
  const passesHere = (k: string): boolean => {
    try {
      return runCase(corpus.get(k)!, { gcDebugChecks: false }).ok;
    } catch (e) {
      if (e instanceof RangeError) return false;
      throw e;
    }
  };
  // Every third listed scenario and every 20th other (all with GCLAB_LONG=1): `npm run gc-stress`,
  // which CI runs too, checks the whole corpus and every entry of the list.
  const listed = [...list.keys()].filter((_, i) => i % 3 === 0);
  const sample = LONG ? keys : [...listed, ...keys.filter((k, i) => i % 20 === 0 && !list.has(k) && passesHere(k))];
  const r = checkGcStress(ROOT, LIST, sample);
  expect(r.unexpected).toEqual([]);
  expect(r.stale).toEqual([]);
  expect(r.unknown).toEqual([]);
  expect(r.passed.length).toBeGreaterThan(LONG ? 300 : 10);
});

test('npm run gc-stress -- --jobs N: the same lines and status for any N; a bad N is refused', () => {
  const { spawnSync } = require('child_process') as typeof import('child_process');
  const cli = path.join(ROOT, 'dist', 'testing', 'gc-stress-cli.js');
  const run = (...args: string[]) => spawnSync(process.execPath, ['--stack-size=3900', cli, ...args], { encoding: 'utf8' });
  // A filter that takes both passing and listed scenarios, split unevenly over three shards.
  const one = run('gen_');
  const three = run('--jobs', '3', 'gen_');
  expect(one.status).toBe(0);
  expect(one.stdout).toMatch(/^gc-stress: \d+ same under --gc-stress, \d+ timing-dependent/m);
  expect({ status: three.status, stdout: three.stdout }).toEqual({ status: one.status, stdout: one.stdout });
  const bad = run('--jobs', '0', 'gen_');
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('--jobs wants a positive integer, not 0');
});
