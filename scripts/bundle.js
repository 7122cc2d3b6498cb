#!/usr/bin/env node
/**
 * The one-file build of gclab's scenario thread (run by `npm run build`
 * after tsc): bundles dist/cli/run-worker.js and everything it requires
 * into dist/cli/gclab.bundle.js with esbuild, then runs a scenario once
 * with GCLAB_WRITE_CODE_CACHE set so that the scenario thread records V8's
 * code cache for the bundle (dist/cli/gclab.bundle.cache). See
 * src/cli/launch.ts for how `gclab run` uses them.
 * Usage: node scripts/bundle.js
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'dist', 'cli');

function main() {
  for (const f of ['gclab.bundle.js', 'gclab.bundle.cache']) fs.rmSync(path.join(cli, f), { force: true });
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
