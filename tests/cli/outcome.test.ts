/**
 * How the end of a run becomes an exit status and a message (in-process:
 * an internal error cannot be provoked through the real command on
 * purpose), and the option parser's rules.
 */
import { EXIT_INTERNAL, reportOutcome } from '../../src/cli/outcome';
import { parseOptions, type OptionSpec } from '../../src/cli/options';
import { UsageError } from '../../src/cli/usage';

function stderrOf(f: (report: (text: string) => void) => number): { status: number; err: string } {
  let err = '';
  const status = f((text) => (err += text));
  return { status, err };
}

test('an internal error is exit status 70 with a message saying it is a bug and how to report it', () => {
  const r = stderrOf((report) => reportOutcome({ kind: 'internal', stack: 'Error: boom\n    at somewhere' }, report));
  expect(r.status).toBe(EXIT_INTERNAL);
  expect(r.status).toBe(70);
  expect(r.err).toContain('gclab: internal error (a bug in gclab, not in your scenario):\nError: boom');
  expect(r.err).toMatch(/Please report it: open an issue with the scenario, the command line and this message\.\n$/);
});

test('write failures, SIGTERM, host memory exhaustion and normal exits', () => {
  expect(stderrOf((report) => reportOutcome({ kind: 'exit', status: 4 }, report))).toEqual({ status: 4, err: '' });
  expect(stderrOf((report) => reportOutcome({ kind: 'output-error', code: 'ENOSPC', message: 'cannot write to standard output: No space left on device (ENOSPC)' }, report))).toEqual({
    status: 1,
    err: 'gclab: cannot write to standard output: No space left on device (ENOSPC)\n',
  });
  expect(stderrOf((report) => reportOutcome({ kind: 'output-error', code: 'EPIPE', message: 'x' }, report))).toEqual({ status: 1, err: '' });
  expect(stderrOf((report) => reportOutcome({ kind: 'terminated' }, report)).status).toBe(143);
  const oom = stderrOf((report) => reportOutcome({ kind: 'worker-error', code: 'ERR_WORKER_OUT_OF_MEMORY', message: 'oom' }, report));
  expect(oom.status).toBe(3);
  expect(oom.err).toContain('ran out of host memory');
});

const SPECS: OptionSpec[] = [
  { name: '--name', kind: 'string' },
  { name: '--count', kind: 'count' },
  { name: '--flag', short: '-f', kind: 'flag' },
];

test('options: --opt value, --opt=value, short flags, -- ends them, operands in order', () => {
  const p = parseOptions(['--name', 'a', 'x', '--count=3', '-f', '--', '--not-an-option'], SPECS, 'cmd');
  expect([...p.values]).toEqual([['name', 'a'], ['count', 3], ['flag', true]]);
  expect(p.operands).toEqual(['x', '--not-an-option']);
});

test('options: stopping at the first operand leaves the rest untouched', () => {
  const p = parseOptions(['-f', 'script.py', '--name', 'z', '--', 'q'], SPECS, 'run', true);
  expect(p.operands).toEqual(['script.py']);
  expect(p.rest).toEqual(['--name', 'z', '--', 'q']);
  expect(parseOptions(['--', '-script.py', 'a'], SPECS, 'run', true)).toMatchObject({ operands: ['-script.py'], rest: ['a'] });
  expect(parseOptions(['-', 'a'], SPECS, 'run', true)).toMatchObject({ operands: ['-'], rest: ['a'] });
});

test.each([
  [['--bogus'], "unknown option '--bogus'"],
  [['--name'], 'option --name needs a value'],
  [['--name='], 'option --name needs a value'],
  [['--count', '1.5'], "option --count needs a positive whole number, not '1.5'"],
  [['--count', '0'], "option --count needs a positive whole number, not '0'"],
  [['--count=99999999999999999999'], "option --count needs a positive whole number, not '99999999999999999999'"],
  [['--flag=1'], 'option --flag takes no value'],
])('options: %j is a usage error naming the command', (argv, message) => {
  let caught: unknown;
  try {
    parseOptions(argv, SPECS, 'cmd');
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(UsageError);
  expect(caught).toMatchObject({ message, command: 'cmd' });
});
