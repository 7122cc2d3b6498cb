/**
 * docs/testing.md's ```ts examples must type-check against the package's
 * entry points ('gclab' is src/index.ts, 'gclab/testing' is
 * src/testing/index.ts) and run to the end (an fc.assert that fails
 * throws), printing the line each announces.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

jest.setTimeout(300_000);

const ROOT = path.join(__dirname, '..', '..');
const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'testing.md'), 'utf8');
const blocks = [...DOC.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((m) => m[1] + '\n');

test('docs/testing.md has its two examples', () => {
  expect(blocks).toHaveLength(2);
});

test('the examples type-check (one program, each example a module)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-testing-doc-'));
  const files = blocks.map((code, i) => {
    const file = path.join(dir, `example${i}.ts`);
    fs.writeFileSync(file, code);
    return file;
  });
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [path.join(ROOT, 'node_modules', '@types')],
    baseUrl: ROOT,
    paths: { gclab: ['src/index.ts'], 'gclab/testing': ['src/testing/index.ts'], 'fast-check': ['node_modules/fast-check'] },
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(diagnostics).toEqual([]);
});

test.each(blocks.map((b, i) => [i, b] as const))('example %i runs to the end', (_i, code) => {
  const js = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  const printed: string[] = [];
  const fakeConsole = { log: (...xs: unknown[]) => printed.push(xs.map(String).join(' ')) };
  const fakeRequire = (name: string) => {
    if (name === 'gclab') return require('../../src/index');
    if (name === 'gclab/testing') return require('../../src/testing');
    if (name === 'fast-check') return require('fast-check');
    throw new Error(`the example should import only gclab, gclab/testing and fast-check, not '${name}'`);
  };
  new Function('require', 'console', 'exports', js)(fakeRequire, fakeConsole, {});
  expect(printed).toHaveLength(1);
  expect(printed[0]).toMatch(/^(no schedule broke the cache \(\d+ allocations\)|heap programs: every invariant held)$/);
});
