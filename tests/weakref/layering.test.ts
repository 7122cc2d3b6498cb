/**
 * The layering rule (ARCHITECTURE.md): heap <- gc <- weakref <- lang. The
 * weakref layer imports only the heap, the gc layer and itself; the set
 * object, which lives in the heap layer, imports only the heap layer.
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..', 'src');

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  const re = /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[1] ?? m[2]);
  return out;
}

function layerOf(fromFile: string, spec: string): string {
  if (!spec.startsWith('.')) return `package:${spec}`;
  const target = path.relative(root, path.resolve(path.dirname(fromFile), spec));
  return target.split(path.sep)[0];
}

test('src/weakref imports only heap, gc and itself', () => {
  const dir = path.join(root, 'weakref');
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const file = path.join(dir, f);
    for (const spec of importsOf(file)) {
      expect([f, layerOf(file, spec)]).toEqual([f, expect.stringMatching(/^(heap|gc|weakref)$/)]);
    }
  }
});

test('src/heap/objects/set-object.ts imports only the heap layer', () => {
  const file = path.join(root, 'heap', 'objects', 'set-object.ts');
  for (const spec of importsOf(file)) expect(layerOf(file, spec)).toBe('heap');
});
