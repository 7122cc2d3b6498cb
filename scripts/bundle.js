#!/usr/bin/env node
/**
 * The one-file build of gclab's scenario thread (run by `npm run build`
 * after tsc): bundles dist/cli/run-worker.js and everything it requires
 * into dist/cli/gclab.bundle.js with esbuild, then runs a scenario once
 * with GCLAB_WRITE_CODE_CACHE set so that the scenario thread records V8's
 * code cache for the bundle (dist/cli/gclab.bundle.cache). It also writes
 * the stdlib already parsed (dist/cli/gclab.stdlib-trees/REL.tree, one per
 * module, each checked against parse() and renumbered to CPython's lines
 * as the import system would: src/lang/syntax/parsed-trees.ts),
 * which the bundled thread decodes instead of parsing on import. See
 * src/cli/launch.ts for how `gclab run` uses them.
 * Usage: node scripts/bundle.js
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'dist', 'cli');

/** Parse every embedded stdlib module once and store its tree (skipping any the codec cannot carry exactly). */
function writeParsedStdlib() {
  const dist = path.join(root, 'dist');
  const { parse } = require(path.join(dist, 'lang', 'syntax', 'parser.js'));
  const { encodeTree, decodeTree, sameTree } = require(path.join(dist, 'lang', 'syntax', 'tree-codec.js'));
  const { parsedTreeText } = require(path.join(dist, 'lang', 'syntax', 'parsed-trees.js'));
  const { STDLIB_SOURCES, STDLIB_PREFIX } = require(path.join(dist, 'lang', 'stdlib', 'index.js'));
  const { cpythonLineNumbers, prepareStdlibTree } = require(path.join(dist, 'lang', 'interp', 'stdlib-lines.js'));
  const out = path.join(cli, 'gclab.stdlib-trees');
  for (const [rel, source] of Object.entries(STDLIB_SOURCES)) {
    const origin = `${STDLIB_PREFIX}/${rel}`;
    let tree;
    try {
      tree = parse(source, origin);
    } catch {
      continue; // a module that does not compile raises at import, from the parser
    }
    // Stored prepared as the import system prepares it (import-system.ts loadSource):
    // renumbered to CPython's lines once here rather than on every import.
    prepareStdlibTree(tree, cpythonLineNumbers(rel, source.split('\n').length));
    const text = encodeTree(tree);
    if (text === null || !sameTree(decodeTree(text), tree)) {
      console.warn(`scripts/bundle.js: ${rel} is not stored parsed (its tree does not round-trip)`);
      continue;
    }
    const file = path.join(out, `${rel}.tree`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, parsedTreeText(origin, source, text, true));
  }
}

/**
 * The stdlib's Python sources (1.7 MB of string literals in
 * dist/lang/stdlib/sources.js) move out of the bundle into one JSON file
 * that the scenario thread reads on its first stdlib import: a run that
 * imports none no longer reads them, nor deserializes them from the code
 * cache (they were most of both files). The bundle's sources module keeps
 * the same exports, with the same keys, each a getter into the file.
 */
const STDLIB_SOURCES_FILE = 'gclab.stdlib-sources.json';

function writeStdlibSources() {
  const sourcesModule = path.join(root, 'dist', 'lang', 'stdlib', 'sources.js');
  const { STDLIB_SOURCES, STDLIB_CPYTHON_LINES } = require(sourcesModule);
  fs.writeFileSync(path.join(cli, STDLIB_SOURCES_FILE), JSON.stringify({ sources: STDLIB_SOURCES, lines: STDLIB_CPYTHON_LINES }));
  const keys = (o) => JSON.stringify(Object.keys(o));
  const contents = `'use strict';
// The stdlib sources of the bundle, read from ${STDLIB_SOURCES_FILE} at their first use (scripts/bundle.js).
const fs = require('fs');
const path = require('path');
let data = null;
function load() {
  if (data === null) data = JSON.parse(fs.readFileSync(path.join(__dirname, ${JSON.stringify(STDLIB_SOURCES_FILE)}), 'utf8'));
  return data;
}
function lazy(field, keys) {
  const o = {};
  for (const k of keys) Object.defineProperty(o, k, { enumerable: true, get: () => load()[field][k] });
  return Object.freeze(o);
}
exports.STDLIB_SOURCES = lazy('sources', ${keys(STDLIB_SOURCES)});
exports.STDLIB_CPYTHON_LINES = lazy('lines', ${keys(STDLIB_CPYTHON_LINES)});
`;
  return {
    name: 'lazy-stdlib-sources',
    setup(build) {
      build.onLoad({ filter: /[\\/]dist[\\/]lang[\\/]stdlib[\\/]sources\.js$/ }, (args) =>
        path.resolve(args.path) === sourcesModule ? { contents, loader: 'js' } : undefined,
      );
    },
  };
}

async function main() {
  for (const f of ['gclab.bundle.js', 'gclab.bundle.cache', 'gclab.stdlib-trees', STDLIB_SOURCES_FILE]) fs.rmSync(path.join(cli, f), { force: true, recursive: true });
  writeParsedStdlib();
  const lazySources = writeStdlibSources();
  // Bundling tsc's CommonJS output keeps every module in its own function
  // scope (no renamed identifiers) and runs its top level when first required.
  await require('esbuild').build({
    entryPoints: [path.join(cli, 'run-worker.js')],
    outfile: path.join(cli, 'gclab.bundle.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    minifyWhitespace: true,
    plugins: [lazySources],
  });
  // A scenario that runs the common start-up paths.
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'gclab.js'), 'run', path.join(root, 'examples', 'quickstart.py')], {
    env: { ...process.env, GCLAB_WRITE_CODE_CACHE: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`scripts/bundle.js: recording the code cache failed (exit ${r.status}):\n${r.stderr}`);
  if (!fs.existsSync(path.join(cli, 'gclab.bundle.cache'))) throw new Error('scripts/bundle.js: no code cache was written');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
