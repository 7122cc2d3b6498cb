/**
 * The runtime needs no Node API: the playground's scenario worker, bundled
 * for the browser platform as `npm run build:web` bundles it, runs a
 * scenario inside a bare JavaScript context that has no `process`,
 * `require`, `Buffer` or module system, only what a Web Worker has that the
 * worker uses (`self.onmessage`, `self.postMessage`). Runs without Chromium.
 */
import * as path from 'path';
import * as vm from 'vm';
import { buildSync } from 'esbuild';
import type { WorkerMessage } from '../../src/web/playground/worker-protocol';
import { parseTraceLines } from '../../src/viz/trace-adapter';
import { validateTrace } from '../../src/heap/trace-format';

jest.setTimeout(60_000);

const bundle = buildSync({
  entryPoints: [path.join(__dirname, '..', '..', 'src', 'web', 'playground', 'scenario-worker.ts')],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2020',
  write: false,
  logLevel: 'silent',
}).outputFiles[0].text;

/** Run one scenario in a fresh bare context; returns the messages the worker posted. */
function runInBareContext(source: string, maxSteps = 1_000_000): WorkerMessage[] {
  const posted: WorkerMessage[] = [];
  const self: { onmessage: ((e: { data: unknown }) => void) | null; postMessage(m: WorkerMessage): void } = {
    onmessage: null,
    postMessage: (m) => posted.push(JSON.parse(JSON.stringify(m))),
  };
  const context = vm.createContext({ self, console });
  vm.runInContext(bundle, context);
  expect(vm.runInContext('typeof process + typeof require + typeof Buffer + typeof module', context)).toBe('undefinedundefinedundefinedundefined');
  self.onmessage!({ data: { kind: 'run', source, filename: 'playground.py', maxSteps, gclabVersion: '9.9.9' } });
  return posted;
}

test('the bundle imports no Node module', () => {
  expect(bundle).not.toMatch(/require\(["'](?:fs|path|worker_threads|child_process|os|tty)["']\)/);
});

test('a scenario runs in a context without Node APIs: output, exit status and trace come back as messages', () => {
  const posted = runInBareContext('import gc, weakref\nclass A: pass\na = A()\na.me = a\nr = weakref.ref(a, lambda r: print("callback"))\ndel a\nprint(gc.collect())\n');
  const output = posted.filter((m) => m.kind === 'output').map((m) => (m.kind === 'output' ? m.text : '')).join('');
  expect(output).toBe('callback\n1\n');
  const done = posted[posted.length - 1];
  expect(done.kind).toBe('done');
  if (done.kind !== 'done') return;
  expect(done.exitCode).toBe(0);
  expect(done.truncated).toBe(false);
  const records = parseTraceLines(done.trace);
  expect(records[0]).toMatchObject({ format: 'gclab-trace', version: 1, gclab: '9.9.9', scenario: 'playground.py', profile: { level: 'all' } });
  const kinds = new Set(records.map((r) => r.kind));
  for (const k of ['startup', 'line', 'frame', 'bind', 'alloc', 'incref', 'decref', 'edges', 'death', 'gc-start', 'gc-phase', 'gc-end', 'callback', 'output', 'exit']) expect(kinds).toContain(k);
  expect(validateTrace(done.trace)).toEqual([]);
});

test('errors, limits and gc debug output stay inside the run', () => {
  const raised = runInBareContext('import gc\ngc.set_debug(gc.DEBUG_STATS)\ngc.collect()\nraise SystemExit(4)\n');
  const err = raised.filter((m) => m.kind === 'output' && m.stream === 'err').map((m) => (m.kind === 'output' ? m.text : '')).join('');
  expect(err).toMatch(/^gc: collecting generation 2\.\.\./);
  expect(raised[raised.length - 1]).toMatchObject({ kind: 'done', exitCode: 4 });
  const looping = runInBareContext('while True:\n    pass\n', 50_000);
  expect(looping[looping.length - 1]).toMatchObject({ kind: 'done', exitCode: 3 });
});
