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
import type { Page } from 'playwright-core';
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

  /** What the graph shows of each object, by label. */
  async function shownObjects(page: Page): Promise<Record<string, { rc: number; gc: number | null; mark: string | null; ghost: boolean; lane: string; sub: string }>> {
    const rows = await page.$$eval('g.gv-obj', (gs) =>
      gs.map((g) => ({
        label: g.querySelector('.gv-label')!.textContent!,
        rc: Number(g.getAttribute('data-refcount')),
        gc: g.hasAttribute('data-gc-refs') ? Number(g.getAttribute('data-gc-refs')) : null,
        mark: g.getAttribute('data-mark'),
        ghost: g.getAttribute('data-ghost') === 'true',
        lane: g.getAttribute('data-lane')!,
        sub: g.querySelector('.gv-sub')!.textContent!,
      })),
    );
    return Object.fromEntries(rows.map(({ label, ...rest }) => [label, rest]));
  }

  /** Press `key` until `.gv-now` and the collection heading match `re` (at most `max` times). */
  async function pressUntil(page: Page, key: string, re: RegExp, max = 200): Promise<void> {
    for (let i = 0; i < max; i++) {
      const now = `${await page.textContent('.gv-now')} | ${(await page.$('.gv-collection h3')) ? await page.textContent('.gv-collection h3') : ''}`;
      if (re.test(now)) return;
      await page.keyboard.press(key);
    }
    throw new Error(`pressed ${key} ${max} times and never saw ${re}: ${await page.textContent('.gv-now')}`);
  }

  const NODES = ["N('A')", "N('B')", "N('C')", "N('D')", "N('E')"];

  test("docs/gc.md's worked example, phase by phase: refcounts, gc_refs, marks, ghosts, the line and the output", async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(viz(path.join(ROOT, 'examples', 'gc_worked_example.py')));
    await page.waitForSelector('.gv');
    // Line by line up to the collection's line: the five objects and their counts after `del a, b, d, e`.
    const currentLine = async () => (await (await page.$('li.gv-current'))?.getAttribute('data-line')) ?? null;
    for (let i = 0; i < 400 && (await currentLine()) !== '30'; i++) await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('li.gv-current', 'data-line')).toBe('30');
    expect(await page.textContent('li.gv-current')).toBe('print("collected", gc.collect(0))');
    let objs = await shownObjects(page);
    expect(NODES.map((n) => objs[n].rc)).toEqual([2, 1, 1, 1, 1]);
    expect(NODES.map((n) => objs[n].lane)).toEqual(Array(5).fill('generation 0'));
    expect(await page.textContent('g.gv-var[data-name=c] text')).toBe('c');
    // Phase by phase (n), through the collection of generation 0.
    await pressUntil(page, 'n', /\(generation 0\) · update_refs/);
    objs = await shownObjects(page);
    expect(NODES.map((n) => objs[n].gc)).toEqual([2, 1, 1, 1, 1]);
    await pressUntil(page, 'n', /\(generation 0\) · subtract_refs/, 2);
    objs = await shownObjects(page);
    expect(NODES.map((n) => objs[n].gc)).toEqual([0, 0, 1, 0, 0]);
    const table = await page.$$eval('.gv-gc-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(table.filter((r) => NODES.includes(r[0]!))).toEqual([
      ["N('A')", '2', '0', 'young'],
      ["N('B')", '1', '0', 'young'],
      ["N('C')", '1', '1', 'young'],
      ["N('D')", '1', '0', 'young'],
      ["N('E')", '1', '0', 'young'],
    ]);
    expect(await page.getAttribute('li.gv-current', 'data-line')).toBe('30');
    await screenshot(page, 'viewer-collection');
    await pressUntil(page, 'n', /\(generation 0\) · move_unreachable/, 2);
    objs = await shownObjects(page);
    expect(NODES.map((n) => objs[n].mark)).toEqual(['reachable', 'reachable', 'reachable', 'unreachable', 'unreachable']);
    expect(await page.textContent('.gv-now')).toContain("tentatively unreachable: N('D'), N('E')");
    await pressUntil(page, 'n', /^gc-end/);
    objs = await shownObjects(page);
    expect(NODES.map((n) => objs[n].ghost)).toEqual([false, false, false, true, true]);
    expect(objs["N('D')"].sub).toMatch(/^† gc #\d+ \(gen 0\): cycle$/);
    expect(await page.getAttribute('g.gv-ghost >> nth=-1', 'data-cause')).toMatch(/^cyclic garbage: collection #\d+ of generation 0$/);
    expect(NODES.slice(0, 3).map((n) => objs[n].lane)).toEqual(Array(3).fill('generation 1'));
    expect(await page.textContent('.gv-output-text')).toBe('__del__ D\n__del__ E\n');
    await screenshot(page, 'viewer-ghosts');
    // And back: the state before the collection comes back exactly.
    await pressUntil(page, 'p', /^gc-start collection #\d+ of generation 0 starts/);
    await page.keyboard.press('ArrowLeft');
    objs = await shownObjects(page);
    expect(NODES.map((n) => [objs[n].ghost, objs[n].gc])).toEqual(Array(5).fill([false, null]));
    expect(await page.textContent('.gv-output-text')).toBe('');
    expect(problems).toEqual([]);
  });

  test('20,000 events load in about a second', async () => {
    const f = path.join(out, 'many.py');
    fs.writeFileSync(
      f,
      'import gc\nclass Node:\n    def __init__(self, i):\n        self.i = i\n        self.next = None\nkeep = []\nfor i in range(450):\n    n = Node(i)\n    if i % 7 == 0:\n        n.next = n\n    keep.append(n)\n    if len(keep) > 20:\n        keep.pop(0)\ndel n\nprint(len(keep), gc.collect())\n',
    );
    const url = viz(f);
    const { page, problems } = await watchedPage(browser);
    await page.goto(url);
    await page.waitForSelector('body[data-load-ms]');
    const events = Number(/(\d+) events/.exec((await page.textContent('.gv-footer'))!)![1]);
    expect(events).toBeGreaterThan(20_000);
    const ms = Number(await page.getAttribute('body', 'data-load-ms'));
    // About a second on a quiet machine (docs/viewer.md); the bound leaves room for a busy CI runner.
    expect(ms).toBeLessThan(6000);
    await page.keyboard.press('End');
    expect(await page.textContent('.gv-output-text')).toBe(gclab(['run', f]).out);
    await page.keyboard.press('Home');
    expect(problems).toEqual([]);
    fs.writeFileSync(path.join(out, 'load-ms.txt'), `${events} events: ${ms} ms\n`);
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
