/**
 * `gclab fuzz` through the real command, against python3 (skipped, and
 * reported as skipped, where python3 is not CPython 3.11): a few programs
 * in both modes agree; --json; --save writes nothing when nothing differs;
 * the usage errors. The campaign figures are in docs/testing.md; a long
 * campaign runs with GCLAB_LONG=1.
 */
import * as fs from 'fs';
import { ensureBuilt, gclab, hasPython311, tmpPath } from './bin';

jest.setTimeout(600_000);
beforeAll(ensureBuilt);

const LONG = process.env.GCLAB_LONG === '1';
const whenPython = hasPython311 ? test : test.skip;

whenPython.each(['strict', 'sorted'])('%s: the programs agree with python3', (mode) => {
  const save = tmpPath(`fuzz-${mode}`);
  const count = LONG ? 1000 : 6;
  const r = gclab(['fuzz', '--seed', '9', '--count', String(count), '--mode', mode, '--save', save, '--json']);
  const j = JSON.parse(r.out);
  expect(j).toMatchObject({ seed: 9, mode, count, agree: count, differ: 0, differences: [] });
  expect(r.status).toBe(0);
  expect(r.err).toBe('');
  expect(fs.existsSync(save)).toBe(false);
});

whenPython('the text report ends with the summary line', () => {
  const r = gclab(['fuzz', '--count', '2', '--size', '8']);
  expect(r.status).toBe(0);
  expect(r.out).toBe('fuzz: 2 programs (seed 0, mode strict, size 8): 2 agree with python3, 0 differ\n');
});

test.each([
  [['fuzz', '--mode', 'loose'], /--mode is 'strict' or 'sorted', not 'loose'/],
  [['fuzz', '--seed', '-1'], /--seed needs a whole number/],
  [['fuzz', '--count', '0'], /--count needs a positive whole number/],
  [['fuzz', 'x.py'], /fuzz takes no operands/],
])('usage error: %j', (args, message) => {
  const r = gclab(args as string[]);
  expect(r.status).toBe(2);
  expect(r.err).toMatch(message);
});

test('a python that is not CPython 3.11: status 2', () => {
  const r = gclab(['fuzz', '--python', tmpPath('no-such-python')]);
  expect(r.status).toBe(2);
  expect(r.err).toMatch(/not found/);
});

test('--help', () => {
  const r = gclab(['fuzz', '--help']);
  expect(r.status).toBe(0);
  for (const opt of ['--seed', '--count', '--mode', '--save', '--jobs', '--json']) expect(r.out).toContain(opt);
});
