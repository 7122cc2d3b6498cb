/**
 * os._exit(n): the run ends at once with status n & 0xff -- no finally
 * block, atexit handler, finalizer, generator cleanup or module teardown
 * runs, and nothing is written after it (not even by the __del__s that
 * unwinding the simulation triggers); bad arguments get CPython's errors.
 */
import { runScenario } from '../../src/lang';

function run(src: string) {
  return runScenario(src, 'scenario.py', { gcDebugChecks: true });
}

describe('os._exit', () => {
  test('ends the run with no shutdown', () => {
    const r = run(
      'import os, atexit, weakref\n' +
        'class R:\n    def __del__(self): print("del")\n' +
        'r = R()\nweakref.finalize(r, print, "fin")\natexit.register(print, "atexit")\n' +
        'def f():\n    local = R()\n    try:\n        print("before")\n        os._exit(258)\n    finally:\n        print("finally")\nf()\n',
    );
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(2);
  });

  test('from an atexit handler, the remaining handlers do not run', () => {
    const r = run('import os, atexit\natexit.register(print, "never")\natexit.register(os._exit, 9)\nprint("end")\n');
    expect(r).toMatchObject({ stdout: 'end\n', exitCode: 9 });
  });

  test('bad arguments', () => {
    const r = run(
      'import os\nfor a, k in [((), {}), (("x",), {}), ((1, 2), {}), ((2**40,), {}), ((1,), {"status": 2})]:\n' +
        '    try:\n        os._exit(*a, **k)\n    except (TypeError, OverflowError) as e:\n        print(type(e).__name__, e)\n',
    );
    expect(r.stdout).toBe(
      "TypeError _exit() missing required argument 'status' (pos 1)\n" +
        "TypeError 'str' object cannot be interpreted as an integer\n" +
        'TypeError _exit() takes at most 1 argument (2 given)\n' +
        'OverflowError Python int too large to convert to C int\n' +
        'TypeError _exit() takes at most 1 argument (2 given)\n',
    );
    expect(r.exitCode).toBe(0);
  });
});
