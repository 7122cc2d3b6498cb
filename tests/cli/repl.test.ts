/**
 * The interactive session: `gclab -i` on piped input (as `python3 -i`:
 * prompts and banner on stderr), and `gclab` with no arguments on a real
 * terminal (a pseudo-terminal made by script(1)).
 */
import { spawn, spawnSync } from 'child_process';
import { BIN, ensureBuilt, gclab } from './bin';

jest.setTimeout(120_000);
beforeAll(ensureBuilt);

const session = [
  'x = [1, 2]',
  'x',
  'import gc, weakref',
  'class C:',
  '    def __del__(self):',
  '        print("del C")',
  '',
  'c = C()',
  'r = weakref.ref(c)',
  'del c',
  'r() is None',
  '_',
  'for i in range(2):',
  '    i',
  '',
  'None',
  '1/0',
  'print("still here")',
  'd = {"k": (1, "two")}',
  'd',
  'a = C(); a.me = a',
  'del a',
  'gc.collect()',
  'x = = 1',
  '(1 +',
  ' 2)',
  '',
].join('\n');

test('gclab -i runs each statement on one heap and prints reprs as the python3 REPL does', () => {
  const r = gclab(['-i'], { input: session });
  expect(r.status).toBe(0);
  expect(r.out).toBe(
    ['[1, 2]', 'del C', 'True', 'True', '0', '1', 'still here', "{'k': (1, 'two')}", 'del C', '1', '3', ''].join('\n'),
  );
  expect(r.err).toContain('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n');
  expect(r.err).toContain('  File "<stdin>", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n');
  expect(r.err).toMatch(/^gclab .*\n.*\n>>> /);
  expect(r.err).toContain('>>> ... ... >>> ');
});

test('SystemExit ends the session with its status; end of input runs the exit-time finalizers', () => {
  expect(gclab(['-i'], { input: 'print("a")\nraise SystemExit(4)\nprint("not reached")\n' })).toMatchObject({ status: 4, out: 'a\n' });
  // exit and quit (site.py's Quitter): the repr says how to leave; a call leaves with its code.
  expect(gclab(['-i'], { input: 'exit\nquit(7)\nprint("not reached")\n' })).toMatchObject({ status: 7, out: 'Use exit() or Ctrl-D (i.e. EOF) to exit\n' });
  expect(gclab(['-i'], { input: 'print("b")\nexit()\n' })).toMatchObject({ status: 0, out: 'b\n' });
  const atExit = gclab(['-i'], { input: 'import weakref\nclass C:\n    pass\n\nc = C()\nf = weakref.finalize(c, print, "finalized at exit")\n' });
  expect(atExit).toMatchObject({ status: 0, out: 'finalized at exit\n' });
});

test('expression values go to the current sys.stdout, one write() for the repr and one for the newline (sys_displayhook)', () => {
  const input = [
    'import sys',
    'class Buffer:',
    '    def __init__(self): self.parts = []',
    '    def write(self, s): self.parts.append(s)',
    '',
    'b = Buffer()',
    'saved = sys.stdout',
    'sys.stdout = b',
    '1 + 1',
    '"x"',
    'None',
    'sys.stdout = saved',
    'b.parts',
    'sys.stdout = None',
    '3',
    'sys.stdout = saved',
    '',
  ].join('\n');
  const r = gclab(['-i'], { input });
  expect(r.out).toBe(`['2', '\\n', "'x'", '\\n']\n`);
  expect(r.err).toContain('RuntimeError: lost sys.stdout');
});

test('gclab -i rejects a file and unknown options', () => {
  expect(gclab(['-i', 'x.py']).status).toBe(2);
  expect(gclab(['-i', '--bogus']).err).toContain("unknown option '--bogus'");
});

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

(hasScript ? test : test.skip)('gclab with no arguments on a terminal is the REPL (Ctrl-D leaves)', async () => {
  // script(1) gives gclab a pseudo-terminal; we type once the prompt is there.
  const child = spawn('script', ['-qec', `"${process.execPath}" "${BIN}"`, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let raw = '';
  const screen = () => raw.replace(/\r/g, '').replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  const waiters: Array<() => void> = [];
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    raw += d;
    for (const w of waiters.splice(0)) w();
  });
  const waitFor = async (re: RegExp) => {
    while (!re.test(screen())) await new Promise<void>((r) => waiters.push(r));
  };
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  await waitFor(/>>> $/);
  child.stdin.write('y = 6 * 7\ny\nif y:\n    print("forty-two")\n\nnope\n');
  await waitFor(/NameError: name 'nope' is not defined\n>>> $/);
  child.stdin.write('\u0004');
  expect(await done).toBe(0);
  const text = screen();
  expect(text).toMatch(/>>> 42\n/);
  expect(text).toContain('... ');
  expect(text).toMatch(/\.\.\. forty-two\n/);
});
