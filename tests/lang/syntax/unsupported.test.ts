/**
 * Every construct of Python 3.11 parses: the scenario language no longer
 * refuses any syntax (async and starred class bases were the last refused).
 * Imports of any module parse; which modules exist is decided when the
 * scenario runs.
 */
import { parse } from '../../../src/lang/syntax';

/** Constructs that were once refused, each valid Python 3.11. */
const ONCE_REFUSED = [
  'async def f(): pass\n',
  'async def f():\n    await g()\n    async for x in y: pass\n    async with a as b: pass\n',
  'async def f():\n    return [i async for i in y]\n',
  'class C(*bases): pass\n',
  'class C(A, *bases, metaclass=M, **kw): pass\n',
];

describe('the whole 3.11 grammar is accepted', () => {
  it.each(ONCE_REFUSED)('%j parses', (source) => {
    expect(() => parse(source, 's.py')).not.toThrow();
  });

  it('still accepts the soft keyword match as a name', () => {
    expect(() => parse('match = 1\nmatch(x)\nmatch.y = 2\nprint(match)\n', 's.py')).not.toThrow();
  });

  it('parses imports of any module (their existence is checked at run time)', () => {
    expect(() => parse('import os\nimport a.b as c\nfrom collections import deque\n', 's.py')).not.toThrow();
  });
});
