/**
 * Deep syntax never reaches the host stack: the parser reads right-nested
 * chains (unary operators, `not`, `**`, `lambda`, conditional expressions)
 * in loops and counts CPython's parser levels (MemoryError past MAXSTACK),
 * and the compile-depth check stops any tree deeper than CPython's compiler
 * allows (RecursionError during compilation) before the recursive walks.
 * Expected texts and thresholds are python3 3.11.7's.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runScenario } from '../../src/lang';
import { dumpAst, parseSyntax } from '../../src/lang/syntax';
import { verifyHeap } from '../../src/heap';

const RECURSION = 'RecursionError: maximum recursion depth exceeded during compilation\n';

function run(src: string) {
  return runScenario(src, 'deep.py');
}

function chain(op: string, operand: string, n: number): string {
  return Array.from({ length: n }, () => operand).join(op);
}

describe('too deep for CPython: the same error, one line on stderr, exit 1, nothing run', () => {
  test.each([
    ['12,500 unary minus signs', `print("ran")\nx = ${'-'.repeat(12_500)}1\n`, 'MemoryError\n'],
    ['5968 unary minus signs (the first count CPython refuses)', `print("ran")\nx = ${'-'.repeat(5968)}1\n`, 'MemoryError\n'],
    ['an expression statement of 5970 minus signs', `print("ran")\n${'-'.repeat(5970)}1\n`, 'MemoryError\n'],
    ['20,000 `not`', `print("ran")\nx = ${'not '.repeat(20_000)}1\n`, 'MemoryError\n'],
    ['10,000 `~`', `x = ${'~'.repeat(10_000)}1\n`, 'MemoryError\n'],
    ['5000 `**`', `x = ${chain('**', '1', 5000)}\n`, 'MemoryError\n'],
    ['5000 nested lambdas', `x = ${'lambda: '.repeat(5000)}1\n`, 'MemoryError\n'],
    ['8000 conditional expressions', `x = ${'0 if 0 else '.repeat(8000)}1\n`, 'MemoryError\n'],
    ['a 100,000-term left-deep a+a+...', `a = 1\nprint("ran")\nx = ${chain('+', 'a', 100_000)}\n`, RECURSION],
    ['a 3000-term a+a+... (one past the limit)', `a = 1\nx = ${chain('+', 'a', 3000)}\n`, RECURSION],
    ['2999 minus signs (the compiler limit, before the parser one)', `x = ${'-'.repeat(2999)}1\n`, RECURSION],
    ['a 3000-term chain inside a function body', `def f(a):\n    return ${chain('*', 'a', 3000)}\n`, RECURSION],
    ['a deep chain after a symbol-table error (the optimizer runs first)', `nonlocal x\ny = ${chain('-', 'a', 5000)}\n`, RECURSION],
  ])('%s', (_name, src, stderr) => {
    const r = run(src);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(stderr);
    expect(r.exitCode).toBe(1);
    expect(() => verifyHeap(r.heap)).not.toThrow();
  });

  test('a long flat chain that CPython accepts (30,000 comparisons, `or`, a tuple) runs', () => {
    const r = run(`x = ${chain(" < ", "1", 30_000)}\ny = ${chain(" or ", "0", 30_000)}\nz = ${chain(",", "1", 30_000)}\nprint(x, y, len(z))\n`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('False 0 30000\n');
  });

  test('parseSyntax alone builds the deep tree; dumpAst refuses it with a RangeError', () => {
    const mod = parseSyntax(`x = ${chain('+', 'a', 100_000)}\n`, 'deep.py');
    expect(mod.body).toHaveLength(1);
    expect(() => dumpAst(mod)).toThrow(RangeError);
    expect(dumpAst(parseSyntax('x = -a\n', 'x.py'))).toBe(
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load())))], type_ignores=[])",
    );
  });

  test('right-nested chains keep CPython\'s shape and locations', () => {
    expect(dumpAst(parseSyntax('x = - - a ** - b ** c\n', 'x.py'))).toBe(
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=UnaryOp(op=USub(), " +
        "operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='b', ctx=Load()), " +
        "op=Pow(), right=Name(id='c', ctx=Load())))))))], type_ignores=[])",
    );
    const r = run('f = lambda: lambda x: x if x else (lambda: 0)\nprint(f()(3), f()(0)(), not not 0, -~-1, 2 ** -1, (-2) ** 2 ** 1)\n');
    expect(r.stdout).toBe('3 0 False 0 0.5 4\n');
  });
});

/** Evaluating trees at the compiler's limit needs the command's stack (the jest worker's is smaller). */
describe('at the limit CPython compiles, gclab runs (the gclab command)', () => {
  const bin = path.join(__dirname, '..', '..', 'bin', 'gclab.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-deep-'));
  const cases: Array<[string, string, string]> = [
    ['2999-term a+a+...', `a = 1\nprint(${chain('+', 'a', 2998)})\nx = ${chain('+', 'a', 2999)}\nprint(x)\n`, '2998\n2999\n'],
    ['2998 minus signs', `a = 1\nx = ${'-'.repeat(2998)}a\nprint(x)\n`, '1\n'],
    ['2998 nested conditional expressions', `x = ${'0 if 0 else '.repeat(2998)}7\nprint(x)\n`, '7\n'],
    ['2998 `not`', `x = ${'not '.repeat(2998)}0\nprint(x)\n`, 'False\n'],
    ['a 2990-term product in a function', `def f(a):\n    return ${chain('*', 'a', 2990)}\nprint(f(1), f(-1))\n`, '1 1\n'],
    ['2000 attribute/subscript terms', `class A:\n    v = [2]\nx = ${chain(' + ', 'A.v[0]', 2000)}\nprint(x)\n`, '4000\n'],
  ];
  test.each(cases)('%s', (_name, src, stdout) => {
    const file = path.join(dir, 'deep.py');
    fs.writeFileSync(file, src);
    const r = spawnSync(process.execPath, [bin, 'run', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(stdout);
    expect(r.status).toBe(0);
  });
});
