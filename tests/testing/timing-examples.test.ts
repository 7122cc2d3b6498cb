/**
 * examples/timing/: timing bugs from real weakref usage. For each NAME.py:
 *  - under the default schedule gclab prints what python3 printed (NAME.out);
 *  - `gclab explore` finds it within its default budget and shrinks it to
 *    the schedule recorded in NAME.schedule (the replay file explore wrote),
 *    and that schedule replays the failure;
 *  - NAME_fixed.py explores clean: here every single collection plus a few
 *    random schedules; with GCLAB_LONG=1 the whole default budget (1000).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseSchedule } from '../../src/gc';
import { DEFAULT_BUDGET } from '../../src/cli/explore-command';
import { explore, inProcessRunner } from '../../src/testing/explorer';
import { judgeRun } from '../../src/testing/run-verdict';
import { runUnderSchedule } from '../../src/testing/schedule-run';

jest.setTimeout(600_000);

const DIR = path.resolve(__dirname, '../../examples/timing');
const LONG = process.env.GCLAB_LONG === '1';
const bugs = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.py') && !f.endsWith('_fixed.py'))
  .map((f) => f.replace(/\.py$/, ''))
  .sort();

const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');

test('at least three timing bugs, each with its fixed version, outputs and shrunk schedule', () => {
  expect(bugs).toEqual(expect.arrayContaining(['callback_touches_cache', 'check_then_get', 'iterate_while_collecting']));
  for (const b of bugs) {
    for (const f of [`${b}.py`, `${b}.out`, `${b}.schedule`, `${b}_fixed.py`, `${b}_fixed.out`]) {
      expect(fs.existsSync(path.join(DIR, f))).toBe(true);
    }
  }
});

describe.each(bugs)('%s', (name) => {
  test('the default schedule prints what python3 printed, for the bug and the fix', () => {
    for (const n of [name, `${name}_fixed`]) {
      const r = runUnderSchedule(read(`${n}.py`), `${n}.py`, null);
      expect(r).toMatchObject({ stdout: read(`${n}.out`), exitCode: 0, heapViolation: null });
    }
  });

  test('explore finds it within the default budget, shrunk to the recorded schedule, which replays it', async () => {
    const source = read(`${name}.py`);
    const r = await explore(inProcessRunner(source, `${name}.py`), { budget: DEFAULT_BUDGET });
    expect(r.failure).not.toBeNull();
    const recorded = parseSchedule(read(`${name}.schedule`)).toString();
    expect(r.failure!.schedule).toBe(recorded);
    const replay = runUnderSchedule(source, `${name}.py`, recorded);
    expect(judgeRun(replay, r.expected)).not.toBeNull();
    expect(replay.stdout).toBe(r.failure!.run.stdout);
    expect(replay.stderr).toBe(r.failure!.run.stderr);
  });

  test('the fixed version explores clean', async () => {
    const source = read(`${name}_fixed.py`);
    const runner = inProcessRunner(source, `${name}_fixed.py`);
    const probe = await explore(runner, { budget: 0 });
    const budget = LONG ? DEFAULT_BUDGET : probe.reference.gcAllocations * 3 + 20;
    const r = await explore(runner, { budget });
    expect(r.failure).toBeNull();
    expect(r.runs).toBe(budget);
  });
});
