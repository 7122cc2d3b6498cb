/**
 * README.md's first ```ts block must really run: it is transpiled with
 * TypeScript's transpileModule, run with a `require` that maps 'gclab' to
 * the src/index.ts facade, and what it prints must be the ```text block
 * that follows it.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

function block(lang: string, after = 0): { code: string; end: number } {
  const open = '```' + lang + '\n';
  const start = README.indexOf(open, after);
  if (start < 0) throw new Error(`README.md has no \`\`\`${lang} block`);
  const end = README.indexOf('\n```', start + open.length);
  return { code: README.slice(start + open.length, end + 1), end };
}

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
  const quick = README.slice(README.indexOf('## Quick start'));
  expect(block('sh', README.indexOf('## Quick start')).code).toBe(
    'npm ci && npx gclab run examples/quickstart.py\nnpm test\n',
  );
  expect(quick.length).toBeGreaterThan(0);
});

test('every docs link in README.md points to a file that exists', () => {
  const links = [...README.matchAll(/\]\((docs\/[^)]+)\)/g)].map((m) => m[1]);
  expect(links.length).toBeGreaterThan(0);
  for (const l of links) expect(fs.existsSync(path.join(__dirname, '..', l))).toBe(true);
});
