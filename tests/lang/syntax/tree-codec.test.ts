/**
 * The stdlib shipped parsed (tree-codec.ts, parsed-trees.ts): a decoded
 * tree is the parsed tree (same keys in the same order, same primitives,
 * same sharing), what the format cannot carry is refused rather than
 * changed, and a stored tree is used only for the exact file and source
 * it was parsed from (its very source, compared as a string).
 */
import { parse, type Module } from '../../../src/lang/syntax';
import { decodeTree, encodeTree, sameTree } from '../../../src/lang/syntax/tree-codec';
import { STDLIB_PREFIX, STDLIB_SOURCES } from '../../../src/lang/stdlib';
import { parseStdlibModule, parsedStdlibTree, parsedTreeText, useParsedStdlib } from '../../../src/lang/syntax/parsed-trees';

afterEach(() => useParsedStdlib(null));

test.each(['collections/__init__.py', 'operator.py', 'dataclasses.py', 'enum.py'])('%s: decode(encode(parse(src))) is the parsed tree', (rel) => {
  const tree = parse(STDLIB_SOURCES[rel], `${STDLIB_PREFIX}/${rel}`);
  const text = encodeTree(tree);
  expect(text).not.toBeNull();
  const back = decodeTree(text!);
  expect(sameTree(back, tree)).toBe(true);
  // Decoding twice gives two separate trees (the evaluator caches on nodes).
  expect(decodeTree(text!)).not.toBe(back);
});

test('a scenario with every kind of literal, scopes and closures round-trips', () => {
  const src = [
    'x = 1e400; y = -0.0; z = 10**30; s = "\\u00e9"; b = b"\\x00"; c = 1j',
    'def f(a, *args, k=(1, 2), **kw):',
    '    v = 0',
    '    def g():',
    '        nonlocal v',
    '        v += 1',
    '        return [i for i in args if i]',
    '    return g',
    'class C:',
    '    __slots__ = ("a",)',
    '    def m(self): return super().m()',
    'match x:',
    '    case {"a": [1, *rest]}: pass',
    '    case C(a=2) | C(a=3): pass',
    '    case _: pass',
  ].join('\n');
  const tree = parse(src, '/t.py');
  const back = decodeTree(encodeTree(tree)!);
  expect(sameTree(back, tree)).toBe(true);
});

