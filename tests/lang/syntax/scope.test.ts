/**
 * Scope tests: the resolver against CPython 3.11.7, recorded with
 *  - every code object's co_name, co_firstlineno, nesting depth, co_varnames,
 *    co_cellvars and co_freevars;
 *  - every name instruction from `dis.get_instructions` as
 *    [line, col, name, family], family being LOCAL (*_FAST), CELL/FREE
 *    (*_DEREF), CLASS_DEREF, GLOBAL (*_GLOBAL) or NAME (*_NAME);
 *  - the `symtable` module's tables: [name, [[symbol, scope]...], children].
 */
import {
  parse,
  type Module,
  type Resolution,
  type Scope,
} from '../../../src/lang/syntax';

interface Recorded {
  source: string;
  codes: Array<[string, number, number, string[], string[], string[]]>;
  names: Array<[number, number, string, string]>;
  symtable: RecordedTable;
}
type RecordedTable = [string, Array<[string, string]>, RecordedTable[]];

const CPYTHON: Recorded[] = [
  {
    source: "def f(b, a, *args, k=1, **kw):\n    z = 1\n    y = 2\n    def g():\n        return a + b + y + z\n    q = [w for w in args]\n    return g\n",
    codes: [
      ["<module>", 1, 0, [], [], []],
      ["f", 1, 1, ["b", "a", "k", "args", "kw", "g", "q"], ["b", "a", "y", "z"], []],
      ["g", 4, 2, [], [], ["a", "b", "y", "z"]],
      ["<listcomp>", 6, 2, [".0", "w"], [], []],
    ],
    names: [
      [1, 0, "f", "NAME"],
      [2, 4, "z", "CELL/FREE"],
      [3, 4, "y", "CELL/FREE"],
      [4, 4, "g", "LOCAL"],
      [5, 15, "a", "CELL/FREE"],
      [5, 19, "b", "CELL/FREE"],
      [5, 23, "y", "CELL/FREE"],
      [5, 27, "z", "CELL/FREE"],
      [6, 4, "q", "LOCAL"],
      [6, 8, ".0", "LOCAL"],
      [6, 9, "w", "LOCAL"],
      [6, 15, "w", "LOCAL"],
      [6, 20, "args", "LOCAL"],
      [7, 11, "g", "LOCAL"],
    ],
    symtable: ["top", [["f", "LOCAL"]], [["f", [["b", "CELL"], ["a", "CELL"], ["k", "LOCAL"], ["args", "LOCAL"], ["kw", "LOCAL"], ["z", "CELL"], ["y", "CELL"], ["g", "LOCAL"], ["q", "LOCAL"]], [["g", [["a", "FREE"], ["b", "FREE"], ["y", "FREE"], ["z", "FREE"]], []], ["listcomp", [[".0", "LOCAL"], ["w", "LOCAL"]], []]]]]],
  },
  {
    source: "def h(p):\n    try:\n        pass\n    except ValueError as e1:\n        u = 1\n    else:\n        v = 2\n    finally:\n        fin = 3\n    x = y = t\n    c, d = 1, 2\n    e = 0\n    e += 1\n    for i in p:\n        k = i\n    r = a1 if a2 else a3\n    del r\n    m = {kk: vv for kk in p for vv in kk if cc}\n    return lambda z=x: z\n",
    codes: [
      ["<module>", 1, 0, [], [], []],
      ["h", 1, 1, ["p", "v", "e1", "u", "fin", "x", "y", "c", "d", "e", "i", "k", "r", "m"], [], []],
      ["<dictcomp>", 18, 2, [".0", "kk", "vv"], [], []],
      ["<lambda>", 19, 2, ["z"], [], []],
    ],
    names: [
      [1, 0, "h", "NAME"],
      [4, 4, "e1", "LOCAL"],
      [4, 11, "ValueError", "GLOBAL"],
      [5, 8, "e1", "LOCAL"],
      [5, 8, "u", "LOCAL"],
      [7, 8, "v", "LOCAL"],
      [9, 8, "fin", "LOCAL"],
      [10, 4, "x", "LOCAL"],
      [10, 8, "y", "LOCAL"],
      [10, 12, "t", "GLOBAL"],
      [11, 4, "c", "LOCAL"],
      [11, 7, "d", "LOCAL"],
      [12, 4, "e", "LOCAL"],
      [13, 4, "e", "LOCAL"],
      [14, 8, "i", "LOCAL"],
      [14, 13, "p", "LOCAL"],
      [15, 8, "k", "LOCAL"],
      [15, 12, "i", "LOCAL"],
      [16, 4, "r", "LOCAL"],
      [16, 8, "a1", "GLOBAL"],
      [16, 14, "a2", "GLOBAL"],
      [16, 22, "a3", "GLOBAL"],
      [17, 8, "r", "LOCAL"],
      [18, 4, "m", "LOCAL"],
      [18, 8, ".0", "LOCAL"],
      [18, 9, "kk", "LOCAL"],
      [18, 13, "vv", "LOCAL"],
      [18, 20, "kk", "LOCAL"],
      [18, 26, "p", "LOCAL"],
      [18, 32, "vv", "LOCAL"],
      [18, 38, "kk", "LOCAL"],
      [18, 44, "cc", "GLOBAL"],
      [19, 20, "x", "LOCAL"],
      [19, 23, "z", "LOCAL"],
    ],
    symtable: ["top", [["h", "LOCAL"]], [["h", [["p", "LOCAL"], ["v", "LOCAL"], ["ValueError", "GLOBAL_IMPLICIT"], ["e1", "LOCAL"], ["u", "LOCAL"], ["fin", "LOCAL"], ["x", "LOCAL"], ["y", "LOCAL"], ["t", "GLOBAL_IMPLICIT"], ["c", "LOCAL"], ["d", "LOCAL"], ["e", "LOCAL"], ["i", "LOCAL"], ["k", "LOCAL"], ["r", "LOCAL"], ["a2", "GLOBAL_IMPLICIT"], ["a1", "GLOBAL_IMPLICIT"], ["a3", "GLOBAL_IMPLICIT"], ["m", "LOCAL"]], [["dictcomp", [[".0", "LOCAL"], ["kk", "LOCAL"], ["vv", "LOCAL"], ["cc", "GLOBAL_IMPLICIT"]], []], ["lambda", [["z", "LOCAL"]], []]]]]],
  },
  {
    source: "def outer():\n    x = 1\n    y = 2\n    class K:\n        y = 3\n        z = x\n        def m(self):\n            return super().m() + x + y\n        def n(self):\n            return __class__\n        __p = 1\n        def o(self):\n            return self.__p\n    return K\n",
    codes: [
      ["<module>", 1, 0, [], [], []],
      ["outer", 1, 1, ["K"], ["x", "y"], []],
      ["K", 4, 2, [], ["__class__"], ["x", "y"]],
      ["m", 7, 3, ["self"], [], ["__class__", "x", "y"]],
      ["n", 9, 3, ["self"], [], ["__class__"]],
      ["o", 12, 3, ["self"], [], []],
    ],
    names: [
      [1, 0, "outer", "NAME"],
      [2, 4, "x", "CELL/FREE"],
      [3, 4, "y", "CELL/FREE"],
      [4, 0, "__module__", "NAME"],
      [4, 0, "__name__", "NAME"],
      [4, 0, "__qualname__", "NAME"],
      [4, 4, "K", "LOCAL"],
      [5, 8, "y", "NAME"],
      [6, 8, "z", "NAME"],
      [6, 12, "x", "CLASS_DEREF"],
      [7, 8, "m", "NAME"],
      [8, 19, "super", "GLOBAL"],
      [8, 33, "x", "CELL/FREE"],
      [8, 37, "y", "CELL/FREE"],
      [9, 8, "n", "NAME"],
      [10, 19, "__class__", "CELL/FREE"],
      [11, 8, "_K__p", "NAME"],
      [12, 8, "__classcell__", "NAME"],
      [12, 8, "o", "NAME"],
      [13, 19, "self", "LOCAL"],
      [14, 11, "K", "LOCAL"],
    ],
    symtable: ["top", [["outer", "LOCAL"]], [["outer", [["x", "CELL"], ["y", "CELL"], ["K", "LOCAL"]], [["K", [["y", "LOCAL"], ["z", "LOCAL"], ["x", "FREE"], ["m", "LOCAL"], ["n", "LOCAL"], ["_K__p", "LOCAL"], ["o", "LOCAL"]], [["m", [["self", "LOCAL"], ["super", "GLOBAL_IMPLICIT"], ["__class__", "FREE"], ["x", "FREE"], ["y", "FREE"]], []], ["n", [["self", "LOCAL"], ["__class__", "FREE"]], []], ["o", [["self", "LOCAL"]], []]]]]]]],
  },
  {
    source: "count = 0\ndef inc():\n    global count\n    count += 1\ndef counter():\n    n = 0\n    def bump():\n        nonlocal n\n        n += 1\n        return n\n    return bump\nclass C:\n    total = count\n    def get(self):\n        return total\n",
    codes: [
      ["<module>", 1, 0, [], [], []],
      ["inc", 2, 1, [], [], []],
      ["counter", 5, 1, ["bump"], ["n"], []],
      ["bump", 7, 2, [], [], ["n"]],
      ["C", 12, 1, [], [], []],
      ["get", 14, 2, ["self"], [], []],
    ],
    names: [
      [1, 0, "count", "GLOBAL"],
      [2, 0, "inc", "NAME"],
      [4, 4, "count", "GLOBAL"],
      [5, 0, "counter", "NAME"],
      [6, 4, "n", "CELL/FREE"],
      [7, 4, "bump", "LOCAL"],
      [9, 8, "n", "CELL/FREE"],
      [10, 15, "n", "CELL/FREE"],
      [11, 11, "bump", "LOCAL"],
      [12, 0, "C", "NAME"],
      [12, 0, "__module__", "NAME"],
      [12, 0, "__name__", "NAME"],
      [12, 0, "__qualname__", "NAME"],
      [13, 4, "total", "NAME"],
      [13, 12, "count", "NAME"],
      [14, 4, "get", "NAME"],
      [15, 15, "total", "GLOBAL"],
    ],
    symtable: ["top", [["count", "GLOBAL_EXPLICIT"], ["inc", "LOCAL"], ["counter", "LOCAL"], ["C", "LOCAL"]], [["inc", [["count", "GLOBAL_EXPLICIT"]], []], ["counter", [["n", "CELL"], ["bump", "LOCAL"]], [["bump", [["n", "FREE"]], []]]], ["C", [["total", "LOCAL"], ["count", "GLOBAL_IMPLICIT"], ["get", "LOCAL"]], [["get", [["self", "LOCAL"], ["total", "GLOBAL_IMPLICIT"]], []]]]]],
  },
  {
    source: "def comp(n):\n    return [[i * j + n for j in range(n)] for i in range(n) if i]\nxs = [x for x in range(3)]\npairs = {k: v for k, v in zip(xs, xs)}\n",
    codes: [
      ["<module>", 1, 0, [], [], []],
      ["comp", 1, 1, ["n"], ["n"], []],
      ["<listcomp>", 2, 2, [".0"], ["i"], ["n"]],
      ["<listcomp>", 2, 3, [".0", "j"], [], ["i", "n"]],
      ["<listcomp>", 3, 1, [".0", "x"], [], []],
      ["<dictcomp>", 4, 1, [".0", "k", "v"], [], []],
    ],
    names: [
      [1, 0, "comp", "NAME"],
      [2, 11, ".0", "LOCAL"],
      [2, 12, ".0", "LOCAL"],
      [2, 13, "i", "CELL/FREE"],
      [2, 17, "j", "LOCAL"],
      [2, 21, "n", "CELL/FREE"],
      [2, 27, "j", "LOCAL"],
      [2, 32, "range", "GLOBAL"],
      [2, 38, "n", "CELL/FREE"],
      [2, 46, "i", "CELL/FREE"],
      [2, 51, "range", "GLOBAL"],
      [2, 57, "n", "CELL/FREE"],
      [2, 63, "i", "CELL/FREE"],
      [3, 0, "xs", "NAME"],
      [3, 5, ".0", "LOCAL"],
      [3, 6, "x", "LOCAL"],
      [3, 12, "x", "LOCAL"],
      [3, 17, "range", "NAME"],
      [4, 0, "pairs", "NAME"],
      [4, 8, ".0", "LOCAL"],
      [4, 9, "k", "LOCAL"],
      [4, 12, "v", "LOCAL"],
      [4, 18, "k", "LOCAL"],
      [4, 21, "v", "LOCAL"],
      [4, 26, "zip", "NAME"],
      [4, 30, "xs", "NAME"],
      [4, 34, "xs", "NAME"],
    ],
    symtable: ["top", [["comp", "LOCAL"], ["xs", "LOCAL"], ["range", "GLOBAL_IMPLICIT"], ["pairs", "LOCAL"], ["zip", "GLOBAL_IMPLICIT"]], [["comp", [["n", "CELL"], ["range", "GLOBAL_IMPLICIT"]], [["listcomp", [[".0", "LOCAL"], ["i", "CELL"], ["range", "GLOBAL_IMPLICIT"], ["n", "FREE"]], [["listcomp", [[".0", "LOCAL"], ["j", "LOCAL"], ["i", "FREE"], ["n", "FREE"]], []]]]]], ["listcomp", [[".0", "LOCAL"], ["x", "LOCAL"]], []], ["dictcomp", [[".0", "LOCAL"], ["k", "LOCAL"], ["v", "LOCAL"]], []]]],
  },
];

