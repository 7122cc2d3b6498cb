/**
 * `gclab run`, through the real command: options and operands, checks made
 * before the run, output and exit statuses, --trace and --explain.
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { BIN, ensureBuilt, gclab, ROOT, scenario, tmpPath } from './bin';

jest.setTimeout(120_000);
beforeAll(ensureBuilt);

const cycle = scenario(
  'cycle.py',
  'import gc\ngc.disable()\nclass N:\n    def __del__(self):\n        print("del")\na = N(); a.me = a\ndel a\ngc.collect()\nprint("end")\n',
);
const argvScript = scenario('argv.py', 'import sys\nprint(sys.argv)\n');

describe('help, version and usage errors', () => {
  test('--help and run --help go to stdout with status 0', () => {
    const main = gclab(['--help']);
    expect(main).toMatchObject({ status: 0, err: '' });
    expect(main.out).toContain('gclab run');
    expect(main.out).toContain('gclab check');
    const run = gclab(['run', '--help']);
    expect(run.status).toBe(0);
    for (const opt of ['--trace', '--explain', '--max-steps', '--max-objects']) expect(run.out).toContain(opt);
    expect(run.out).toMatch(/start-up objects .*not counted/s);
  });

  test('--version is the one in package.json', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(gclab(['--version'])).toMatchObject({ status: 0, out: `gclab ${version} (simulating CPython 3.11)\n` });
  });

  test('no arguments and no terminal: the help on stderr, status 2', () => {
    const r = gclab([], { input: '' });
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('Usage:');
  });

  test.each([
    [['frobnicate'], "gclab: unknown command 'frobnicate'\nTry 'gclab --help'.\n"],
    [['--frobnicate'], "gclab: unknown option '--frobnicate'\nTry 'gclab --help'.\n"],
    [['run'], "gclab run: run needs a scenario file (gclab run FILE.py)\nTry 'gclab run --help'.\n"],
    [['run', '--bogus', 'x.py'], "gclab run: unknown option '--bogus'\nTry 'gclab run --help'.\n"],
    [['run', '--max-steps', 'x', 'x.py'], "gclab run: option --max-steps needs a positive whole number, not 'x'\nTry 'gclab run --help'.\n"],
    [['run', '--max-steps=0', 'x.py'], "gclab run: option --max-steps needs a positive whole number, not '0'\nTry 'gclab run --help'.\n"],
    [['run', '--max-objects=-3', 'x.py'], "gclab run: option --max-objects needs a positive whole number, not '-3'\nTry 'gclab run --help'.\n"],
    [['run', '--trace'], "gclab run: option --trace needs a value\nTry 'gclab run --help'.\n"],
    [['run', '--explain=yes', 'x.py'], "gclab run: option --explain needs one of all, not 'yes'\nTry 'gclab run --help'.\n"],
    [['run', '--trace-level=everything', '--trace', 't.jsonl', 'x.py'], "gclab run: option --trace-level needs one of deaths, refs, all, not 'everything'\nTry 'gclab run --help'.\n"],
    [['run', '--trace-level=refs', 'x.py'], "gclab run: option --trace-level is for --trace OUT.jsonl\nTry 'gclab run --help'.\n"],
    [['trace'], "gclab trace: trace needs an action: gclab trace validate FILE.jsonl\nTry 'gclab trace --help'.\n"],
    [['trace', 'check', 'x'], "gclab trace: unknown action 'check' (the action is validate)\nTry 'gclab trace --help'.\n"],
    [['trace', 'validate'], "gclab trace: trace validate needs exactly one file\nTry 'gclab trace --help'.\n"],
    [['check', '--frobnicate', 'x.py'], "gclab check: unknown option '--frobnicate'\nTry 'gclab check --help'.\n"],
  ])('gclab %j is a usage error: one message on stderr, status 2', (args, message) => {
    expect(gclab(args)).toEqual({ status: 2, signal: null, out: '', err: message });
  });

  test('a missing or unreadable scenario is worded as python3 words it, status 2', () => {
    const missing = tmpPath('nope.py');
    expect(gclab(['run', missing])).toMatchObject({
      status: 2,
      out: '',
      err: `gclab: can't open file '${missing}': [Errno 2] No such file or directory\n`,
    });
    // A relative path is reported absolute, as python3 does.
    const rel = gclab(['run', 'nope.py'], { cwd: path.dirname(missing) });
    expect(rel.err).toBe(`gclab: can't open file '${missing}': [Errno 2] No such file or directory\n`);
    const dir = gclab(['run', path.dirname(missing)]);
    expect(dir).toMatchObject({ status: 2, err: `gclab: can't open file '${path.dirname(missing)}': [Errno 21] Is a directory\n` });
  });
});

describe('running a scenario', () => {
  test('prints what python3 prints, with its exit status', () => {
    expect(gclab(['run', cycle])).toMatchObject({ status: 0, out: 'del\nend\n', err: '' });
    const bad = scenario('bad.py', 'print("x")\nraise ValueError("no")\n');
    const b = gclab(['run', bad]);
    expect(b.status).toBe(1);
    expect(b.out).toBe('x\n');
    expect(b.err).toBe(`Traceback (most recent call last):\n  File "${bad}", line 2, in <module>\n    raise ValueError("no")\nValueError: no\n`);
    expect(gclab(['run', scenario('exit.py', 'import sys\nsys.exit(7)\n')]).status).toBe(7);
  });

  test("the compiler's SyntaxWarnings go to stderr before the program runs, as python3 shows them", () => {
    const f = scenario(
      'syntax_warnings.py',
      'x = 5\nprint(x is 5, x is not "a", x is None)\ndef f(y):\n    assert (y, "message")\n    return [(1, 2) (3, 4)] if y else "abc"["a"] if y else 0\nexec("q = 1 is 1")\n',
    );
    const r = gclab(['run', f]);
    expect(r).toMatchObject({ status: 0, out: 'True True False\n' });
    expect(r.err).toBe(
      `${f}:2: SyntaxWarning: "is" with a literal. Did you mean "=="?\n  print(x is 5, x is not "a", x is None)\n` +
        `${f}:2: SyntaxWarning: "is not" with a literal. Did you mean "!="?\n  print(x is 5, x is not "a", x is None)\n` +
        `${f}:4: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n  assert (y, "message")\n` +
        `${f}:5: SyntaxWarning: 'tuple' object is not callable; perhaps you missed a comma?\n  return [(1, 2) (3, 4)] if y else "abc"["a"] if y else 0\n` +
        `${f}:5: SyntaxWarning: str indices must be integers or slices, not str; perhaps you missed a comma?\n  return [(1, 2) (3, 4)] if y else "abc"["a"] if y else 0\n` +
        '<string>:1: SyntaxWarning: "is" with a literal. Did you mean "=="?\n',
    );
  });

  test("a class defined in __main__ is named without its module in a traceback and in 'Exception ignored in'", () => {
    const f = scenario(
      'main_exc.py',
      'class Boom(Exception):\n    pass\nclass A:\n    def __del__(self):\n        raise Boom("in del")\na = A()\ndel a\nraise Boom("top")\n',
    );
    const r = gclab(['run', f]);
    expect(r.status).toBe(1);
    const lines = r.err.split('\n');
    expect(lines).toContain('Boom: in del');
    expect(lines).toContain('Boom: top');
    expect(r.err).not.toContain('__main__.Boom');
  });

  test('stdout and stderr are written in program order', () => {
    const f = scenario('order.py', 'import sys\nfor i in range(3):\n    print("out", i)\n    print("err", i, file=sys.stderr)\n');
    const log = tmpPath('order.log');
    const fd = fs.openSync(log, 'w');
    try {
      expect(gclab(['run', f], { stdio: ['ignore', fd, fd] }).status).toBe(0);
    } finally {
      fs.closeSync(fd);
    }
    expect(fs.readFileSync(log, 'utf8')).toBe('out 0\nerr 0\nout 1\nerr 1\nout 2\nerr 2\n');
  });

  test('arguments after the scenario are its sys.argv, options included; sys.argv[0] is the path as given', () => {
    expect(gclab(['run', argvScript, 'a', '--trace', 'b']).out).toBe(`['${argvScript}', 'a', '--trace', 'b']\n`);
    expect(gclab(['run', 'argv.py', 'x'], { cwd: path.dirname(argvScript) }).out).toBe(`['argv.py', 'x']\n`);
  });

  test('--opt=value and --opt value are the same; -- ends the options', () => {
    const loop = scenario('loop.py', 'while True:\n    pass\n');
    for (const args of [['--max-steps=1000', loop], ['--max-steps', '1000', loop], ['--max-steps', '1000', '--', loop]]) {
      expect(gclab(['run', ...args])).toMatchObject({ status: 3, err: 'gclab: step limit of 1000 reached\n' });
    }
    const dashed = scenario('-dashed.py', 'print("dashed")\n');
    expect(gclab(['run', '--', path.basename(dashed)], { cwd: path.dirname(dashed) }).out).toBe('dashed\n');
  });

  test('- reads the scenario from standard input', () => {
    const r = gclab(['run', '-', 'one'], { input: 'import sys\nprint(sys.argv)\nraise KeyError(1)\n' });
    expect(r.status).toBe(1);
    expect(r.out).toBe("['-', 'one']\n");
    expect(r.err).toContain('File "<stdin>", line 3, in <module>');
  });

  test('--max-objects counts the scenario\'s objects, not the start-up objects', () => {
    for (const n of ['1', '2', '3', '4']) {
      expect(gclab(['run', '--max-objects', n, scenario('tiny.py', 'print("tiny", 1 + 2)\n')])).toMatchObject({
        status: 0,
        out: 'tiny 3\n',
        err: '',
      });
    }
    const many = scenario('many.py', 'class C:\n    pass\nkeep = [C() for i in range(200)]\nprint(len(keep))\n');
    expect(gclab(['run', '--max-objects', '1000', many])).toMatchObject({ status: 0, out: '200\n' });
    const over = gclab(['run', '--max-objects', '100', many]);
    expect(over.status).toBe(1);
    expect(over.err).toMatch(/\nMemoryError: gclab heap limit of 100 objects reached\n$/);
  });

  test('recursion reaches CPython\'s limit of 1000 and stops there with RecursionError', () => {
    const f = scenario(
      'recurse.py',
      'def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(990))\ndef forever():\n    forever()\nforever()\n',
    );
    const r = gclab(['run', f]);
    expect(r.out).toBe('990\n');
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/RecursionError: maximum recursion depth exceeded\n$/);
  });
});

describe('--schedule and --gc-stress', () => {
  const cb = scenario(
    'sched.py',
    'import gc\ndef cb(phase, info):\n    if phase == "start":\n        print("collect gen", info["generation"])\ngc.callbacks.append(cb)\nclass N:\n    pass\nfor i in range(50):\n    n = N()\ngc.callbacks.clear()\nprint("end")\n',
  );

  test('--schedule replays the listed collections, in the short and the file form', () => {
    expect(gclab(['run', '--help']).out).toContain('--schedule SPEC');
    const r = gclab(['run', '--schedule', 'alloc:20:g0,alloc:40:g1,thresholds:off', cb]);
    expect(r).toMatchObject({ status: 0, out: 'collect gen 0\ncollect gen 1\nend\n', err: '' });
    const file = tmpPath('one.schedule');
    fs.writeFileSync(file, '# one full collection\nalloc:30:g2\nthresholds:off\n');
    expect(gclab(['run', `--schedule=@${file}`, cb])).toMatchObject({ status: 0, out: 'collect gen 2\nend\n' });
  });

  test('a bad schedule or an unreadable schedule file is a usage error before the run', () => {
    const bad = gclab(['run', '--schedule', 'alloc:0:g0', cb]);
    expect(bad.status).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toContain("--schedule: bad schedule item 'alloc:0:g0'");
    const missing = gclab(['run', '--schedule', '@' + tmpPath('no-such.schedule'), cb]);
    expect(missing.status).toBe(2);
    expect(missing.err).toContain('cannot read the schedule file');
  });

  test('--gc-stress collects at every allocation without changing timing-independent output', () => {
    const r = gclab(['run', '--gc-stress', '--gc-debug-checks', cycle]);
    expect(r).toMatchObject({ status: 0, out: 'del\nend\n', err: '' });
    const s = gclab(['run', '--gc-stress', cb]);
    expect(s.out.split('\n').filter((l) => l === 'collect gen 2').length).toBeGreaterThanOrEqual(50);
  });
});

describe('--trace, --explain, --gc-debug-checks', () => {
  test('--gc-debug-checks runs the collector with its phase checks and changes no output', () => {
    expect(gclab(['run', '--help']).out).toContain('--gc-debug-checks');
    expect(gclab(['run', '--gc-debug-checks', cycle])).toMatchObject({ status: 0, out: 'del\nend\n', err: '' });
  });

  test('a module beside the scenario can be imported', () => {
    scenario('helper_mod.py', 'def greet():\n    return "hello from helper"\n');
    expect(gclab(['run', scenario('uses_helper.py', 'import helper_mod\nprint(helper_mod.greet())\n')])).toMatchObject({
      status: 0,
      out: 'hello from helper\n',
    });
  });

  test('--trace writes the event stream as JSON Lines, identical across runs', () => {
    const t1 = tmpPath('t1.jsonl');
    const t2 = tmpPath('t2.jsonl');
    expect(gclab(['run', '--trace', t1, cycle]).out).toBe('del\nend\n');
    expect(gclab(['run', `--trace=${t2}`, cycle]).status).toBe(0);
    const a = fs.readFileSync(t1, 'utf8');
    expect(a).toBe(fs.readFileSync(t2, 'utf8'));
    const [header, ...events] = a.trim().split('\n').map((l) => JSON.parse(l));
    expect(header).toMatchObject({ format: 'gclab-trace', version: 1, scenario: cycle, profile: { level: 'deaths', python: '3.11.7' } });
    expect(events.some((e) => e.kind === 'death' && e.cause === 'cycle' && e.type === 'N')).toBe(true);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(Object.keys(events[0])[0]).toBe('seq');
    expect(gclab(['trace', 'validate', t1])).toMatchObject({ status: 0, out: `${t1}: valid trace, ${events.length} events\n` });
  });

  test('an unwritable --trace is one line and status 2, before the scenario runs', () => {
    const loud = scenario('loud.py', 'print("ran")\n');
    const r = gclab(['run', '--trace', path.join(tmpPath('no-such-dir'), 't.jsonl'), loud]);
    expect(r).toMatchObject({ status: 2, out: '' });
    expect(r.err).toMatch(/^gclab: cannot write the trace file '.*t\.jsonl': No such file or directory \(ENOENT\)\n$/);
  });

  test('--trace naming the scenario itself is refused and the scenario is untouched', () => {
    const self = scenario('self.py', 'print("self")\n');
    for (const args of [['--trace', self, self], [`--trace=${path.basename(self)}`, self]]) {
      const r = gclab(['run', ...args], { cwd: path.dirname(self) });
      expect(r.status).toBe(2);
      expect(r.err).toContain('would overwrite the scenario itself');
      expect(fs.readFileSync(self, 'utf8')).toBe('print("self")\n');
    }
  });

  test('--explain narrates deaths between the output lines', () => {
    const r = gclab(['run', '--explain', cycle]);
    const lines = r.out.split('\n');
    const del = lines.indexOf('del');
    expect(lines.slice(0, del)).toContain('# N().__del__ runs (the collector found it unreachable)');
    expect(r.out).toContain("# N() reclaimed as cyclic garbage by collection 1 (generation 2) (last held by `a`)\n");
  });
});

describe('failures to write', () => {
  // Standard output on a device that refuses writes (/dev/full): tests/cli/full-device.test.ts.

  test('a reader that stops early (| head) ends the run quietly', () => {
    const f = scenario('endless.py', 'while True:\n    print("y")\n');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" run "${f}" | head -n 2; echo "status=\${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stdout).toBe('y\ny\n');
    expect(r.stderr).toBe('status=1\n');
  });
});
