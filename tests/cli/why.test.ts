/**
 * gclab why FILE.py --line N EXPR (docs/explain.md): the shortest chain of
 * references from a root to the object EXPR gives at line N, what later
 * killed it, and every bad input (no statement at the line, a line that
 * never runs, EXPR that raises or is not an expression, usage errors).
 */
import { why } from '../../src/lang';
import { describeAnswer } from '../../src/cli/why-command';
import { ensureBuilt, gclab, scenario } from './bin';

const SRC = [
  'class Node:', //                      1
  '    def __init__(self, name):', //    2
  '        self.name = name', //         3
  '        self.kids = []', //           4
  'root = Node("root")', //              5
  'child = Node("child")', //            6
  'root.kids.append(child)', //          7
  'del child', //                        8
  'print("middle")', //                  9
  'root = None', //                      10
  'def f(n):', //                        11
  '    local = [n]', //                  12
  '    return len(local)', //            13
  'f(Node("arg"))', //                   14
  'print("end")', //                     15
  '',
].join('\n');

const answer = (line: number, expr: string) => why(SRC, 'w.py', { line, expr });

test('a chain of references from a global, slot by slot', () => {
  const a = answer(9, 'root.kids[0]');
  expect(a.kind).toBe('object');
  if (a.kind !== 'object') return;
  expect(a.label).toBe("Node('child')");
  expect(a.refcount).toBe(1);
  expect(a.path!.map((s) => [s.via, s.label])).toEqual([
    ['global `root`', "Node('root')"],
    ['.kids', 'list[1]'],
    ['[0]', "Node('child')"],
  ]);
  expect(a.death).toMatchObject({ kind: 'death', label: "Node('child')", cause: 'refcount', line: 10 });
  const text = describeAnswer(a, 'root.kids[0]', 9, SRC.split('\n')).text;
  expect(text).toBe(
    "at line 9 (`print(\"middle\")`), root.kids[0] is Node('child') (Node #" + a.id + '), reference count 1\n' +
      'Why it is alive: a chain of 3 references from a root:\n' +
      `  global \`root\` -> Node('root') (#${a.path![0].id})\n` +
      `  Node('root').kids -> list[1] (#${a.path![1].id})\n` +
      `  list[1][0] -> Node('child') (#${a.id})\n` +
      "What killed it: Node('child') freed: it was held by list[1], which was being freed\n",
  );
});

test("a local of a running frame is a root, innermost first; the death at the end of f()", () => {
  const a = answer(13, 'local');
  if (a.kind !== 'object') throw new Error(a.kind);
  expect(a.path!.map((s) => s.via)).toEqual(['local `local` of f()']);
  expect(a.death).toMatchObject({ by: 'end of f()' });
  const arg = answer(13, 'n');
  if (arg.kind !== 'object') throw new Error(arg.kind);
  expect(arg.path![0].via).toBe('local `n` of f()');
});

test('values that are not heap objects, and EXPR that raises', () => {
  expect(answer(9, 'root.name')).toEqual({ kind: 'immediate', repr: "'root'" });
  expect(answer(9, 'nothing_here')).toEqual({ kind: 'raised', error: "NameError: name 'nothing_here' is not defined" });
  expect(answer(9, '1 / 0')).toEqual({ kind: 'raised', error: 'ZeroDivisionError: division by zero' });
});

test('bad lines and bad expressions', () => {
  expect(answer(99, 'root')).toEqual({ kind: 'no-statement' });
  expect(answer(9, '1 +')).toMatchObject({ kind: 'bad-expr' });
  expect(answer(9, '1)); print((2')).toMatchObject({ kind: 'bad-expr' });
  const never = why('if False:\n    x = 1\nprint(2)\n', 'n.py', { line: 2, expr: 'x' });
  expect(never).toEqual({ kind: 'not-reached' });
});

test('the scenario behaves as without the probe (its output is the same, evaluation does not change deaths)', () => {
  const a = answer(9, 'root');
  if (a.kind !== 'object') throw new Error(a.kind);
  expect(a.trace).toContain('"text":"middle\\n"');
  expect(a.trace).toContain('"text":"end\\n"');
});

describe('the command', () => {
  beforeAll(ensureBuilt);
  const file = scenario('why_demo.py', SRC);

  test('prints the answer, status 0', () => {
    const r = gclab(['why', file, '--line', '9', 'root.kids[0]']);
    expect(r.status).toBe(0);
    expect(r.out).toContain('Why it is alive: a chain of 3 references from a root:\n  global `root` -> ');
    expect(r.out.split('\n')).not.toContain('middle');
  });

  test.each([
    [['why', file, '--line', '9', 'zz'], 1, "at line 9 (`print(\"middle\")`), zz raised NameError: name 'zz' is not defined\n", ''],
    [['why', file, '--line', '999', 'root'], 2, '', `gclab: line 999 of ${file} has no statement\n`],
    [['why', file, '--line', 'x', 'root'], 2, '', "gclab why: option --line needs a positive whole number, not 'x'\nTry 'gclab why --help'.\n"],
    [['why', file, 'root'], 2, '', "gclab why: why needs --line N\nTry 'gclab why --help'.\n"],
    [['why', file], 2, '', "gclab why: why needs exactly one expression after the file (quote it)\nTry 'gclab why --help'.\n"],
    [['why', '--line', '3', 'missing.py', 'x'], 2, '', expect.stringMatching(/^gclab: can't open file '.*missing\.py': \[Errno 2\] No such file or directory\n$/)],
  ])('%j: status %d', (args, status, out, err) => {
    const r = gclab(args as string[]);
    expect(r).toMatchObject({ status, out, err });
  });
});
