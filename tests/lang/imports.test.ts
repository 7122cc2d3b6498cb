/**
 * The import system (interp/import-system.ts) through runScenario with an
 * in-memory module reader: module files, packages, sys.modules, errors, and
 * that the heap stays consistent whatever an import does.
 */
import { runScenario } from '../../src/lang';
import { verifyHeap } from '../../src/heap';
import { STDLIB_SOURCES } from '../../src/lang/stdlib';
import * as fs from 'fs';
import * as path from 'path';

function run(main: string, files: Record<string, string> = {}) {
  const r = runScenario(main, '/virtual/main.py', {
    readModuleFile: (rel) => (rel in files ? { source: files[rel], filename: `/virtual/${rel}` } : undefined),
  });
  verifyHeap(r.heap);
  return r;
}

test('a module file runs once and is shared', () => {
  const r = run('import m\nimport m as m2\nfrom m import x\nprint(m is m2, x, m.__file__)\n', { 'm.py': 'print("body")\nx = 1\n' });
  expect(r.stdout).toBe('body\nTrue 1 /virtual/m.py\n');
});

test('a package: __init__ first, submodule bound on the package, relative imports', () => {
  const files = {
    'p/__init__.py': 'from .a import A\n',
    'p/a.py': 'A = "a"\nfrom . import b\n',
    'p/b.py': 'B = __name__\n',
  };
  const r = run('import p.b\nprint(p.A, p.b.B, p.a.b is p.b, p.__path__ == ["/virtual/p"])\n', files);
  expect(r.stdout).toBe('a p.b True True\n');
});

test('errors: missing module, missing name, relative import beyond the top level', () => {
  const r = run(
    [
      'try:\n    import nope\nexcept ImportError as e:\n    print(type(e).__name__, e)',
      'try:\n    from m import y\nexcept ImportError as e:\n    print(type(e).__name__, e)',
      'import p.q',
      '',
    ].join('\n'),
    { 'm.py': 'x = 1\n', 'p/__init__.py': '', 'p/q.py': 'try:\n    from ... import z\nexcept ImportError as e:\n    print(e)\n' },
  );
  expect(r.stdout).toBe(
    "ModuleNotFoundError No module named 'nope'\n" +
      "ImportError cannot import name 'y' from 'm' (/virtual/m.py)\n" +
      'attempted relative import beyond top-level package\n',
  );
});

test('a syntax error in an imported module is a catchable SyntaxError', () => {
  const r = run('try:\n    import bad\nexcept SyntaxError as e:\n    print("SyntaxError", e)\nimport sys\nprint("bad" in sys.modules)\n', { 'bad.py': 'x = (\n' });
  expect(r.stdout).toMatch(/^SyntaxError .*\(bad\.py, line 1\)\nFalse\n$/);
});

test('without a reader only builtin and stdlib modules import', () => {
  const r = runScenario('try:\n    import m\nexcept ImportError as e:\n    print(e)\nimport gc, atexit\n', 'main.py');
  expect(r.stdout).toBe("No module named 'm'\n");
});

test('sys.modules starts with sys, builtins, __main__; a finished module moves to the end', () => {
  const r = run('import sys\nimport a\nprint(list(sys.modules)[:3], list(sys.modules)[-2:])\n', { 'a.py': 'import b\n', 'b.py': '' });
  expect(r.stdout).toBe("['sys', 'builtins', '__main__'] ['b', 'a']\n");
});

test('every .py file of src/lang/stdlib is embedded (npm run build / npm test regenerate sources.ts)', () => {
  const root = path.resolve(__dirname, '../../src/lang/stdlib');
  const walk = (dir: string, prefix: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const rel = prefix === '' ? d.name : `${prefix}/${d.name}`;
      if (d.isDirectory()) return walk(path.join(dir, d.name), rel);
      return d.name.endsWith('.py') ? [rel] : [];
    });
  const files = walk(root, '');
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect(STDLIB_SOURCES[f]).toBe(fs.readFileSync(path.join(root, f), 'utf8'));
});
