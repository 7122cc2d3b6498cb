/**
 * `gclab viz` pages in a real headless Chromium, opened from disk: every
 * example opens and shows its output, the keyboard moves through the run,
 * `#step=N` opens a step, a hostile name is shown as text, and no page logs
 * an error or asks the network for anything.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { gclab } from '../cli/bin';
import { describeInChromium, ensureWebBuilt, launchChromium, screenshot, watchedPage, ROOT, type Browser } from './chromium';

jest.setTimeout(180_000);

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-viz-pages-'));

/** `gclab viz FILE` into the temporary folder; returns the page's file URL. */
function viz(file: string): string {
  const html = path.join(out, path.basename(file).replace(/\.py$/, '.html'));
  const r = gclab(['viz', file, '-o', html]);
  if (r.status !== 0) throw new Error(`gclab viz ${file}: ${r.err}`);
  return pathToFileURL(html).href;
}

describeInChromium('gclab viz pages in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const examples = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.py')).sort();

  test.each(examples)('%s opens in the viewer and shows its output at the end', async (name) => {
    const { page, problems, requests } = await watchedPage(browser);
    await page.goto(viz(path.join(ROOT, 'examples', name)));
    await page.waitForSelector('.gv');
    expect(await page.textContent('.gv-position')).toMatch(/^step 0 \/ \d+$/);
    await page.keyboard.press('End');
    const expected = fs.readFileSync(path.join(ROOT, 'examples', name.replace(/\.py$/, '.out')), 'utf8');
    expect(await page.textContent('.gv-output-text')).toBe(expected);
    await page.keyboard.press('Home');
    expect(await page.textContent('.gv-output-text')).toBe('');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  test('keys and buttons move through the run; #step=N opens that step and follows the address', async () => {
    const { page, problems } = await watchedPage(browser);
    const url = viz(path.join(ROOT, 'examples', 'quickstart.py'));
    await page.goto(`${url}#step=5`);
    await page.waitForSelector('.gv');
    expect(await page.textContent('.gv-position')).toMatch(/^step 5 \//);
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('.gv-position')).toMatch(/^step 6 \//);
    expect(new URL(page.url()).hash).toBe('#step=6');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.textContent('.gv-position')).toMatch(/^step 4 \//);
    await page.click('[data-action=next-event]');
    expect(await page.textContent('.gv-position')).toMatch(/^step 5 \//);
    await page.evaluate("location.hash = '#step=9'");
    await page.waitForSelector('.gv-position:has-text("step 9 /")');
    await page.keyboard.press('End');
    const total = Number(/\/ (\d+)$/.exec((await page.textContent('.gv-position'))!)![1]);
    expect(await page.textContent('.gv-position')).toBe(`step ${total} / ${total}`);
    expect(problems).toEqual([]);
  });

  test('a hostile class name and string are shown as text in the viewer', async () => {
    const f = path.join(out, 'hostile.py');
    fs.writeFileSync(
      f,
      "import gc\nEvil = type('<img src=x onerror=window.__pwned=1>', (), {})\ne = Evil()\ne.name = '<img src=x onerror=window.__pwned=2>'\nprint(e.name)\ne.me = e\ndel e\nprint(gc.collect())\n",
    );
    const { page, problems } = await watchedPage(browser);
    await page.goto(viz(f));
    await page.waitForSelector('.gv');
    for (let i = 0; i < 400 && !(await page.textContent('.gv-position'))!.startsWith('step 400'); i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    expect(await page.textContent('.gv-output-text')).toBe('<img src=x onerror=window.__pwned=2>\n1\n');
    expect(await page.textContent('.gv-source')).toContain("type('<img src=x onerror=window.__pwned=1>', (), {})");
    expect(await page.$$('img')).toHaveLength(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(problems).toEqual([]);
    await screenshot(page, 'viewer-hostile');
  });
});
