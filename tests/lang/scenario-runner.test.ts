/**
 * The scenario runner's contract: exit codes, tracebacks, syntax errors,
 * limits, isolation from the host, determinism of the trace, and a
 * consistent heap afterwards.
 */
import { runScenario } from '../../src/lang';
import { verifyHeap } from '../../src/heap';

function run(src: string, opts = {}) {
  return runScenario(src, 'scenario.py', { gcDebugChecks: true, ...opts });
}

describe('exit status and error reports', () => {
  test('a normal scenario exits 0', () => {
    const r = run('print("hi")\n');
    expect(r).toMatchObject({ stdout: 'hi\n', stderr: '', exitCode: 0 });
  });

  test('an uncaught exception prints a traceback on stderr and exits 1, keeping stdout', () => {
    const r = run('print("before")\ndef f():\n    raise ValueError("boom")\nf()\n');
    expect(r.stdout).toBe('before\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n' +
        '  File "scenario.py", line 4, in <module>\n    f()\n' +
        '  File "scenario.py", line 3, in f\n    raise ValueError("boom")\n' +
        'ValueError: boom\n',
    );
  });

  test('a syntax error is reported before anything runs, with its line and carets, as python3 does', () => {
    const r = run('print(1)\nclass C(x for x in y): pass\n');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('  File "scenario.py", line 2\n    class C(x for x in y): pass\n              ^^^\nSyntaxError: invalid syntax\n');
  });

  test('an uncaught KeyboardInterrupt exits 130 after finalization, as python3 does', () => {
    const r = run('import weakref\nclass C:\n    pass\nc = C()\nweakref.finalize(c, print, "fin")\nraise KeyboardInterrupt\n');
    expect(r.exitCode).toBe(130);
    expect(r.stdout).toBe('fin\n');
    expect(r.stderr).toMatch(/KeyboardInterrupt\n$/);
  });

  test('constructs outside the language are refused with a clear error, never skipped', () => {
    for (const [src, msg] of [
      ['class B(bool):\n    pass\n', "TypeError: type 'bool' is not an acceptable base type"],
    ] as const) {
      const r = run(src);
      expect(r.exitCode).toBe(1);
      expect(r.stderr.trim().split('\n').pop()).toBe(msg);
    }
  });

  test('an exception in __del__ is reported as unraisable and the scenario goes on', () => {
    const r = run('class D:\n    def __del__(self):\n        raise KeyError("k")\nd = D()\ndel d\nprint("after")\n');
    expect(r.stdout).toBe('after\n');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^Exception ignored in: <function D.__del__ at 0x[0-9a-f]+>\nTraceback/);
    expect(r.stderr).toMatch(/KeyError: 'k'\n$/);
  });
});

describe('isolation and limits', () => {
  test('a module gclab does not provide is a ModuleNotFoundError', () => {
    const r = run('import tkinter\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/ModuleNotFoundError: No module named 'tkinter'/);
    // A module gclab refuses on purpose says why, as an ImportError a fallback can catch.
    const s = run('try:\n    import sqlite3\nexcept ImportError as e:\n    print(type(e).__name__, e.name)\nimport sqlite3\n');
    expect(s.stdout).toBe('ModuleNotFoundError _sqlite3\n');
    expect(s.exitCode).toBe(1);
    expect(s.stderr).toMatch(/ModuleNotFoundError: gclab: sqlite3 is not supported \(no SQLite engine is simulated\)/);
  });

  test('--max-steps ends a runaway scenario with exit status 3', () => {
    const r = run('while True:\n    pass\n', { maxSteps: 10_000 });
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toMatch(/step limit of 10000 reached/);
  });

  test('--max-objects raises MemoryError inside the scenario', () => {
    const r = run(
      'keep = []\ntry:\n    while True:\n        keep.append([])\nexcept MemoryError:\n    print("MemoryError", len(keep) > 0)\n',
      { maxObjects: 500 },
    );
    expect(r.stdout).toBe('MemoryError True\n');
    expect(r.exitCode).toBe(0);
  });

  test('runaway recursion is a RecursionError', () => {
    const r = run('def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n');
    expect(r.stdout).toBe('maximum recursion depth exceeded\n');
  });
});

describe('determinism and heap consistency', () => {
  const src =
    'import gc, weakref\ngc.disable()\nclass N:\n    def __del__(self):\n        print("del")\n' +
    'a = N(); b = N(); a.b = b; b.a = a\nr = weakref.ref(a, lambda w: print("cb"))\ndel a, b\ngc.collect()\n';

  test('two runs give byte-identical traces', () => {
    const one = run(src, { trace: true }).trace!.toJSONL();
    const two = run(src, { trace: true }).trace!.toJSONL();
    expect(one).toBe(two);
    expect(one).toContain('"cause":"cycle"');
  });

  test('the heap verifies after a scenario', () => {
    const r = run(src);
    expect(r.stdout).toBe('cb\ndel\ndel\n');
    expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
  });

  test('the heap verifies after __new__ returns a reused, a foreign and a failed object', () => {
    const r = run(
      'import weakref\n' +
        'class S:\n    seen = weakref.WeakValueDictionary()\n' +
        '    def __new__(cls, k):\n        o = cls.seen.get(k)\n        if o is None:\n' +
        '            o = super().__new__(cls)\n            cls.seen[k] = o\n        return o\n' +
        '    def __init__(self, k):\n        if k == "bad":\n            raise ValueError(k)\n' +
        'a = S("a")\nb = S("a")\n' +
        'class F:\n    def __new__(cls):\n        return [cls]\n' +
        'f = F()\n' +
        'try:\n    S("bad")\nexcept ValueError:\n    pass\n' +
        'print(a is b, type(f).__name__, sorted(S.seen))\n',
    );
    expect(r.stdout).toBe("True list ['a']\n");
    expect(r.exitCode).toBe(0);
    expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
  });
});
