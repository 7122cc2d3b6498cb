/**
 * `gclab viz` and `gclab serve`, run as a user runs them (bin/gclab.js over
 * dist/). The pages themselves are tested in a real browser in tests/web/.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { gclab, scenario, start } from './bin';
import { ensureWebBuilt } from '../web/chromium';

jest.setTimeout(60_000);

beforeAll(() => ensureWebBuilt());

function runData(html: string): { filename: string; source: string; trace: Array<Record<string, unknown>> } {
  const m = /<script type="application\/json" id="gclab-run">([^]*?)<\/script>/.exec(html);
  if (m === null) throw new Error('no gclab-run block');
  return JSON.parse(m[1]);
}

describe('gclab viz', () => {
  test('writes one self-contained page with the run; the output goes into the page, not to the terminal', () => {
    const f = scenario('cycle.py', 'import gc\nclass N:\n    pass\na = N()\na.me = a\ndel a\nprint("found", gc.collect())\n');
    const out = path.join(path.dirname(f), 'cycle-view.html');
    const r = gclab(['viz', f, '-o', out]);
    expect(r).toMatchObject({ status: 0, err: '' });
    expect(r.out).toMatch(/^gclab viz: wrote .*cycle-view\.html: \d+ trace records\n$/);
    expect(r.out).not.toContain('found');
    const html = fs.readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<(?:script|link|img)[^>]*\s(?:src|href)=/i);
    const run = runData(html);
    expect(run.filename).toBe('cycle.py');
    expect(run.source).toBe(fs.readFileSync(f, 'utf8'));
    const printed = run.trace.filter((e) => e.kind === 'output').map((e) => e.text).join('');
    expect(printed).toBe('found 1\n');
  });

  test('the page goes beside the scenario by default: x.py -> x.html', () => {
    const f = scenario('beside.py', 'print(1)\n');
    expect(gclab(['viz', f]).status).toBe(0);
    expect(fs.existsSync(f.replace(/\.py$/, '.html'))).toBe(true);
  });

  test('a scenario that raises still gets its page, with the traceback in it', () => {
    const f = scenario('raises.py', 'print("before")\nraise ValueError("boom")\n');
    const out = f.replace(/\.py$/, '.html');
    const r = gclab(['viz', f, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.out).toContain('(the scenario exited with status 1; the viewer shows its traceback)');
    const err = runData(fs.readFileSync(out, 'utf8')).trace.filter((e) => e.kind === 'output' && e.stream === 'err');
    expect(err.map((e) => e.text).join('')).toMatch(/ValueError: boom\n$/);
  });

  test('usage errors and files that cannot be read or written', () => {
    const f = scenario('ok.py', 'pass\n');
    expect(gclab(['viz'])).toMatchObject({ status: 2, err: "gclab viz: viz needs a scenario file (gclab viz FILE.py -o OUT.html)\nTry 'gclab viz --help'.\n" });
    expect(gclab(['viz', f, f]).err).toContain('viz takes one scenario file');
    expect(gclab(['viz', '-']).err).toContain('viz reads a scenario file, not standard input');
    expect(gclab(['viz', f, '-o', f])).toMatchObject({ status: 2, err: expect.stringContaining('would overwrite the scenario itself') });
    expect(gclab(['viz', f, '--bogus']).err).toContain("unknown option '--bogus'");
    const missing = gclab(['viz', path.join(path.dirname(f), 'nope.py')]);
    expect(missing.status).toBe(2);
    expect(missing.err).toMatch(/^gclab: can't open file '.*nope\.py': \[Errno 2\] No such file or directory\n$/);
    const unwritable = gclab(['viz', f, '-o', path.join(path.dirname(f), 'no-such-dir', 'x.html')]);
    expect(unwritable.status).toBe(2);
    expect(unwritable.err).toMatch(/^gclab: cannot write '.*x\.html': /);
    expect(gclab(['viz', '--help'])).toMatchObject({ status: 0, out: expect.stringContaining('Usage: gclab viz [options] FILE.py') });
  });
});

function get(url: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('gclab serve', () => {
  test('serves the playground on 127.0.0.1 until Ctrl-C; a port in use is a clear error', async () => {
    const server = start(['serve', '--port', '0']);
    try {
      await server.waitForOutput('\n');
      const m = /^gclab playground: (http:\/\/127\.0\.0\.1:(\d+)\/) /.exec(server.out());
      expect(m).not.toBeNull();
      const [, url, port] = m!;
      const page = await get(url);
      expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
      expect(page.body).toBe(fs.readFileSync(path.join(__dirname, '..', '..', 'dist', 'web', 'playground.html'), 'utf8'));
      expect((await get(`${url}playground.html`)).status).toBe(200);
      expect(await get(`${url}etc/passwd`)).toMatchObject({ status: 404, body: '404 not found: the playground is at /\n' });
      expect((await get(url, 'POST')).status).toBe(405);
      const second = gclab(['serve', '--port', port]);
      expect(second).toMatchObject({ status: 2, err: `gclab: port ${port} on 127.0.0.1 is already in use: stop what uses it, or choose another port with --port N\n` });
      server.child.kill('SIGINT');
      expect(await server.done).toMatchObject({ status: 0, err: 'gclab serve: stopped\n' });
    } finally {
      // Never leave the server running: a live child keeps Jest from exiting.
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    }
  }, 60_000);

  test('bad ports and operands are usage errors', () => {
    expect(gclab(['serve', '--port', 'http'])).toMatchObject({ status: 2, err: expect.stringContaining("--port needs a port number (0-65535; 0 picks a free one), not 'http'") });
    expect(gclab(['serve', '--port', '70000']).status).toBe(2);
    expect(gclab(['serve', 'x']).err).toContain("serve takes no operands (got 'x')");
    expect(gclab(['serve', '-h'])).toMatchObject({ status: 0, out: expect.stringContaining('Usage: gclab serve [--port N]') });
  });
});
