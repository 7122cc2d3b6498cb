/**
 * README.md's first ```ts block must really run and type-check: it is
 * type-checked against the src/index.ts facade (as the `gclab` package),
 * transpiled, run with a `require` that maps 'gclab' to that facade, and
 * what it prints must be the ```text block that follows it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

function block(lang: string, after = 0): { code: string; end: number } {
  const open = '```' + lang + '\n';
  const start = README.indexOf(open, after);
  if (start < 0) throw new Error(`README.md has no \`\`\`${lang} block`);
  const end = README.indexOf('\n```', start + open.length);
  return { code: README.slice(start + open.length, end + 1), end };
}

test("README.md's first ts example type-checks against the package's public API", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-readme-'));
  const file = path.join(dir, 'example.ts');
  fs.writeFileSync(file, block('ts').code);
  const program = ts.createProgram([file], {
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
    paths: { gclab: ['src/index.ts'] },
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(diagnostics).toEqual([]);
});

test("README.md's first ts example runs against the src/index.ts facade and prints what the README says", () => {
  const example = block('ts');
  const expected = block('text', example.end).code;
  const js = ts.transpileModule(example.code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  const printed: string[] = [];
  const fakeConsole = { log: (...xs: unknown[]) => printed.push(xs.map(String).join(' ')) };
  const fakeRequire = (name: string) => {
    if (name === 'gclab') return require('../src/index');
    throw new Error(`the README example should import only 'gclab', not '${name}'`);
  };
  new Function('require', 'console', 'exports', js)(fakeRequire, fakeConsole, {});
  expect(printed.join('\n') + '\n').toBe(expected);
});

test('the Quick start section gives exactly the two commands', () => {
  expect(block('sh', README.indexOf('## Quick start')).code).toBe(
    'npm ci && npx gclab run examples/quickstart.py\nnpm test\n',
  );
});
