/**
 * Valid Python outside the scenario language (LANGUAGE.md) is a
 * SyntaxError that names the construct. Imports of any module parse; which
 * modules exist is decided when the scenario runs.
 */
import { parse, ScenarioSyntaxError } from '../../../src/lang/syntax';

/** [source, class, message, line, column]: each source is valid Python 3.11. */
const REJECTED: Array<[string, string, string, number, number]> = [
  ["async def f(): pass\n","SyntaxError","'async' is not supported in gclab scenarios",1,1],
  ["async def f():\n    await g()\n", "SyntaxError", "'async' is not supported in gclab scenarios", 1, 1],
  ["x = [i async for i in y]\n", "SyntaxError", "an 'async' comprehension is not supported in gclab scenarios", 1, 8],
];

describe('constructs outside the scenario language', () => {
  it.each(REJECTED)('%j', (source, pyType, msg, line, col) => {
    let error: unknown;
    try {
      parse(source, 's.py');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioSyntaxError);
    const e = error as ScenarioSyntaxError;
    expect([e.pyType, e.msg, e.line, e.col]).toEqual([pyType, msg, line, col]);
    expect(e.message).toBe(`${pyType}: ${msg} (s.py, line ${line}, column ${col})`);
  });

  it('still accepts the soft keyword match as a name', () => {
    expect(() => parse('match = 1\nmatch(x)\nmatch.y = 2\nprint(match)\n', 's.py')).not.toThrow();
  });

  it('parses imports of any module (their existence is checked at run time)', () => {
    expect(() => parse('import os\nimport a.b as c\nfrom collections import deque\n', 's.py')).not.toThrow();
  });
});