/** Names CPython's compiler stores that have no node in the AST. */
const IMPLICIT_NAMES = new Set(['.0', '__module__', '__qualname__', '__classcell__', '__name__']);

const FAMILY: Record<Resolution['kind'], string> = {
  LOCAL: 'LOCAL',
  CELL: 'CELL/FREE',
  FREE: 'CELL/FREE',
  CLASS_DEREF: 'CLASS_DEREF',
  GLOBAL_EXPLICIT: 'GLOBAL',
  GLOBAL_IMPLICIT: 'GLOBAL',
  NAME: 'NAME',
};

/** Every code object (with its line and nesting depth) and every resolved node. */
function collect(module: Module): {
  scopes: Array<{ line: number; depth: number; scope: Scope }>;
  bound: Array<[number, number, string, Resolution]>;
} {
  const depthOf = new Map<Scope, number>();
  const index = (s: Scope, d: number): void => {
    depthOf.set(s, d);
    s.children.forEach((c) => index(c, d + 1));
  };
  index(module.scope!, 0);
  const scopes = [{ line: 1, depth: 0, scope: module.scope! }];
  const bound: Array<[number, number, string, Resolution]> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const n = value as { kind?: string; line: number; col: number; scope?: Scope; resolution?: Resolution };
    if (n.scope !== undefined) scopes.push({ line: n.line, depth: depthOf.get(n.scope)!, scope: n.scope });
    if (n.resolution !== undefined) bound.push([n.line, n.col, n.resolution.name, n.resolution]);
    for (const [key, child] of Object.entries(n)) if (key !== 'scope' && key !== 'resolution') visit(child);
  };
  visit(module.body);
  return { scopes, bound };
}