test('special values and sharing survive; a changed key order, value or sharing is told apart', () => {
  const shared = { kind: 'Shared', n: 1 };
  const m = new Map<unknown, unknown>([['a', shared], ['b', undefined]]);
  const tree = { kind: 'Module', body: [shared, shared, m, m], vals: [undefined, -0, NaN, Infinity, -Infinity, 12345678901234567890n, null, true, ''] } as unknown as Module;
  const back = decodeTree(encodeTree(tree)!) as unknown as { body: unknown[]; vals: unknown[] };
  expect(sameTree(back, tree)).toBe(true);
  expect(back.body[0]).toBe(back.body[1]);
  expect(back.body[2]).toBeInstanceOf(Map);
  expect(back.body[2]).toBe(back.body[3]);
  expect((back.body[2] as Map<unknown, unknown>).get('a')).toBe(back.body[0]);
  expect(Object.is(back.vals[1], -0)).toBe(true);
  expect(sameTree({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
  expect(sameTree({ a: -0 }, { a: 0 })).toBe(false);
  expect(sameTree([shared, shared], [{ ...shared }, { ...shared }])).toBe(false);
  expect(sameTree([{ ...shared }, { ...shared }], [shared, shared])).toBe(false);
});

test('what the format cannot carry exactly is refused', () => {
  class Node {
    kind = 'X';
  }
  expect(encodeTree({ kind: 'Module', body: [new Node()] } as unknown as Module)).toBeNull();
  expect(encodeTree({ kind: 'Module', body: [() => 1] } as unknown as Module)).toBeNull();
  // eslint-disable-next-line no-sparse-arrays
  expect(encodeTree({ kind: 'Module', body: [1, , 3] } as unknown as Module)).toBeNull();
  expect(encodeTree({ kind: 'Module', body: [{ [Symbol('s')]: 1 }] } as unknown as Module)).toBeNull();
  expect(encodeTree({ kind: 'Module', body: [{ '\u0001': 1 }] } as unknown as Module)).toBeNull();
});

test('a stored tree is used only for the file and source it was parsed from', () => {
  const rel = 'keyword.py';
  const origin = `${STDLIB_PREFIX}/${rel}`;
  const source = STDLIB_SOURCES[rel];
  const stored = parsedTreeText(origin, source, encodeTree(parse(source, origin))!);
  const reads: string[] = [];
  useParsedStdlib((r) => {
    reads.push(r);
    return r === rel ? stored : undefined;
  });
  const tree = parsedStdlibTree(rel, origin, source);
  expect(tree).toBeDefined();
  expect(sameTree(tree, parse(source, origin))).toBe(true);
  expect(parsedStdlibTree(rel, origin, source + ' ')).toBeUndefined();
  expect(parsedStdlibTree(rel, origin, source.replace('a', 'b'))).toBeUndefined();
  expect(parsedStdlibTree(rel, `${origin}x`, source)).toBeUndefined();
  expect(parsedStdlibTree('operator.py', `${STDLIB_PREFIX}/operator.py`, STDLIB_SOURCES['operator.py'])).toBeUndefined();
  expect(reads).toEqual([rel, rel, rel, rel, 'operator.py']);
  useParsedStdlib(null);
  expect(parsedStdlibTree(rel, origin, source)).toBeUndefined();
});

test('without a reader, a stdlib module parsed again in one process comes from its kept text: the same tree, a new one each time', () => {
  const rel = 'reprlib.py';
  const origin = `${STDLIB_PREFIX}/${rel}`;
  const source = STDLIB_SOURCES[rel];
  const expected = parse(source, origin);
  const trees = [1, 2, 3, 4].map(() => parseStdlibModule(rel, origin, source));
  for (const t of trees) expect(sameTree(t, expected)).toBe(true);
  expect(new Set(trees).size).toBe(4);
  // A tree changed by its user (the interpreter folds constants into it) does not change the next one.
  (trees[3].body as unknown[]).length = 0;
  expect(sameTree(parseStdlibModule(rel, origin, source), expected)).toBe(true);
  // Another source under the same path is parsed, not taken from the kept text.
  const other = `x = 1\n${source}`;
  expect(sameTree(parseStdlibModule(rel, origin, other), parse(other, origin))).toBe(true);
  // Syntax errors still come from the parser.
  expect(() => parseStdlibModule('bad.py', `${STDLIB_PREFIX}/bad.py`, 'def (:\n')).toThrow();
});

test('decoding walks only to the special values: a tree without any is the parsed JSON, one with some has them in place', () => {
  const plain = { kind: 'Module', body: [{ kind: 'Pass', line: 1 }] } as unknown as Module;
  const text = encodeTree(plain)!;
  expect(JSON.parse(text)).toEqual([plain, 0]);
  expect(sameTree(decodeTree(text), plain)).toBe(true);
  // Specials deep in arrays and objects, a shared object defined on one path and referred to on a later one.
  const shared = { kind: 'S' };
  const deep = { kind: 'Module', a: [1, [2, { x: undefined, y: [shared] }]], b: { c: { d: shared, e: new Map([['k', shared]]) } }, f: -0 } as unknown as Module;
  const back = decodeTree(encodeTree(deep)!) as unknown as { a: [number, [number, { x: unknown; y: unknown[] }]]; b: { c: { d: unknown; e: Map<string, unknown> } } };
  expect(sameTree(back, deep)).toBe(true);
  expect('x' in back.a[1][1]).toBe(true);
  expect(back.b.c.d).toBe(back.a[1][1].y[0]);
  expect(back.b.c.e.get('k')).toBe(back.b.c.d);
});

test('a stored tree says whether it is prepared: used as stored when the caller prepares, prepared once when it was stored unprepared', () => {
  const rel = 'keyword.py';
  const origin = `${STDLIB_PREFIX}/${rel}`;
  const source = STDLIB_SOURCES[rel];
  const bump = (t: Module) => {
    for (const s of t.body) (s as { line: number }).line += 1000;
  };
  const prepared = parse(source, origin);
  bump(prepared);
  let stored = parsedTreeText(origin, source, encodeTree(prepared)!, true);
  useParsedStdlib(() => stored);
  expect(sameTree(parseStdlibModule(rel, origin, source, bump), prepared)).toBe(true);
  stored = parsedTreeText(origin, source, encodeTree(parse(source, origin))!);
  expect(sameTree(parseStdlibModule(rel, origin, source, bump), prepared)).toBe(true);
  // A caller that does not prepare never gets a prepared tree.
  stored = parsedTreeText(origin, source, encodeTree(prepared)!, true);
  expect(sameTree(parseStdlibModule(rel, origin, source), parse(source, origin))).toBe(true);
});
