/**
 * `gclab unittest`: how a path becomes the module unittest loads, the
 * program it runs, help and usage errors (through the real command).
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { driverSource, testTarget } from '../../src/cli/unittest-command';
import { ensureBuilt, gclab, ROOT } from './bin';

jest.setTimeout(120_000);
beforeAll(ensureBuilt);

const FIXTURES = path.join(ROOT, 'tests', 'unittest', 'fixtures');

describe('testTarget: unittest.main._convert_name', () => {
  it('a .py path under the current folder is a dotted module name', () => {
    expect(testTarget('fixtures/outcomes_test.py', path.join(ROOT, 'tests', 'unittest'))).toEqual({
      name: 'fixtures.outcomes_test',
      dir: path.join(ROOT, 'tests', 'unittest'),
    });
    expect(testTarget(path.join(FIXTURES, 'outcomes_test.py'), FIXTURES)).toEqual({ name: 'outcomes_test', dir: FIXTURES });
  });
  it('a file outside the current folder is imported from its own folder', () => {
    expect(testTarget(path.join(FIXTURES, 'outcomes_test.py'), path.join(ROOT, 'src'))).toEqual({
      name: 'outcomes_test',
      dir: FIXTURES,
    });
  });
  it('a module name (or a missing file) is passed on unchanged', () => {
    expect(testTarget('outcomes_test.Arithmetic', FIXTURES)).toEqual({ name: 'outcomes_test.Arithmetic', dir: FIXTURES });
    expect(testTarget('missing_test.py', FIXTURES)).toEqual({ name: 'missing_test.py', dir: FIXTURES });
  });
});

describe('driverSource', () => {
  it("runs unittest's main with python3 -m unittest's argv", () => {
    expect(driverSource(['m'], ['-v', '-k', 'x'], false)).toBe(
      'from unittest.main import main\nmain(module=None, argv=["python3 -m unittest","-v","-k","x","m"])\n',
    );
  });
  it('--json runs the JSON runner and exits with its status', () => {
    expect(driverSource(['a', 'b'], [], true)).toBe(
      'import sys\nfrom unittest._json_runner import run\nsys.exit(run(["python3 -m unittest","a","b"]))\n',
    );
  });
});

describe('help and usage errors', () => {
  it('--help lists the options on stdout', () => {
    const r = gclab(['unittest', '--help']);
    expect(r.status).toBe(0);
    for (const opt of ['-v, --verbose', '-k PATTERN', '--json', '-f, --failfast']) expect(r.out).toContain(opt);
    expect(gclab(['--help']).out).toContain('gclab unittest');
  });
  it('a missing test file or an unknown option is a usage error (status 2)', () => {
    const none = gclab(['unittest']);
    expect(none.status).toBe(2);
    expect(none.err).toContain('unittest needs a test file');
    const bad = gclab(['unittest', '--bogus', 'x.py']);
    expect(bad.status).toBe(2);
    expect(bad.err).toContain("unknown option '--bogus'");
    const k = gclab(['unittest', 'x.py', '-k']);
    expect(k.status).toBe(2);
    expect(k.err).toContain('option -k needs a value');
  });
});

const hasPython = spawnSync('python3', ['--version']).status === 0;
const withPython = hasPython ? describe : describe.skip;

/**
 * Drops what differs between two correct runs: the frames of each traceback
 * (gclab's traceback objects do not carry frames yet; the exception line
 * stays), object addresses and the time figure.
 */
function normalize(text: string): string {
  const out: string[] = [];
  let inTraceback = false;
  for (const line of text.split('\n')) {
    if (line === 'Traceback (most recent call last):') {
      inTraceback = true;
      out.push(line);
      continue;
    }
    if (inTraceback && line.startsWith('  ')) continue;
    inTraceback = false;
    out.push(line.replace(/0x[0-9a-f]+/g, '0xADDR').replace(/^(Ran \d+ tests? in )[0-9.]+s$/, '$1Ts'));
  }
  return out.join('\n');
}

function python3Unittest(args: string[]) {
  const r = spawnSync('python3', ['-m', 'unittest', ...args], { cwd: FIXTURES, encoding: 'utf8' });
  return { status: r.status, err: r.stderr, out: r.stdout };
}

withPython('gclab unittest reports what python3 -m unittest reports', () => {
  for (const flags of [[], ['-v'], ['-k', 'stack'], ['-q']]) {
    it(`basic_test.py ${flags.join(' ')}`, () => {
      const expected = python3Unittest([...flags, 'basic_test.py']);
      const actual = gclab(['unittest', ...flags, 'basic_test.py'], { cwd: FIXTURES });
      expect(normalize(actual.err)).toBe(normalize(expected.err));
      expect(actual.out).toBe(expected.out);
      expect(actual.status).toBe(expected.status);
    });
  }
  it('a test named by module.Class.method, and a file that fails to import', () => {
    const one = gclab(['unittest', '-v', 'basic_test.Checks.test_count'], { cwd: FIXTURES });
    expect(normalize(one.err)).toBe(normalize(python3Unittest(['-v', 'basic_test.Checks.test_count']).err));
    expect(one.status).toBe(0);
    const missing = gclab(['unittest', 'no_such_test_module'], { cwd: FIXTURES });
    const expected = python3Unittest(['no_such_test_module']);
    expect(missing.status).toBe(expected.status);
    expect(missing.err).toContain('ERROR: no_such_test_module (unittest.loader._FailedTest.no_such_test_module)');
    expect(missing.err).toContain("ModuleNotFoundError: No module named 'no_such_test_module'");
  });
  it('--json: one row per test with the outcome python3 gives it', () => {
    const rows = gclab(['unittest', '--json', 'basic_test.py'], { cwd: FIXTURES })
      .out.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; outcome: string; reason: string });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('basic_test.StackTests.test_push_pop')).toEqual({ id: 'basic_test.StackTests.test_push_pop', outcome: 'passed', reason: '' });
    expect(byId.get('basic_test.StackTests.test_wrong_value')).toMatchObject({ outcome: 'failed', reason: 'AssertionError: 3 != 4' });
    expect(byId.get('basic_test.StackTests.test_error_in_test')).toMatchObject({ outcome: 'error', reason: "KeyError: 'no such key'" });
    expect(byId.get('basic_test.StackTests.test_later')).toMatchObject({ outcome: 'skipped', reason: 'not written yet' });
    expect(byId.get('basic_test.StackTests.test_known_bug')).toMatchObject({ outcome: 'passed', reason: 'expected failure' });
    expect(byId.get('basic_test.StackTests.test_each')).toMatchObject({ outcome: 'failed', reason: 'AssertionError: 2 == 2' });
    expect(rows.length).toBe(16);
  });
});
