/**
 * The Python-source modules gclab ships where CPython has a module of the
 * same name (re, random, textwrap, ...), checked under python3 against
 * CPython's own: the same script prints the same thing with either module
 * first on the path. (Under gclab the conformance scenarios check them.)
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const STDLIB = path.join(ROOT, 'src', 'lang', 'stdlib');
const HERE = __dirname;
const hasPython = spawnSync('python3', ['--version']).status === 0;
const maybe = hasPython ? describe : describe.skip;

/** A folder holding only the named gclab modules, for PYTHONPATH. */
function only(names: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-stdlib-'));
  for (const n of names) {
    const src = fs.existsSync(path.join(STDLIB, n)) ? n : `${n}.py`;
    fs.symlinkSync(path.join(STDLIB, src), path.join(dir, src));
  }
  return dir;
}

function python(args: string[], pythonPath: string | null): string {
  const env = { ...process.env };
  delete env.PYTHONPATH;
  if (pythonPath !== null) env.PYTHONPATH = pythonPath;
  const r = spawnSync('python3', args, { env, encoding: 'utf8', cwd: os.tmpdir() });
  return `exit ${r.status}\n${r.stdout}${r.stderr}`;
}

maybe('gclab modules under python3 behave as CPython modules', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const withOnly = (names: string[]) => {
    const d = only(names);
    dirs.push(d);
    return d;
  };

  it('re: fixed cases (matches, groups, findall, sub, split, errors)', () => {
    const script = path.join(HERE, 're_cases.py');
    expect(python([script], withOnly(['re']))).toBe(python([script], null));
  });
  it('re: random patterns agree with CPython', () => {
    const out = python([path.join(HERE, 're_differential.py'), path.join(STDLIB, 're'), '20251205', '1500'], null);
    expect(out.trim().split('\n').slice(-1)[0]).toBe('mismatches 0');
  });
  it('difflib: ndiff, opcodes, ratios, unified_diff agree with CPython', () => {
    const out = python([path.join(HERE, 'difflib_differential.py'), path.join(STDLIB, 'difflib.py'), '20251205', '150'], null);
    expect(out.trim().split('\n').slice(-1)[0]).toBe('mismatches 0');
  });
  it('pprint: layouts at several widths, indents and depths agree with CPython', () => {
    const out = python([path.join(HERE, 'pprint_differential.py'), path.join(STDLIB, 'pprint.py'), '20251205', '300'], null);
    expect(out.trim().split('\n').slice(-1)[0]).toBe('mismatches 0');
  });
  it('random: seeded sequences equal CPython', () => {
    const script = path.join(HERE, 'random_cases.py');
    expect(python([script], withOnly(['random']))).toBe(python([script], null));
  });
  it('warnings: filters, actions, catch_warnings, the printed form', () => {
    const script = path.join(HERE, 'warnings_cases.py');
    expect(python([script], withOnly(['warnings']))).toBe(python([script], null));
  });
  it('textwrap: dedent, indent, wrap', () => {
    const script = path.join(HERE, 'textwrap_cases.py');
    expect(python([script], withOnly(['textwrap']))).toBe(python([script], null));
  });
});
