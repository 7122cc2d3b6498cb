/**
 * docs/explain.md's examples are what the commands print (run as a user
 * runs them, from the repository's root).
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, ensureBuilt, gclab } from './bin';

beforeAll(ensureBuilt);

const doc = fs.readFileSync(path.join(ROOT, 'docs', 'explain.md'), 'utf8');
const blocks = [...doc.matchAll(/```text\n\$ npx (gclab [^\n]*)\n([\s\S]*?)```/g)].map((m) => ({ command: m[1], output: m[2] }));

test('the doc shows both commands', () => {
  expect(blocks.map((b) => b.command.split(' ')[1])).toEqual(['run', 'why']);
});

test.each(blocks.map((b) => [b.command, b]))('%s prints what the doc shows', (_c, b) => {
  const args = [...b.command.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]).slice(1);
  const r = gclab(args, { cwd: ROOT });
  expect(r.status).toBe(0);
  // Object ids (`#171`) depend on how many objects start-up allocates, which changes as the
  // runtime grows: compare the text with every id written as `#N`.
  const ids = (t: string): string => t.replace(/#\d+/g, '#N');
  const shown = ids(b.output.replace(/\.\.\.\n$/, ''));
  expect(ids(r.out).startsWith(shown)).toBe(true);
});
