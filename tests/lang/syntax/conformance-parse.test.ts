/**
 * Every public conformance scenario (the shared folder next to this
 * checkout) must parse, and every name in it must be resolved.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, type Module } from '../../../src/lang/syntax';

const DIR = path.resolve(__dirname, '../../../../shared/conformance');
const EXISTS = fs.existsSync(DIR);
const FILES = EXISTS ? fs.readdirSync(DIR).filter((f) => f.endsWith('.py')).sort() : [];

/** Nodes that a scenario's run needs resolved, with what is missing. */
function unresolved(module: Module): string[] {
  const missing: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const n = value as { kind?: string; line?: number; name?: string | null; resolution?: unknown; scope?: unknown };
    const needsResolution =
      n.kind === 'Name' || n.kind === 'FunctionDef' || n.kind === 'ClassDef' || n.kind === 'alias' || (n.kind === 'ExceptHandler' && n.name !== null);
    if (needsResolution && n.resolution === undefined) missing.push(`${n.kind} at line ${n.line}`);
    const needsScope = ['FunctionDef', 'ClassDef', 'Lambda', 'ListComp', 'SetComp', 'DictComp'].includes(n.kind ?? '');
    if (needsScope && n.scope === undefined) missing.push(`scope of ${n.kind} at line ${n.line}`);
    for (const [key, child] of Object.entries(n)) if (key !== 'scope' && key !== 'resolution') visit(child);
  };
  visit(module.body);
  return missing;
}

const title = EXISTS ? 'conformance scenarios' : `conformance scenarios (skipped: ${DIR} does not exist)`;

(EXISTS ? describe : describe.skip)(title, () => {
  it('finds the public scenarios', () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  it.each(FILES)('%s parses and every name resolves', (file) => {
    const module = parse(fs.readFileSync(path.join(DIR, file), 'utf8'), file);
    expect(module.scope).toBeDefined();
    expect(unresolved(module)).toEqual([]);
  });
});
