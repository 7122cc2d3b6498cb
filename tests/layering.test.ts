/**
 * The layers of ARCHITECTURE.md: heap <- gc <- weakref <- lang <-
 * cli/testing. A file may import only from its own layer and the layers
 * below it (static imports and require() calls alike).
 */
import * as fs from 'fs';
import * as path from 'path';

const src = path.resolve(__dirname, '../src');
const allowed: Record<string, string[]> = {
  heap: ['heap'],
  gc: ['heap', 'gc'],
  weakref: ['heap', 'gc', 'weakref'],
  lang: ['heap', 'gc', 'weakref', 'lang'],
  cli: ['heap', 'gc', 'weakref', 'lang', 'cli', 'testing'],
  testing: ['heap', 'gc', 'weakref', 'lang', 'testing'],
};

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const cases = files(src)
  .filter((f) => path.relative(src, f).includes(path.sep))
  .map((f) => [path.relative(src, f), f] as const);

test.each(cases)('%s imports only from allowed layers', (_rel, file) => {
  const layer = path.relative(src, file).split(path.sep)[0];
  const text = fs.readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|require\(|import\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  for (const spec of specs.filter((s) => s.startsWith('.'))) {
    const target = path.relative(src, path.resolve(path.dirname(file), spec)).split(path.sep)[0];
    expect({ file: path.relative(src, file), imports: target, allowed: allowed[layer].includes(target) }).toEqual({
      file: path.relative(src, file),
      imports: target,
      allowed: true,
    });
  }
});
