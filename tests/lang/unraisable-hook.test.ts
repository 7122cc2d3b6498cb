/**
 * sys.unraisablehook (_PyErr_WriteUnraisableMsg): a program's hook gets an
 * UnraisableHookArgs; None, an unset hook or the builtin one give the
 * default report; a failing hook's own error is reported instead of the
 * original; bad calls of the builtin hook get CPython's TypeErrors. The
 * heap stays consistent afterwards.
 */
import { runScenario } from '../../src/lang';

function run(src: string) {
  return runScenario(src, 'scenario.py', { gcDebugChecks: true });
}

const FAULTY = 'class D:\n    def __del__(self):\n        raise KeyError("k")\n';

describe('sys.unraisablehook', () => {
  test('a hook of the program receives the five fields', () => {
    const r = run(
      'import sys\n' +
        FAULTY +
        'def hook(u):\n    print(type(u).__name__, u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__qualname__, u.exc_traceback.tb_lineno, len(u))\n' +
        'sys.unraisablehook = hook\nD()\nprint(repr(type(sys.__unraisablehook__)))\n',
    );
    expect(r.stdout).toBe("UnraisableHookArgs KeyError 'k' None D.__del__ 4 5\n<class 'builtin_function_or_method'>\n");
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
  });

  test('None and a deleted hook fall back to the default report', () => {
    const r = run('import sys\n' + FAULTY + 'sys.unraisablehook = None\nD()\ndel sys.unraisablehook\nD()\nprint("ok")\n');
    expect(r.stdout).toBe('ok\n');
    expect(r.stderr.match(/^Exception ignored in: <function D.__del__ at 0x[0-9a-f]+>$/gm)?.length).toBe(2);
  });

  test("a failing hook's error is reported, not the original", () => {
    const r = run('import sys\n' + FAULTY + 'def bad(u):\n    raise RuntimeError("hook")\nsys.unraisablehook = bad\nD()\n');
    expect(r.stderr).toMatch(/^Exception ignored in sys.unraisablehook: <function bad at 0x[0-9a-f]+>\n/);
    expect(r.stderr).toContain('RuntimeError: hook\n');
    expect(r.stderr).not.toContain('KeyError');
  });

  test('the builtin hook checks its argument', () => {
    const r = run(
      'import sys\nfor args in [(1,), (), (1, 2)]:\n    try:\n        sys.__unraisablehook__(*args)\n    except TypeError as e:\n        print(e)\n',
    );
    expect(r.stdout).toBe(
      'sys.unraisablehook argument type must be UnraisableHookArgs\n' +
        'sys.unraisablehook() takes exactly one argument (0 given)\n' +
        'sys.unraisablehook() takes exactly one argument (2 given)\n',
    );
  });

  test('an atexit handler error names its message in err_msg', () => {
    const r = run('import sys, atexit\nsys.unraisablehook = lambda u: print(u.err_msg, u.exc_type.__name__)\natexit.register(lambda: 1 / 0)\n');
    expect(r.stdout).toBe('Exception ignored in atexit callback ZeroDivisionError\n');
  });
});
