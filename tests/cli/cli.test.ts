/**
 * The gclab command, run in-process through main(): exit codes, usage
 * errors, --trace, --explain, and check against python3.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { main } from '../../src/cli/main';

async function gclab(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    const code = await main(argv);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-cli-'));
function scenario(name: string, src: string): string {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, src);
  return f;
}

const cycle = scenario(
  'cycle.py',
  'import gc\ngc.disable()\nclass N:\n    def __del__(self):\n        print("del")\na = N(); a.me = a\ndel a\ngc.collect()\nprint("end")\n',
);

test('help and version exit 0; no command is a usage error (2)', async () => {
  expect((await gclab('--help')).code).toBe(0);
  expect((await gclab('--help')).out).toContain('gclab run');
  expect((await gclab('run', '--help')).out).toContain('--max-steps');
  expect((await gclab('--version')).code).toBe(0);
  expect((await gclab()).code).toBe(2);
});

test('usage errors exit 2 with a clear message', async () => {
  const r = await gclab('frobnicate');
  expect(r.code).toBe(2);
  expect(r.err).toContain("unknown command 'frobnicate'");
  expect((await gclab('run')).err).toContain('run needs a scenario file');
  expect((await gclab('run', '--max-steps', 'x', cycle)).err).toContain('positive whole number');
  expect((await gclab('run', '--bogus', cycle)).code).toBe(2);
  const missing = await gclab('run', path.join(tmp, 'nope.py'));
  expect(missing.code).toBe(2);
  expect(missing.err).toContain("can't open file");
});

test('run prints the output and exits like python3', async () => {
  const r = await gclab('run', cycle);
  expect(r).toMatchObject({ code: 0, out: 'del\nend\n' });
  const bad = scenario('bad.py', 'print("x")\nraise ValueError("no")\n');
  const b = await gclab('run', bad);
  expect(b.code).toBe(1);
  expect(b.out).toBe('x\n');
  expect(b.err).toMatch(/ValueError: no\n$/);
});

test('--gc-debug-checks runs the collector with its phase checks and changes no output', async () => {
  expect((await gclab('run', '--help')).out).toContain('--gc-debug-checks');
  const r = await gclab('run', '--gc-debug-checks', cycle);
  expect(r).toMatchObject({ code: 0, out: 'del\nend\n', err: '' });
});

test('--trace writes the event stream as JSON Lines, identical across runs', async () => {
  const t1 = path.join(tmp, 't1.jsonl');
  const t2 = path.join(tmp, 't2.jsonl');
  await gclab('run', '--trace', t1, cycle);
  await gclab('run', '--trace', t2, cycle);
  const a = fs.readFileSync(t1, 'utf8');
  expect(a).toBe(fs.readFileSync(t2, 'utf8'));
  const events = a.trim().split('\n').map((l) => JSON.parse(l));
  expect(events.some((e) => e.kind === 'death' && e.cause === 'cycle' && e.type === 'N')).toBe(true);
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
});

test('--explain narrates deaths between the output lines', async () => {
  const r = await gclab('run', '--explain', cycle);
  const lines = r.out.split('\n');
  const del = lines.indexOf('del');
  expect(lines.slice(0, del).some((l) => /^# N #\d+\.__del__ runs \(found unreachable by the collector\)$/.test(l))).toBe(true);
  expect(r.out).toMatch(/# N #\d+ reclaimed as cyclic garbage by collection \d+/);
});

test('--max-steps stops a runaway scenario with exit status 3', async () => {
  const loop = scenario('loop.py', 'while True:\n    pass\n');
  const r = await gclab('run', '--max-steps', '1000', loop);
  expect(r.code).toBe(3);
  expect(r.err).toContain('step limit of 1000 reached');
});

const hasPython311 = (() => {
  const r = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return !r.error && /^Python 3\.11\./.test(r.stdout);
})();

(hasPython311 ? test : test.skip)('check compares with python3 and shows differences', async () => {
  const same = await gclab('check', cycle);
  expect(same.code).toBe(0);
  expect(same.out).toContain('same output and exit status');
  // A scenario that prints an address differs between the two.
  const addr = scenario('addr.py', 'class C:\n    pass\nprint(C())\n');
  const diff = await gclab('check', addr);
  expect(diff.code).toBe(1);
  expect(diff.out).toContain('DIFFERENT');
});
