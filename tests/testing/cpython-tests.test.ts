/**
 * The comparison behind `npm run cpython-tests`: rows parsed from a
 * runner's output, per-test verdicts against CPython's outcomes, the table
 * and the summary line.
 */
import { compareFile, failedCount, formatFile, parseRows, summaryLine, type TestRow } from '../../src/testing/cpython-tests';

const row = (id: string, outcome: TestRow['outcome'], reason = ''): TestRow => ({ id, outcome, reason });

describe('parseRows', () => {
  it('keeps the JSON rows and ignores what the tests printed', () => {
    const out = [
      'some output of a test',
      '{"id": "m.C.test_a", "outcome": "passed", "reason": ""}',
      '{"not": "a row"}',
      '{"id": "m.C.test_b", "outcome": "weird", "reason": ""}',
      '{broken json',
      '{"id": "m.C.test_c", "outcome": "skipped", "reason": "needs threads"}',
      '',
    ].join('\n');
    expect(parseRows(out)).toEqual([row('m.C.test_a', 'passed'), row('m.C.test_c', 'skipped', 'needs threads')]);
  });
  it('reads escaped characters in ids and reasons', () => {
    expect(parseRows('{"id": "a\\"b", "outcome": "failed", "reason": "x\\u00e9\\ny"}')).toEqual([
      row('a"b', 'failed', 'x\u00e9\ny'),
    ]);
  });
});

describe('compareFile', () => {
  const cpython = [row('t.a', 'passed'), row('t.b', 'passed'), row('t.c', 'passed'), row('t.d', 'failed'), row('t.e', 'passed'), row('t.f', 'skipped')];
  const gclab = [
    row('t.a', 'passed'),
    row('t.b', 'failed', 'AssertionError: 1 != 2'),
    row('t.c', 'error', 'NameError: x'),
    row('t.d', 'passed'),
    row('t.f', 'skipped', 'needs threads'),
    row('t.g', 'skipped', 'needs threads'),
  ];
  const c = compareFile('test_x.py', gclab, cpython);

  it('counts a pass only when CPython passed too', () => {
    expect(c.passed).toBe(1);
    expect(c.passedOnlyInGclab).toBe(1);
    expect(c.tests.find((t) => t.id === 't.d')!.verdict).toBe('failed');
  });
  it('counts failures, errors and tests gclab never ran as failed', () => {
    expect([c.failed, c.errors, c.missing]).toEqual([1, 1, 1]);
    expect(c.tests.find((t) => t.id === 't.e')).toMatchObject({ gclab: 'missing', verdict: 'failed' });
    expect(failedCount(c)).toBe(4);
  });
  it('lists skips by reason and never counts them as passed', () => {
    expect(c.skipped).toBe(2);
    expect([...c.skipReasons]).toEqual([['needs threads', 2]]);
  });
  it('ends with the summary line over all files', () => {
    const other = compareFile('test_y.py', [row('y.a', 'passed'), row('y.b', 'passed')], [row('y.a', 'passed'), row('y.b', 'passed')]);
    expect(summaryLine([c, other])).toBe('3 passed, 4 failed');
  });
  it('prints a table with the skip reasons and the failures', () => {
    const text = formatFile(c, false);
    expect(text).toContain('| 1 | 2 | 1 | 1 | 2 |');
    expect(text).toContain('- 2 x needs threads');
    expect(text).toContain('- t.b [failed]: AssertionError: 1 != 2');
    expect(text).toContain('- t.d [passed]: passed under gclab but failed under CPython');
    expect(text).toContain('- t.e [missing]: not run by gclab');
  });
  it('reports a whole file that did not load as failed tests', () => {
    const none = compareFile('test_z.py', [], [row('z.a', 'passed'), row('z.b', 'skipped')], 'exit status 2: SyntaxError');
    expect(none.missing).toBe(2);
    expect(summaryLine([none])).toBe('0 passed, 2 failed');
    expect(formatFile(none, false)).toContain("gclab's run: exit status 2: SyntaxError");
  });
});
