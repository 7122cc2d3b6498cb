#!/usr/bin/env node
'use strict';
// npm run build:web: bundle the browser pages with esbuild into dist/web/.
//   dist/web/viewer.js, viewer.css   the step-through viewer that `gclab viz` embeds
//   dist/web/playground.html         the playground, one self-contained file
//                                    (runtime, worker, viewer, styles, examples)
// The bundles target the browser platform: a module of src/ that reached for
// a Node API (fs, path, worker_threads) would fail this build. Runs after
// `tsc -p tsconfig.build.json` (it uses dist/viz/pages.js to write the page).
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const out = path.join(root, 'dist', 'web');

function bundle(esbuild, entry) {
  const r = esbuild.buildSync({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'error',
  });
  // The page embeds the bundles in <script> elements, where '</script' and
  // '<!--' would end or change the element: the stdlib carries both (inside
  // Python string literals of html.parser and _markupbase), so escape them.
  // They occur only inside JS string, template or regex literals, where
  // '\x3C' and '<\/' mean the same characters.
  return r.outputFiles[0].text.replace(/<!--/g, '\\x3C!--').replace(/<\/(script)/gi, '<\\/$1');
}

function main() {
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    console.error('build-web: esbuild is not installed (a dev dependency): run npm ci');
    process.exit(1);
  }
  const pagesJs = path.join(root, 'dist', 'viz', 'pages.js');
  if (!fs.existsSync(pagesJs)) {
    console.error('build-web: dist/viz/pages.js is missing: run npm run build (it compiles, then builds the pages)');
    process.exit(1);
  }
  const { playgroundPage } = require(pagesJs);
  const viewerStyles = fs.readFileSync(path.join(root, 'src/web/viewer/viewer.css'), 'utf8');
  const playgroundStyles = fs.readFileSync(path.join(root, 'src/web/playground/playground.css'), 'utf8');
  const viewerScript = bundle(esbuild, 'src/web/viewer/main.ts');
  const workerScript = bundle(esbuild, 'src/web/playground/scenario-worker.ts');
  const pageScript = bundle(esbuild, 'src/web/playground/main.ts');
  const exampleDir = path.join(root, 'examples');
  const examples = fs
    .readdirSync(exampleDir)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((name) => ({ name, source: fs.readFileSync(path.join(exampleDir, name), 'utf8') }));
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'viewer.js'), viewerScript);
  fs.writeFileSync(path.join(out, 'viewer.css'), viewerStyles);
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const html = playgroundPage(examples, { pageScript, workerScript, styles: viewerStyles + playgroundStyles }, version);
  fs.writeFileSync(path.join(out, 'playground.html'), html);
  const kb = (n) => `${Math.round(n / 1024)} KB`;
  console.log(`build-web: dist/web/playground.html (${kb(html.length)}), dist/web/viewer.js (${kb(viewerScript.length)})`);
}

main();
