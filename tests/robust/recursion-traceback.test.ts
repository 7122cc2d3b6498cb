/**
 * A RecursionError's traceback as CPython 3.11 prints it (tb_print_internal):
 * a run of identical entries shows three, then "[Previous line repeated N
 * more times]"; at most the last 1000 entries; the frame whose entry failed
 * the recursion check has no entry. The texts are python3 3.11.7's,
 * including its `^^^^` position lines.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runScenario } from '../../src/lang';
import { verifyHeap } from '../../src/heap';

/** Reaching CPython's 1000 frames needs the command's stack (the jest worker's is smaller). */
test('unbounded recursion: the collapsed traceback python3 prints (the gclab command)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-rec-'));
  const file = path.join(dir, 's.py');
  fs.writeFileSync(file, 'def f(n):\n    return f(n + 1)\nf(0)\n');
  const r = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'bin', 'gclab.js'), 'run', file], { encoding: 'utf8' });
  const entry = `  File "${file}", line 2, in f\n    return f(n + 1)\n           ^^^^^^^^\n`;
  expect(r.stderr).toBe(
    `Traceback (most recent call last):\n  File "${file}", line 3, in <module>\n    f(0)\n` +
      entry.repeat(3) +
      '  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n',
  );
  expect(r.status).toBe(1);
});

test('short runs are printed in full; a run of exactly four says "1 more time"', () => {
  const src = 'def g(n):\n    if n == 0:\n        raise ValueError("x")\n    g(n - 1)\ng(3)\n';
  const r = runScenario(src, '/s.py');
  const entry = '  File "/s.py", line 4, in g\n    g(n - 1)\n';
  expect(r.stderr).toBe(
    'Traceback (most recent call last):\n  File "/s.py", line 5, in <module>\n    g(3)\n' +
      entry.repeat(3) +
      '  [Previous line repeated 1 more time]\n  File "/s.py", line 3, in g\n    raise ValueError("x")\nValueError: x\n'.replace(
        '  [Previous line repeated 1 more time]\n',
        '',
      ),
  );
  const r4 = runScenario(src.replace('g(3)', 'g(4)'), '/s.py');
  expect(r4.stderr).toContain(entry.repeat(3) + '  [Previous line repeated 1 more time]\n  File "/s.py", line 3, in g\n');
});

test('mutual recursion alternates, so nothing collapses, and the caught error leaves the heap consistent', () => {
  const r = runScenario(
    'def a(n):\n    return b(n)\ndef b(n):\n    return a(n)\ntry:\n    a(0)\nexcept RecursionError as e:\n    print("caught", e)\n',
    '/s.py',
  );
  expect(r.stdout).toBe('caught maximum recursion depth exceeded\n');
  expect(() => verifyHeap(r.heap)).not.toThrow();
});