describe.each(CPYTHON.map((r, i) => [i + 1, r] as const))('program %i', (_, recorded) => {
  const module = parse(recorded.source, 'p.py');
  const { scopes, bound } = collect(module);

  it('has CPython’s code objects: co_varnames, co_cellvars, co_freevars', () => {
    const ours = scopes.map(({ line, depth, scope }) => [scope.name, line, depth, scope.varnames, scope.cellvars, scope.freevars]);
    const key = (row: unknown[]): string => JSON.stringify(row.slice(0, 3));
    expect([...ours].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...recorded.codes].sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  it('resolves every name as CPython’s compiler does', () => {
    const ours = new Map(bound.map(([line, col, name, r]) => [`${line}:${col}:${name}`, r]));
    let checked = 0;
    for (const [line, col, name, family] of recorded.names) {
      if (IMPLICIT_NAMES.has(name)) continue;
      // The `name = None; del name` that ends an except-as block has the
      // position of the block's last statement: match it by name.
      const r = ours.get(`${line}:${col}:${name}`) ?? bound.find((b) => b[2] === name)?.[3];
      expect({ at: `${line}:${col}:${name}`, family: r && FAMILY[r.kind] }).toEqual({ at: `${line}:${col}:${name}`, family });
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('gives LOCAL and cell resolutions the slots of their code object', () => {
    const check = (scope: Scope, node: unknown): void => {
      if (Array.isArray(node)) return node.forEach((n) => check(scope, n));
      if (node === null || typeof node !== 'object') return;
      const n = node as { kind?: string; scope?: Scope; resolution?: Resolution };
      const inner = n.scope !== undefined && n.kind !== 'Module' ? n.scope : scope;
      const r = n.resolution;
      if (r !== undefined) {
        const here = n.kind === 'FunctionDef' || n.kind === 'ClassDef' ? scope : inner;
        if (r.kind === 'LOCAL') expect(here.varnames[r.slot]).toBe(r.name);
        if (r.kind === 'CELL') expect(here.cellvars[r.slot]).toBe(r.name);
        if (r.kind === 'FREE' || r.kind === 'CLASS_DEREF') expect(here.freevars[r.slot - here.cellvars.length]).toBe(r.name);
      }
      for (const [key, child] of Object.entries(n)) {
        if (key === 'scope' || key === 'resolution') continue;
        // Defaults, bases and a comprehension's first iterable run in the enclosing scope.
        if (key === 'generators') {
          (child as unknown as Array<{ iter: unknown; target: unknown; ifs: unknown }>).forEach((g, i) => {
            check(i === 0 ? scope : inner, g.iter);
            check(inner, g.target);
            check(inner, g.ifs);
          });
        } else {
          check(key === 'params' || key === 'bases' ? scope : inner, child);
        }
      }
    };
    check(module.scope!, module.body);
  });

  it('has CPython’s symbol tables', () => {
    const table = (scope: Scope, name: string): RecordedTable => [name, [...scope.symbols], scope.children.map((c) => table(c, tableName(c)))];
    expect(table(module.scope!, 'top')).toEqual(recorded.symtable);
  });
});

/** The name `symtable` gives a table: comprehensions are 'listcomp', lambdas 'lambda'. */
function tableName(scope: Scope): string {
  if (scope.kind === 'comprehension') return scope.name.slice(1, -1);
  if (scope.kind === 'lambda') return 'lambda';
  return scope.name;
}

describe('scope details', () => {
  it('moves captured parameters into cells (MAKE_CELL) and records closures', () => {
    const module = parse('def f(a, b):\n    def g():\n        return b\n    return g\n', 'p.py');
    const f = module.body[0];
    if (f.kind !== 'FunctionDef') throw new Error('expected a def');
    expect(f.scope).toMatchObject({ params: ['a', 'b'], varnames: ['a', 'b', 'g'], cellvars: ['b'], paramCells: [{ param: 1, cell: 0 }] });
    const g = f.body[0];
    if (g.kind !== 'FunctionDef') throw new Error('expected a def');
    expect(g.scope).toMatchObject({ freevars: ['b'], closure: [0] });
  });

  it('gives a class whose methods use super() the __class__ cell', () => {
    const module = parse('class C(B):\n    def m(self):\n        return super().m()\n', 'p.py');
    const c = module.body[0];
    if (c.kind !== 'ClassDef') throw new Error('expected a class');
    expect(c.scope).toMatchObject({ kind: 'class', cellvars: ['__class__'], needsClassCell: true });
    expect(c.scope!.children[0]).toMatchObject({ freevars: ['__class__'], closure: [0] });
  });

  it('mangles private names in a class body and its methods', () => {
    const module = parse('class C:\n    __a = 1\n    def m(self):\n        return self.__a\n', 'p.py');
    const c = module.body[0];
    if (c.kind !== 'ClassDef') throw new Error('expected a class');
    const assign = c.body[0];
    if (assign.kind !== 'Assign') throw new Error('expected an assignment');
    expect(assign.targets[0]).toMatchObject({ id: '__a', resolution: { kind: 'NAME', name: '_C__a' } });
    const m = c.body[1];
    if (m.kind !== 'FunctionDef' || m.body[0].kind !== 'Return') throw new Error('expected a method');
    expect(m.body[0].value).toMatchObject({ attr: '__a', mangledAttr: '_C__a' });
  });

  it('resolves imports and except-as names as stores', () => {
    const module = parse('import a.b\nfrom w import r as q\ntry:\n    pass\nexcept E as e:\n    pass\n', 'p.py');
    const [imp, from, tryStmt] = module.body;
    if (imp.kind !== 'Import' || from.kind !== 'ImportFrom' || tryStmt.kind !== 'Try') throw new Error('unexpected shape');
    expect(imp.names[0].resolution).toEqual({ kind: 'NAME', name: 'a' });
    expect(from.names[0].resolution).toEqual({ kind: 'NAME', name: 'q' });
    expect(tryStmt.handlers[0].resolution).toEqual({ kind: 'NAME', name: 'e' });
  });
});
