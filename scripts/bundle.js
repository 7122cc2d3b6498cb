#!/usr/bin/env node
/**
 * The one-file build of gclab's scenario thread (run by `npm run build`
 * after tsc): bundles dist/cli/run-worker.js and everything it requires
 * into dist/cli/gclab.bundle.js with esbuild, then runs a scenario once
 * with GCLAB_WRITE_CODE_CACHE set so that the scenario thread records V8's
 * code cache for the bundle (dist/cli/gclab.bundle.cache). It also writes
 * the stdlib already parsed (dist/cli/gclab.stdlib-trees/REL.tree, one per
 * module, each checked against parse(): src/lang/syntax/parsed-trees.ts),
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
  const out = path.join(cli, 'gclab.stdlib-trees');
  for (const [rel, source] of Object.entries(STDLIB_SOURCES)) {
    const origin = `${STDLIB_PREFIX}/${rel}`;
    let tree;
    try {
      tree = parse(source, origin);
    } catch {
      continue; // a module that does not compile raises at import, from the parser
    }
    const text = encodeTree(tree);
    if (text === null || !sameTree(decodeTree(text), tree)) {
      console.warn(`scripts/bundle.js: ${rel} is not stored parsed (its tree does not round-trip)`);
      continue;
    }
    const file = path.join(out, `${rel}.tree`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, parsedTreeText(origin, source, text));
  }
}

function main() {
  for (const f of ['gclab.bundle.js', 'gclab.bundle.cache', 'gclab.stdlib-trees']) fs.rmSync(path.join(cli, f), { force: true, recursive: true });
  writeParsedStdlib();
  // Bundling tsc's CommonJS output keeps every module in its own function
  // scope (no renamed identifiers) and runs its top level when first required.
  require('esbuild').buildSync({
    entryPoints: [path.join(cli, 'run-worker.js')],
    outfile: path.join(cli, 'gclab.bundle.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  // A scenario that runs the common start-up paths.
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'gclab.js'), 'run', path.join(root, 'examples', 'quickstart.py')], {
    env: { ...process.env, GCLAB_WRITE_CODE_CACHE: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`scripts/bundle.js: recording the code cache failed (exit ${r.status}):\n${r.stderr}`);
  if (!fs.existsSync(path.join(cli, 'gclab.bundle.cache'))) throw new Error('scripts/bundle.js: no code cache was written');
}

main();
