/**
 * gclab's unittest package (src/lang/stdlib/unittest, plain Python, with
 * gclab's difflib and pprint for the diffs in failure messages) checked
 * under python3 against CPython's own unittest: the same fixture file run
 * by both prints the same report on stderr and exits with the same status.
 * Only the parts that name the framework's own files differ: the time
 * figure and the traceback lines inside unittest/*.py.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const STDLIB = path.join(ROOT, 'src', 'lang', 'stdlib');
const FIXTURES = path.join(__dirname, 'fixtures');

const hasPython = spawnSync('python3', ['--version']).status === 0;
const maybe = hasPython ? describe : describe.skip;

/** A folder holding only gclab's unittest package, to put first on PYTHONPATH. */
function gclabUnittestPath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-unittest-'));
  fs.symlinkSync(path.join(STDLIB, 'unittest'), path.join(dir, 'unittest'));
  fs.symlinkSync(path.join(STDLIB, 'difflib.py'), path.join(dir, 'difflib.py'));
  fs.symlinkSync(path.join(STDLIB, 'pprint.py'), path.join(dir, 'pprint.py'));
  return dir;
}

/** Drops what names the framework's files: tracebacks frames inside unittest/, the time. */
function normalize(text: string): string {
  const out: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^ {2}File ".*\/unittest\/[^"]*", line \d+, in /.test(line)) {
      while (i + 1 < lines.length && /^ {4}/.test(lines[i + 1])) i++;
      continue;
    }
    out.push(line.replace(/^(Ran \d+ tests? in )\d+\.\d+s$/, '$1T'));
  }
  return out.join('\n');
}

function run(args: string[], pythonPath: string | null) {
  const env = { ...process.env };
  delete env.PYTHONPATH;
  if (pythonPath !== null) env.PYTHONPATH = pythonPath;
  const r = spawnSync('python3', ['-m', 'unittest', ...args], { cwd: FIXTURES, env, encoding: 'utf8' });
  return { status: r.status, stderr: normalize(r.stderr), stdout: r.stdout };
}

maybe('gclab unittest under python3 prints what CPython unittest prints', () => {
  let mine: string;
  beforeAll(() => {
    mine = gclabUnittestPath();
  });
  afterAll(() => fs.rmSync(mine, { recursive: true, force: true }));

  for (const args of [['outcomes_test'], ['-v', 'outcomes_test'], ['-k', 'raises', 'outcomes_test'], ['outcomes_test.Subtests'], ['-q', 'outcomes_test.Arithmetic.test_add']]) {
    it(`python3 -m unittest ${args.join(' ')}`, () => {
      const expected = run(args, null);
      const actual = run(args, mine);
      expect(actual.stdout).toBe(expected.stdout);
      expect(actual.stderr).toBe(expected.stderr);
      expect(actual.status).toBe(expected.status);
    });
  }
});
