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
 * The stdlib's Python sources (1.2 MB of string literals in
 * dist/lang/stdlib/sources.js) move out of the bundle into one file per
 * module (dist/cli/gclab.stdlib-sources/REL, the source itself) and their
 * CPython line tables into gclab.stdlib-lines.json: a run that imports
 * no stdlib module reads none of them, nor deserializes them from the
 * code cache (they were most of both files), and one that imports a few
 * reads those few, not all (one JSON of every source was 15-30 ms of
 * reading and parsing per run). The bundle's sources module keeps the
 * same exports, with the same keys, each a getter that reads its file at
 * its first use.
 */
const STDLIB_SOURCES_DIR = 'gclab.stdlib-sources';
const STDLIB_LINES_FILE = 'gclab.stdlib-lines.json';

function writeStdlibSources() {
  const sourcesModule = path.join(root, 'dist', 'lang', 'stdlib', 'sources.js');
  const { STDLIB_SOURCES, STDLIB_CPYTHON_LINES } = require(sourcesModule);
  for (const [rel, source] of Object.entries(STDLIB_SOURCES)) {
    const file = path.join(cli, STDLIB_SOURCES_DIR, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, source);
  }
  fs.writeFileSync(path.join(cli, STDLIB_LINES_FILE), JSON.stringify(STDLIB_CPYTHON_LINES));
  const keys = (o) => JSON.stringify(Object.keys(o));
  const contents = `'use strict';
// The stdlib sources of the bundle, each read from ${STDLIB_SOURCES_DIR}/ at its first use,
// and their CPython line tables, from ${STDLIB_LINES_FILE} (scripts/bundle.js).
const fs = require('fs');
const path = require('path');
const sources = {};
for (const k of ${keys(STDLIB_SOURCES)}) {
  let text;
  Object.defineProperty(sources, k, { enumerable: true, get: () => (text ??= fs.readFileSync(path.join(__dirname, ${JSON.stringify(STDLIB_SOURCES_DIR)}, k), 'utf8')) });
}
let lines = null;
const cpythonLines = {};
for (const k of ${keys(STDLIB_CPYTHON_LINES)}) {
  Object.defineProperty(cpythonLines, k, { enumerable: true, get: () => (lines ??= JSON.parse(fs.readFileSync(path.join(__dirname, ${JSON.stringify(STDLIB_LINES_FILE)}), 'utf8')))[k] });
}
exports.STDLIB_SOURCES = Object.freeze(sources);
exports.STDLIB_CPYTHON_LINES = Object.freeze(cpythonLines);
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

/**
 * The unicode name table (unicode-name-data.js, about 280 KB, a sixth of
 * the bundle) stays its own module of dist/, required from the bundle at
 * the first `\N{...}` or unicodedata lookup (unicode-names.ts requires it
 * lazily): a run that names no character neither reads nor deserializes it.
 */
const lazyUnicodeNames = {
  name: 'lazy-unicode-names',
  setup(build) {
    build.onResolve({ filter: /^\.\/unicode-name-data$/ }, () => ({ path: '../lang/syntax/unicode-name-data.js', external: true }));
  },
};

/**
 * The bundle as stored: ASCII only, already inside the CommonJS function
 * wrapper (Module.wrap's text), so that launch.ts reads it as latin1 --
 * Node makes a text that large an external one-byte string, without
 * decoding UTF-8 -- and compiles it as is: wrapping it at run time made a
 * concatenation that V8 copied (flattened) before compiling.
 */
function wrappedBundle(code) {
  for (let i = 0; i < code.length; i++) {
    if (code.charCodeAt(i) > 0x7f) throw new Error(`scripts/bundle.js: the bundle is not ASCII at offset ${i} (launch.ts reads it as latin1)`);
  }
  return require('module').wrap(code);
}

async function main() {
  for (const f of ['gclab.bundle.js', 'gclab.bundle.cache', 'gclab.stdlib-trees', 'gclab.stdlib-sources.json', STDLIB_SOURCES_DIR, STDLIB_LINES_FILE]) fs.rmSync(path.join(cli, f), { force: true, recursive: true });
  writeParsedStdlib();
  const lazySources = writeStdlibSources();
  // Bundling tsc's CommonJS output keeps every module in its own function
  // scope (no renamed identifiers) and runs its top level when first required.
  const built = await require('esbuild').build({
    entryPoints: [path.join(cli, 'run-worker.js')],
    outfile: path.join(cli, 'gclab.bundle.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    minifyWhitespace: true,
    // esbuild's default: every non-ASCII character escaped (checked below).
    charset: 'ascii',
    write: false,
    plugins: [lazySources, lazyUnicodeNames],
  });
  fs.writeFileSync(path.join(cli, 'gclab.bundle.js'), wrappedBundle(built.outputFiles[0].text));
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
