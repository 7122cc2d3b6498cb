/**
 * The playground in a real headless Chromium, served by `gclab serve`: the
 * examples run and print what python3 prints, output streams while a run
 * goes on, Stop stops it, the viewer shows the run, a shared link brings the
 * scenario back, a hostile name is shown as text, and the page makes no
 * request beyond its own address and logs no error.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { start, type Running } from '../cli/bin';
import { describeInChromium, ensureWebBuilt, launchChromium, screenshot, watchedPage, ROOT, type Browser } from './chromium';

jest.setTimeout(300_000);

const HOSTILE_SOURCE = `import gc
Evil = type('<img src=x onerror=window.__pwned=1>', (), {})
e = Evil()
e.name = '<img src=x onerror=window.__pwned=2>'
print(e.name)
print(type(e).__name__)
e.me = e
del e
print(gc.collect())
`;

describeInChromium('the playground in Chromium', () => {
  let browser: Browser;
  let server: Running;
  let url: string;

  beforeAll(async () => {
    ensureWebBuilt();
    server = start(['serve', '--port', '0']);
    await server.waitForOutput('\n');
    url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(server.out())![1];
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGINT');
    await server?.done;
  });

  async function run(page: Page): Promise<void> {
    await page.click('#pg-run');
    await page.waitForSelector('body[data-run-state=done]');
  }

  test('each example runs in the page and prints what python3 prints; the viewer shows the run', async () => {
    const { page, problems, requests } = await watchedPage(browser);
    await page.goto(url);
    const names = await page.$$eval('#pg-example option', (os) => os.map((o) => (o as unknown as { value: string }).value).filter((v) => v !== ''));
    const examples = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.py')).sort();
    expect(names).toEqual(examples);
    for (const name of examples) {
      await page.selectOption('#pg-example', name);
      await run(page);
      const expected = fs.readFileSync(path.join(ROOT, 'examples', name.replace(/\.py$/, '.out')), 'utf8');
      expect({ name, output: await page.textContent('#pg-output') }).toEqual({ name, output: expected });
      expect(await page.textContent('#pg-status')).toMatch(/^exit status 0 · \d+ events$/);
      await page.keyboard.press('End');
      expect(await page.textContent('#gclab-viewer .gv-output-text')).toBe(expected);
    }
    await page.selectOption('#pg-example', 'quickstart.py');
    await run(page);
    await screenshot(page, 'playground');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });

  test('output streams while the scenario runs, and Stop ends the run', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(url);
    await page.fill('#pg-editor', 'print("first")\nwhile True:\n    pass\n');
    await page.click('#pg-run');
    await page.waitForSelector('#pg-output:has-text("first")');
    expect(await page.textContent('#pg-output')).toBe('first\n');
    expect(await page.getAttribute('body', 'data-run-state')).toBe('running');
    expect(await page.isDisabled('#pg-run')).toBe(true);
    await page.click('#pg-stop');
    expect(await page.textContent('#pg-status')).toBe('stopped');
    expect(await page.isDisabled('#pg-run')).toBe(false);
    expect(problems).toEqual([]);
  });

  test('a syntax error and an uncaught exception show python3 report, in the output', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url);
    await page.fill('#pg-editor', 'print("a")\nraise KeyError("k")\n');
    await run(page);
    expect(await page.textContent('#pg-output')).toBe('a\nTraceback (most recent call last):\n  File "playground.py", line 2, in <module>\n    raise KeyError("k")\nKeyError: \'k\'\n');
    expect(await page.textContent('#pg-status')).toMatch(/^exit status 1 /);
    await page.fill('#pg-editor', 'x = (\n');
    await run(page);
    expect(await page.textContent('#pg-output')).toContain('SyntaxError');
  });

  test('a shared link carries the scenario in the fragment and runs it when opened', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url);
    const source = 'import weakref\nclass C: pass\nc = C()\nr = weakref.ref(c)\ndel c\nprint("gone:", r() is None, "é ✓")\n';
    await page.fill('#pg-editor', source);
    await page.click('#pg-share');
    const link = await page.inputValue('#pg-link');
    expect(link.startsWith(`${url}#code=`)).toBe(true);
    expect(link).not.toContain('weakref');
    const other = await watchedPage(browser);
    await other.page.goto(link);
    await other.page.waitForSelector('body[data-run-state=done]');
    expect(await other.page.inputValue('#pg-editor')).toBe(source);
    expect(await other.page.textContent('#pg-output')).toBe('gone: True é ✓\n');
    expect(other.problems).toEqual([]);
    const broken = await watchedPage(browser);
    await broken.page.goto(`${url}#code=AAAA`);
    await broken.page.waitForSelector('#pg-status:has-text("damaged scenario")');
  });

  test('a hostile class name and string are shown as text, never run as markup', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(url);
    await page.fill('#pg-editor', HOSTILE_SOURCE);
    await run(page);
    expect(await page.textContent('#pg-output')).toBe('<img src=x onerror=window.__pwned=2>\n<img src=x onerror=window.__pwned=1>\n1\n');
    await page.keyboard.press('End');
    expect(await page.$$('img')).toHaveLength(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(problems).toEqual([]);
  });
});
