/**
 * `gclab explore` through the real command: the report, the replay file and
 * command (the replay reproduces the failing run's trace byte for byte),
 * --json, the same result with one worker or several, quiet output when
 * standard error is not a terminal, and the usage errors.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import { ensureBuilt, gclab, scenario, tmpPath } from './bin';

jest.setTimeout(180_000);
beforeAll(ensureBuilt);

const buggy = scenario(
  'explore_cache.py',
  `import weakref
class Box:
    def __init__(self, name):
        self.name = name
        self.me = self
cache = weakref.WeakValueDictionary()
def get(name):
    if name in cache:
        t = {name, 1}  # a set: counted (tuples may come from a free list)
        return cache[name]
    b = Box(name)
    cache[name] = b
    return b
for n in ["a", "b", "a", "b"]:
    print(get(n).name)
`,
);
const clean = scenario('explore_clean.py', 'xs = [[i] for i in range(3)]\nprint(len(xs))\n');

test('a failure: the minimal schedule, the difference, the replay command and file', () => {
  const replayFile = tmpPath('cache.schedule');
  const r = gclab(['explore', '--workers', '2', '--replay-file', replayFile, buggy]);
  expect(r.status).toBe(1);
  expect(r.err).toBe(''); // no progress bar outside a terminal
  expect(r.out).toMatch(/FAILED at schedule \d+ of 1000 \(single collections\)/);
  expect(r.out).toContain("why: exit status 1, expected 0 (raised KeyError: '");
  expect(r.out).toMatch(/minimal schedule: alloc:\d+:g0\n/);
  expect(r.out).toContain(`replay: gclab run --schedule @${replayFile} ${buggy}`);
  const schedule = /minimal schedule: (\S+)/.exec(r.out)![1];
  const file = fs.readFileSync(replayFile, 'utf8');
  expect(file).toMatch(/^# gclab explore /);
  expect(file.split('\n').filter((l) => l !== '' && !l.startsWith('#'))).toEqual([schedule]);
  const replay = gclab(['run', '--schedule', `@${replayFile}`, buggy]);
  expect(replay.status).toBe(1);
  expect(replay.err).toMatch(/KeyError: '[ab]'\n$/);
});

test('--json is the same with one worker and with three; the replay reproduces the trace byte for byte', () => {
  const one = gclab(['explore', '--json', '--workers', '1', '--budget', '100', '--seed', '5', '--replay-file', tmpPath('a.schedule'), buggy]);
  const three = gclab(['explore', '--json', '--workers', '3', '--budget', '100', '--seed', '5', '--replay-file', tmpPath('a.schedule'), buggy]);
  expect(one.status).toBe(1);
  expect(three.out).toBe(one.out);
  const j = JSON.parse(one.out);
  expect(j).toMatchObject({ ok: false, runs: j.failure.foundAt + 1 });
  const trace = tmpPath('replay.jsonl');
  const replay = gclab(['run', '--trace', trace, '--schedule', j.failure.schedule, buggy]);
  expect(replay.status).toBe(j.failure.exitCode);
  expect(replay.out).toBe(j.failure.stdout);
  expect(createHash('sha256').update(fs.readFileSync(trace, 'utf8')).digest('hex')).toBe(j.failure.traceSha256);
});

test('a clean scenario: the summary line, status 0', () => {
  const r = gclab(['explore', '--budget', '20', clean]);
  expect(r).toMatchObject({ status: 0, err: '' });
  expect(r.out).toMatch(/^explore .*explore_clean\.py: no failure in 20 schedules, \d+ steps; \d+ GC-tracked allocations; space: /);
});

test('--expect-output names the expected output', () => {
  const expected = tmpPath('clean.out');
  fs.writeFileSync(expected, '4\n');
  const r = gclab(['explore', '--expect-output', expected, '--replay-file', tmpPath('c.schedule'), clean]);
  expect(r.status).toBe(1);
  expect(r.out).toContain('FAILED under the default schedule');
  expect(r.out).toContain('- 4');
  expect(r.out).toContain('+ 3');
});

test.each([
  [['explore'], /explore needs one scenario file/],
  [['explore', '--seed', 'x', clean], /--seed needs a whole number, not 'x'/],
  [['explore', '--budget', '0', clean], /--budget needs a positive whole number/],
  [['explore', '--bogus', clean], /unknown option '--bogus'/],
  [['explore', '-'], /not standard input/],
])('usage error: %j', (args, message) => {
  const r = gclab(args as string[]);
  expect(r.status).toBe(2);
  expect(r.err).toMatch(message);
});

test('a missing scenario or expected-output file: status 2', () => {
  expect(gclab(['explore', tmpPath('nope.py')])).toMatchObject({ status: 2 });
  const r = gclab(['explore', '--expect-output', tmpPath('nope.out'), clean]);
  expect(r.status).toBe(2);
  expect(r.err).toMatch(/cannot read the expected output/);
});

test('--help', () => {
  const r = gclab(['explore', '--help']);
  expect(r.status).toBe(0);
  for (const opt of ['--budget', '--seed', '--time', '--workers', '--expect-output', '--json']) expect(r.out).toContain(opt);
});
