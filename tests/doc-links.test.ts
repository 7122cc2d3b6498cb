/**
 * Every link in README.md and docs/*.md resolves inside the repository: a
 * relative link names a file (or folder) of the checkout, never one beside
 * it, and a #fragment names a heading of its target. Links to docs/api/
 * (the generated API reference, git-ignored) are checked by
 * tests/api-docs.test.ts, which generates it.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const DOCS = [
  'README.md',
  ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  let inCode = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    if (!inCode) for (const a of line.matchAll(/<a (?:id|name)="([^"]+)"/g)) out.add(a[1]);
    const m = !inCode && /^#{1,6}\s+(.*)$/.exec(line);
    if (!m) continue;
    const base = m[1]
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** [text, target] of every inline link outside code blocks and code spans. */
function links(markdown: string): string[] {
  const out: string[] = [];
  let inCode = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) {
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    const text = line.replace(/`[^`]*`/g, '');
    for (const m of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) out.push(m[1]);
  }
  return out;
}

test.each(DOCS)('every link in %s resolves inside the repository', (doc) => {
  const text = fs.readFileSync(path.join(ROOT, doc), 'utf8');
  const found = links(text);
  const broken: string[] = [];
  for (const link of found) {
    if (/^[a-z]+:/i.test(link)) {
      broken.push(`${link} (links stay inside the repository)`);
      continue;
    }
    const [target, fragment] = link.split('#');
    const file = target === '' ? path.join(ROOT, doc) : path.resolve(path.dirname(path.join(ROOT, doc)), target);
    const rel = path.relative(ROOT, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      broken.push(`${link} (outside the repository)`);
      continue;
    }
    if (rel.startsWith(`docs${path.sep}api`)) continue;
    if (!fs.existsSync(file)) {
      broken.push(`${link} (no such file)`);
      continue;
    }
    if (fragment !== undefined && file.endsWith('.md') && !anchors(fs.readFileSync(file, 'utf8')).has(fragment)) {
      broken.push(`${link} (no such heading)`);
    }
  }
  expect(broken).toEqual([]);
});

test('the docs cite no design or research file outside the repository (their user-facing versions are in docs/)', () => {
  for (const doc of DOCS) {
    const text = fs.readFileSync(path.join(ROOT, doc), 'utf8');
    const outside = text.match(/shared\/(design|research)\/[^\s)`]*|\/work\/[^\s)`]*|cpython-semantics\.md|LANGUAGE\.md/g) ?? [];
    expect({ doc, outside }).toEqual({ doc, outside: [] });
  }
});

test('the language reference and the CPython rules have their home in docs/, linked from the README', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const page of ['docs/language.md', 'docs/cpython-rules.md', 'docs/cli.md']) {
    expect(fs.existsSync(path.join(ROOT, page))).toBe(true);
    expect(readme).toContain(`](${page})`);
  }
});
