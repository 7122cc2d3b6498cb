/**
 * The browser harness: playwright-core driving Debian's Chromium
 * (/usr/bin/chromium, or GCLAB_CHROMIUM) headless, with a fresh profile per
 * launch, no network services and no first-run work. Where Chromium is
 * missing, the suites that need it are skipped and say why in their name
 * (CI installs it: .ci/run). Screenshots go to test-output/screenshots/
 * (not committed); with GCLAB_DOC_IMAGES=1 also to docs/images/ for the docs.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.join(__dirname, '..', '..');
export const CHROMIUM = process.env.GCLAB_CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can. */
export const chromiumMissing: string | null = fs.existsSync(CHROMIUM)
  ? null
  : `no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set GCLAB_CHROMIUM`;

/** `describe` when Chromium is here; otherwise a skipped suite whose name gives the reason. */
export function describeInChromium(name: string, body: () => void): void {
  if (chromiumMissing === null) describe(name, body);
  else describe.skip(`${name} [SKIPPED: ${chromiumMissing}]`, body);
}

/** Build dist/ (compiled CLI and the web bundles) if it is missing. */
export function ensureWebBuilt(): void {
  const needed = ['cli/viz-command.js', 'cli/run-worker.js', 'web/viewer.js', 'web/playground.html'];
  if (needed.every((f) => fs.existsSync(path.join(ROOT, 'dist', f)))) return;
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh profile folder (removed on close). */
export async function launchChromium(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new page whose console errors, uncaught exceptions and requests to the network are collected. */
export async function watchedPage(browser: Browser): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('file:') && !url.startsWith('blob:') && !url.startsWith('data:') && !url.startsWith('http://127.0.0.1')) requests.push(url);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { page, problems, requests };
}

/** Save a screenshot for review (and for the docs with GCLAB_DOC_IMAGES=1). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dirs = [path.join(ROOT, 'test-output', 'screenshots')];
  if (process.env.GCLAB_DOC_IMAGES === '1') dirs.push(path.join(ROOT, 'docs', 'images'));
  const shot = await page.screenshot({ fullPage: false });
  for (const d of dirs) {
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(d, `${name}.png`), shot);
  }
}
