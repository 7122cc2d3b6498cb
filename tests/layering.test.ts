/**
 * The layering of ARCHITECTURE.md, checked on every import of src/ (static
 * `import`/`export ... from`, `import type` included, `import()` and
 * `require()`):
 *
 *   heap <- gc <- weakref <- lang <- cli / testing     (layers)
 *   viz (the trace -> viewer model; heap types only) <- web (browser pages: lang + viz) <- cli
 *   lang/syntax <- lang/runtime <- lang/interp          (lang's sub-layers)
 *   lang/stdlib <- lang/interp      (the embedded Python source of the stdlib: data only)
 *
 * 1. A file imports only from its own (sub-)layer and those below it. The
 *    syntax layer imports nothing outside lang/syntax: the parser knows
 *    nothing of objects, errors included.
 * 2. Only cli and testing import host packages (fs, path, child_process):
 *    the simulation itself never depends on the host.
 * 3. No import cycle joins files of different sub-layers (rule 1 forbids
 *    the upward edge such a cycle needs; this reports the whole cycle, which
 *    says what to cut).
 */
import * as fs from 'fs';
import * as path from 'path';

const src = path.resolve(__dirname, '../src');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The module specifiers a file imports, in source order. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const re = /^\s*(?:import|export)\b[^;'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/gm;
  return [...text.matchAll(re)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The file a relative specifier names (spec.ts or spec/index.ts), or null. */
function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  return [base + '.ts', path.join(base, 'index.ts')].find((f) => fs.existsSync(f)) ?? null;
}

/**
 * The sub-layer of a file: its top folder under src/, or lang/<folder> for
 * lang's sub-layers; files directly in lang/ (the facade, runScenario) are
 * `lang`, above its three sub-layers; files directly in src/ are `root`.
 */
function subLayerOf(file: string): string {
  const parts = path.relative(src, file).split(path.sep);
  if (parts.length === 1) return 'root';
  if (parts[0] === 'lang' && parts.length > 2) return `lang/${parts[1]}`;
  return parts[0];
}

const below: Record<string, string[]> = {
  heap: [],
  gc: ['heap'],
  weakref: ['heap', 'gc'],
  'lang/syntax': [],
  'lang/stdlib': [],
  'lang/runtime': ['heap', 'gc', 'weakref', 'lang/syntax'],
  'lang/interp': ['heap', 'gc', 'weakref', 'lang/syntax', 'lang/runtime', 'lang/stdlib'],
  lang: ['heap', 'gc', 'weakref', 'lang/syntax', 'lang/runtime', 'lang/interp', 'lang/stdlib'],
  testing: ['heap', 'gc', 'weakref', 'lang/syntax', 'lang/runtime', 'lang/interp', 'lang/stdlib', 'lang'],
  cli: ['heap', 'gc', 'weakref', 'lang/syntax', 'lang/runtime', 'lang/interp', 'lang/stdlib', 'lang', 'testing', 'viz'],
  viz: ['heap'],
  web: ['heap', 'gc', 'weakref', 'lang/syntax', 'lang/runtime', 'lang/interp', 'lang/stdlib', 'lang', 'viz'],
};
const hostPackageUsers = new Set(['cli', 'testing', 'root']);

const all = files(src);
const graph = new Map<string, string[]>(
  all.map((f) => [f, importsOf(f).flatMap((s) => (s.startsWith('.') ? [resolve(f, s)].filter((t): t is string => t !== null) : []))]),
);

const cases = all.filter((f) => subLayerOf(f) !== 'root').map((f) => [path.relative(src, f), f] as const);

test.each(cases)('%s imports only from its own sub-layer and those below it', (rel, file) => {
  const layer = subLayerOf(file);
  const allowed = new Set([layer, ...(below[layer] ?? [])]);
  const bad: string[] = [];
  for (const spec of importsOf(file)) {
    if (!spec.startsWith('.')) {
      if (!hostPackageUsers.has(layer)) bad.push(`${spec} (a host package)`);
      continue;
    }
    const target = resolve(file, spec);
    if (target === null) bad.push(`${spec} (no such file)`);
    else if (!allowed.has(subLayerOf(target))) bad.push(`${spec} (${subLayerOf(target)})`);
  }
  expect({ file: rel, layer, forbidden: bad }).toEqual({ file: rel, layer, forbidden: [] });
});

/** Tarjan's strongly connected components of `graph`, each in discovery order. */
function stronglyConnected(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  // Iterative, so a long import chain cannot overflow the host stack.
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: Array<[string, number]> = [[root, 0]];
    while (work.length > 0) {
      const top = work[work.length - 1];
      const [v, i] = top;
      if (i === 0) {
        index.set(v, counter);
        low.set(v, counter++);
        stack.push(v);
        onStack.add(v);
      }
      const edges = graph.get(v) ?? [];
      if (i < edges.length) {
        top[1]++;
        const w = edges[i];
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        out.push(component.reverse());
      }
    }
  }
  return out;
}

/** The import cycles that join files of more than one sub-layer. */
function crossLayerCycles(g: Map<string, string[]>, layerOf: (f: string) => string): string[][] {
  return stronglyConnected(g).filter((c) => c.length > 1 && new Set(c.map(layerOf)).size > 1);
}

test('no import cycle joins files of different sub-layers', () => {
  const cycles = crossLayerCycles(graph, subLayerOf).map((c) => c.map((f) => path.relative(src, f)));
  expect(cycles).toEqual([]);
});

test('the cycle check finds a cycle across sub-layers and ignores one inside a sub-layer', () => {
  const g = new Map([
    ['heap/a', ['heap/b']],
    ['heap/b', ['heap/a', 'gc/c']],
    ['gc/c', ['weakref/d']],
    ['weakref/d', ['gc/c', 'heap/a']],
    ['weakref/e', []],
  ]);
  const layerOf = (f: string) => f.split('/')[0];
  expect(stronglyConnected(g).map((c) => [...c].sort())).toContainEqual(['gc/c', 'heap/a', 'heap/b', 'weakref/d']);
  expect(crossLayerCycles(g, layerOf).map((c) => [...c].sort())).toEqual([['gc/c', 'heap/a', 'heap/b', 'weakref/d']]);
  g.set('weakref/d', ['gc/c']);
  g.set('heap/b', ['heap/a']);
  expect(crossLayerCycles(g, layerOf).map((c) => [...c].sort())).toEqual([['gc/c', 'weakref/d']]);
  g.set('weakref/d', []);
  expect(crossLayerCycles(g, layerOf)).toEqual([]);
});

test('the import scanner sees every form of import', () => {
  const f = path.join(src, 'heap', 'heap.ts');
  expect(importsOf(f).length).toBeGreaterThan(3);
  expect(importsOf(path.join(src, 'lang', 'syntax', 'parse-compound.ts')).every((s) => s.startsWith('./'))).toBe(true);
});
