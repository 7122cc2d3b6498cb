/**
 * input() reads the process's standard input a line at a time, as python3
 * does with a stdin that is not a terminal: the prompt goes to stdout
 * without a newline, the line's '\n' is dropped, and the end of input is
 * EOFError. The expected outputs are python3's (checked when python3 is
 * present, so they cannot drift from the oracle).
 */
import { spawnSync } from 'child_process';
import { ensureBuilt, gclab, scenario } from './bin';

jest.setTimeout(120_000);
beforeAll(ensureBuilt);

const SOURCE = [
  'name = input("Name? ")',
  'print("hi", name)',
  'n = int(input())',
  'total = 0',
  'for i in range(n):',
  '    total += int(input(f"#{i}: "))',
  'print("total", total)',
  'try:',
  '    input("more? ")',
  'except EOFError as e:',
  '    print("EOFError:", e)',
  'input("last: ")',
  '',
].join('\n');

const cases: Array<[string, string, string, number]> = [
  ['three numbers', 'bob\n3\n1\n2\n3\n', 'Name? hi bob\n#0: #1: #2: total 6\nmore? EOFError: EOF when reading a line\nlast: ', 1],
  ['a last line without its newline, and UTF-8', 'zoë\n1\n5', 'Name? hi zoë\n#0: total 5\nmore? EOFError: EOF when reading a line\nlast: ', 1],
  ['no input at all', '', 'Name? ', 1],
];

const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const havePython = python.status === 0 && /Python 3\.11\./.test(python.stdout + python.stderr);

test.each(cases)('%s', (_name, input, expected, status) => {
  const file = scenario('input-lines.py', SOURCE);
  const r = gclab(['run', file], { input });
  expect(r.out).toBe(expected);
  expect(r.status).toBe(status);
  expect(r.err).toMatch(/EOFError: EOF when reading a line\n$/);
  if (havePython) {
    const p = spawnSync('python3', [file], { input, encoding: 'utf8' });
    expect([p.stdout, p.status]).toEqual([expected, status]);
  }
});

test('a scenario read from standard input finds its input() already at the end', () => {
  const r = gclab(['run', '-'], { input: 'print(input("? "))\n' });
  expect(r.out).toBe('? ');
  expect(r.err).toMatch(/EOFError: EOF when reading a line\n$/);
  expect(r.status).toBe(1);
});

/** sys.stdin's own reads share one position with input(): readline(size), read(size), iteration, read(). */
const STDIN_SOURCE = [
  'import sys',
  'print(repr(sys.stdin.readline()))',
  'print(repr(sys.stdin.readline(2)), repr(sys.stdin.readline()))',
  'print(repr(input()))',
  'print(repr(sys.stdin.read(3)))',
  'for line in sys.stdin:',
  '    print("iter", repr(line))',
  '    if line.startswith("s"):',
  '        break',
  'print(repr(sys.stdin.readlines()[:1]))',
  'print(repr(sys.stdin.read()), repr(sys.stdin.readline()))',
  "for bad in (lambda: sys.stdin.readline(\"x\"), lambda: sys.stdin.read(\"x\")):",
  '    try:',
  '        bad()',
  '    except (TypeError, OSError) as e:',
  '        print(type(e).__name__, e)',
  '',
].join('\n');

const stdinCases: Array<[string, string]> = [
  ['lines and a partial last one', 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight'],
  ['nothing', ''],
  ['short', 'a\n'],
];

test.each(stdinCases)('sys.stdin reads: %s', (_name, input) => {
  const file = scenario('stdin-reads.py', STDIN_SOURCE);
  const r = gclab(['run', file], { input });
  expect(r.out).toContain("'");
  if (havePython) {
    const p = spawnSync('python3', [file], { input, encoding: 'utf8' });
    expect([r.out, r.status]).toEqual([p.stdout, p.status]);
  }
});
