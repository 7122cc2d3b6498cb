/**
 * Which generator bodies the flat driver runs (generator-run.ts
 * generatorPlan; docs/performance.md Round 15 (b)): `yield` statements
 * inside if/while/for, try/except/else/finally and with statements, and
 * `yield from` statements are planned; a `yield` inside a larger
 * expression, `except*` or a `yield` in an except clause's type or a with
 * item keep the JS generators (null). Behaviour is checked by the
 * perf15_generators and perf17_gen_* conformance scenarios.
 */
import { parse, type FunctionDef, type Stmt } from '../../src/lang/syntax';
import { generatorPlan } from '../../src/lang/interp/generator-run';

function body(source: string): Stmt[] {
  const mod = parse(source, 'plan.py');
  const def = mod.body.find((s) => s.kind === 'FunctionDef') as FunctionDef;
  return def.body;
}

const planned: Array<[string, string]> = [
  ['yield inside try/except/else/finally', 'def g():\n    try:\n        x = yield 1\n    except ValueError as e:\n        yield e\n    else:\n        yield 2\n    finally:\n        yield 3\n'],
  ['yield inside with of two items', 'def g(a, b):\n    with a as x, b:\n        yield x\n'],
  ['yield from as a statement', 'def g(it):\n    yield from it\n    r = s = yield from it\n'],
  ['try inside a for loop with break in finally', 'def g(xs):\n    for x in xs:\n        try:\n            yield x\n        finally:\n            break\n'],
  ['with inside while inside try', 'def g(m):\n    try:\n        while True:\n            with m:\n                yield\n    except GeneratorExit:\n        pass\n'],
];

const notPlanned: Array<[string, string]> = [
  ['yield inside an expression', 'def g(f):\n    x = f((yield 1))\n'],
  ['yield from inside an expression', 'def g(it):\n    return (yield from it)\n'],
  ['except* around a yield', 'def g():\n    try:\n        yield 1\n    except* ValueError:\n        pass\n'],
  ['yield in an except clause type', 'def g():\n    try:\n        pass\n    except (yield):\n        pass\n'],
  ['yield in a with item', 'def g():\n    with (yield) as m:\n        pass\n'],
  ['yield from whose operand yields', 'def g():\n    yield from (yield)\n'],
];

describe('generatorPlan', () => {
  test.each(planned)('plans %s', (_name, source) => {
    expect(generatorPlan(body(source))).not.toBeNull();
  });
  test.each(notPlanned)('leaves %s to the JS generators', (_name, source) => {
    expect(generatorPlan(body(source))).toBeNull();
  });
});
