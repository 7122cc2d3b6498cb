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

/**
 * Inside lang: syntax <- runtime <- interp. The parser knows nothing of
 * objects, and the object protocol (runtime) never reaches into the
 * evaluator: it calls back through Runtime.evaluator instead.
 */
const langAllowed: Record<string, string[]> = {
  syntax: ['syntax'],
  runtime: ['syntax', 'runtime'],
  interp: ['syntax', 'runtime', 'interp'],
};
const langSrc = path.join(src, 'lang');
const langCases = files(langSrc)
  .filter((f) => path.relative(langSrc, f).includes(path.sep))
  .map((f) => [path.relative(src, f), f] as const);

test.each(langCases)('%s keeps lang sub-layers in order', (_rel, file) => {
  const sub = path.relative(langSrc, file).split(path.sep)[0];
  const text = fs.readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|require\(|import\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  for (const spec of specs.filter((s) => s.startsWith('.'))) {
    const rel = path.relative(langSrc, path.resolve(path.dirname(file), spec));
    if (rel.startsWith('..')) continue; // below lang: checked by the layer test above
    const target = rel.split(path.sep)[0];
    expect({ file: path.relative(src, file), imports: target, allowed: (langAllowed[sub] ?? []).includes(target) }).toEqual({
      file: path.relative(src, file),
      imports: target,
      allowed: true,
    });
  }
});
