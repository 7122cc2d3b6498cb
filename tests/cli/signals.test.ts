/**
 * Output written as it is produced, and signals, through the real command:
 * a real SIGINT raises KeyboardInterrupt in the running scenario (traceback,
 * status 130, as python3); SIGTERM ends gclab as it ends python3 (killed by
 * the signal, status 143) after what was printed is out; one process, so no
 * child is left behind.
 */
import * as fs from 'fs';
import { validateTrace } from '../../src/heap/trace-format';
import { ensureBuilt, scenario, start, tmpPath } from './bin';

jest.setTimeout(120_000);
beforeAll(ensureBuilt);

const ticking = scenario(
  'ticking.py',
  'print("started", flush=True)\ni = 0\nwhile True:\n    i += 1\n',
);

test('Ctrl-C (a real SIGINT) raises KeyboardInterrupt in the scenario: partial output, traceback, status 130', async () => {
  const run = start(['run', ticking]);
  await run.waitForOutput('started\n');
  run.child.kill('SIGINT');
  const r = await run.done;
  expect(r.status).toBe(130);
  expect(r.signal).toBeNull();
  expect(r.out).toBe('started\n');
  expect(r.err).toMatch(new RegExp(`^Traceback \\(most recent call last\\):\\n  File "${ticking}", line \\d, in <module>\\n.*\\nKeyboardInterrupt\\n$`, 's'));
});

test('a scenario can catch KeyboardInterrupt and go on, as in python3', async () => {
  const f = scenario(
    'catches.py',
    'import gc\nclass C:\n    def __del__(self):\n        print("del C")\ntry:\n    c = C()\n    print("waiting")\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print("caught")\n    del c\nprint("end")\n',
  );
  const run = start(['run', f]);
  await run.waitForOutput('waiting\n');
  run.child.kill('SIGINT');
  expect(await run.done).toMatchObject({ status: 0, out: 'waiting\ncaught\ndel C\nend\n', err: '' });
});

test('SIGTERM: what was printed is out, then gclab dies of the signal (status 143), as python3', async () => {
  const run = start(['run', ticking]);
  await run.waitForOutput('started\n');
  run.child.kill('SIGTERM');
  const r = await run.done;
  expect(r.signal).toBe('SIGTERM');
  expect(r.status).toBe(143);
  expect(r.out).toBe('started\n');
});

test('output streams while the scenario runs, and an endless printer runs in bounded memory', async () => {
  const run = start(['run', scenario('printer.py', 'while True:\n    print("x" * 200)\n')]);
  const line = 'x'.repeat(200) + '\n';
  await run.waitForOutput(line);
  // Let it print a few megabytes, then look at its resident memory.
  while (run.out().length < 4_000_000) await new Promise((r) => setTimeout(r, 50));
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${run.child.pid}/status`, 'utf8'))![1]);
  run.child.kill('SIGINT');
  const r = await run.done;
  expect(r.status).toBe(130);
  expect(r.err).toMatch(/KeyboardInterrupt\n$/);
  expect(rssKb).toBeLessThan(400_000);
  // Whole lines only: the output buffer is flushed before the traceback.
  expect(r.out.length % line.length).toBe(0);
});

test('--trace streams to its file as the events happen', async () => {
  const trace = tmpPath('live.jsonl');
  const run = start(['run', '--trace', trace, scenario('churn.py', 'print("go", flush=True)\nwhile True:\n    x = [1]\n')]);
  await run.waitForOutput('go\n');
  while (fs.statSync(trace).size < 200_000) await new Promise((r) => setTimeout(r, 50));
  run.child.kill('SIGINT');
  expect((await run.done).status).toBe(130);
  const lines = fs.readFileSync(trace, 'utf8').split('\n');
  expect(lines.pop()).toBe('');
  const [header, ...events] = lines.map((l) => JSON.parse(l));
  expect(header).toMatchObject({ format: 'gclab-trace', version: 1 });
  expect(events.length).toBeGreaterThan(1000);
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  // Interrupted, it is still a valid trace: every event up to the interrupt, then the run's end.
  expect(validateTrace(fs.readFileSync(trace, 'utf8'))).toEqual([]);
  expect(events.at(-1)).toMatchObject({ kind: 'exit', status: 130 });
});
