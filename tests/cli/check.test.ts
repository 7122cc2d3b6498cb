/**
 * `gclab check` through the real command: statuses by signal read as the
 * shell reads them, python3 missing or not 3.11, the diff and its legend,
 * --json, and timeouts.
 */
import * as fs from 'fs';
import { ensureBuilt, gclab, hasPython311, scenario, tmpPath } from './bin';

jest.setTimeout(180_000);
beforeAll(ensureBuilt);

const same = scenario('same.py', 'import gc\nclass N:\n    def __del__(self):\n        print("del")\na = N(); a.me = a\ndel a\nprint(gc.collect() > 0)\n');
/** A fake interpreter that says it is CPython 3.12. */
const python312 = (() => {
  const f = tmpPath('python3.12');
  fs.writeFileSync(f, '#!/bin/sh\necho "CPython 3.12.1"\n');
  fs.chmodSync(f, 0o755);
  return f;
})();

test('python3 missing or not CPython 3.11 is an error (status 2) naming --python', () => {
  const missing = gclab(['check', '--python', tmpPath('no-python'), same]);
  expect(missing.status).toBe(2);
  expect(missing.err).toMatch(/^gclab: check needs CPython 3\.11, and '.*no-python' was not found \(install it or name it with --python PATH\)\n$/);
  const wrong = gclab(['check', `--python=${python312}`, same]);
  expect(wrong.status).toBe(2);
  expect(wrong.err).toContain('is CPython 3.12.1');
});

test('a missing scenario is an error before anything runs', () => {
  const r = gclab(['check', tmpPath('nope.py')]);
  expect(r).toMatchObject({ status: 2, out: '' });
  expect(r.err).toContain('[Errno 2] No such file or directory');
});

(hasPython311 ? describe : describe.skip)('against python3', () => {
  test('same output and status: status 0', () => {
    expect(gclab(['check', same])).toMatchObject({ status: 0, out: `${same}: same output and exit status (0)\n` });
  });

  test('a KeyboardInterrupt ends both with 130 (python3 dies of SIGINT: 128+2)', () => {
    const f = scenario('interrupted.py', 'print("before")\nraise KeyboardInterrupt\n');
    expect(gclab(['check', f])).toMatchObject({ status: 0, out: `${f}: same output and exit status (130)\n` });
  });

  test('differences are shown as a diff with a legend; status 1', () => {
    const addr = scenario('addr.py', 'class C:\n    pass\nprint("same line")\nprint(C())\n');
    const r = gclab(['check', addr]);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`${addr}: DIFFERENT (python3 exit 0, gclab exit 0)\n--- python3 (expected)\n+++ gclab (actual)\n`);
    expect(r.out).toMatch(/\n  same line\n- <__main__\.C object at 0x[0-9a-f]+>\n(- \n)?\+ <__main__\.C object at 0x[0-9a-f]+>\n/);
  });

  test('--json gives one object with every result', () => {
    const r = gclab(['check', '--json', same]);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ python: 'python3', same: 1, different: 0 });
    expect(j.results[0]).toMatchObject({
      file: same,
      same: true,
      gclab: { stdout: 'del\nTrue\n', status: 0, timedOut: false },
      python3: { stdout: 'del\nTrue\n', status: 0, timedOut: false },
      diff: '',
    });
  });

  test('--timeout stops a run that takes too long, with a clear message', () => {
    const loop = scenario('forever.py', 'while True:\n    pass\n');
    const r = gclab(['check', '--timeout', '2', loop]);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/forever\.py: (python3|gclab) did not finish within 2 s \(see --timeout\)\n$/);
  });
});
