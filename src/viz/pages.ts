/**
 * The two pages gclab makes, as self-contained HTML (html-document.ts): the
 * viewer of one run (`gclab viz`) and the playground (`npm run build:web`,
 * served by `gclab serve`). Their scripts and styles are the bundles that
 * scripts/build-web.js writes to dist/web/.
 */
import { htmlDocument } from './html-document';
import type { TraceRecord } from './trace-adapter';

/** The bundles a page is made of. */
export interface WebAssets {
  /** The viewer's script (src/web/viewer/main.ts, bundled). */
  viewerScript: string;
  /** The viewer's styles (src/web/viewer/viewer.css). */
  viewerStyles: string;
}

export interface PlaygroundAssets {
  /** The page's script (src/web/playground/main.ts, bundled). */
  pageScript: string;
  /** The scenario worker's script (src/web/playground/scenario-worker.ts, bundled). */
  workerScript: string;
  /** The viewer's and the playground's styles. */
  styles: string;
}

/** What `gclab viz` embeds: the scenario and its trace records. */
export interface RunData {
  filename: string;
  source: string;
  trace: TraceRecord[];
}

/** The page of one run: the viewer with the run embedded. */
export function viewerPage(run: RunData, assets: WebAssets): string {
  const base = run.filename.split(/[\\/]/).pop() ?? run.filename;
  return htmlDocument({
    title: `gclab viz: ${base}`,
    styles: assets.viewerStyles,
    body: '<div id="gclab-viewer"><p>Loading the run…</p><noscript>The viewer needs JavaScript.</noscript></div>',
    data: { 'gclab-run': run },
    scripts: [assets.viewerScript],
  });
}

const PLAYGROUND_BODY = `<header class="pg-bar">
<strong class="pg-title">gclab playground</strong>
<label>example <select id="pg-example"><option value="">(your own)</option></select></label>
<button type="button" id="pg-run" title="Run (Ctrl+Enter)">Run</button>
<button type="button" id="pg-stop" disabled>Stop</button>
<button type="button" id="pg-share" title="Put the scenario in the address">Share link</button>
<input id="pg-link" class="pg-link" readonly hidden aria-label="share link">
<span id="pg-status" class="pg-status" role="status"></span>
</header>
<main class="pg-main">
<section class="pg-editor-box"><h3>scenario (Python 3.11)</h3><textarea id="pg-editor" spellcheck="false" autocapitalize="off" autocomplete="off" aria-label="scenario source"></textarea></section>
<section class="pg-output-box"><h3>output</h3><pre id="pg-output" class="gv-output-text"></pre></section>
</main>
<section id="gclab-viewer" class="pg-viewer"></section>
<footer class="pg-footer">Runs entirely in this page: gclab simulates CPython 3.11's reference counting and cycle collector. Nothing is uploaded.</footer>`;

/** The playground: editor, Run, output, viewer; the examples embedded. */
export function playgroundPage(examples: Array<{ name: string; source: string }>, assets: PlaygroundAssets, gclabVersion: string): string {
  return htmlDocument({
    title: 'gclab playground',
    styles: assets.styles,
    body: PLAYGROUND_BODY,
    data: { 'gclab-examples': examples, 'gclab-meta': { version: gclabVersion } },
    inertScripts: { 'gclab-worker': assets.workerScript },
    scripts: [assets.pageScript],
  });
}
