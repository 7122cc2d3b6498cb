/**
 * `gclab unittest`: how a path becomes the module unittest loads, the
 * program it runs, help and usage errors (through the real command).
 */
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
