/**
 * How the scenario thread starts quickly. `npm run build` bundles the
 * scenario thread's code (run-worker.ts and everything it imports: the
 * whole runtime) into one file, dist/cli/gclab.bundle.js (scripts/bundle.js,
 * with esbuild), and records V8's code cache for it
 * (gclab.bundle.cache) by running a scenario. Loading that one file with
 * its cache skips resolving, reading and compiling some 170 modules, and
 * the functions a scenario's start-up runs arrive already compiled. The
 * main thread loads only the few plain modules `gclab run` needs (main.ts
 * requires each command's module when it runs): reading and checking the
 * whole bundle there costs more than it saves.
 *
 * Everything falls back to the plain modules of dist/ when there is no
 * bundle or it is older than dist/cli/run-worker.js (a `tsc`-only build),
 * and to compiling from source when V8 rejects the cache (another Node
 * version or other V8 flags): the cache changes how fast gclab starts,
 * never what it does. This file is the bundled scenario thread's entry.
 */
import * as fs from 'fs';
import * as path from 'path';
import { isMainThread, workerData } from 'worker_threads';

export const BUNDLE = path.join(__dirname, 'gclab.bundle.js');
export const CODE_CACHE = path.join(__dirname, 'gclab.bundle.cache');

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * The scenario thread's entry when the bundle is usable (this file), else
 * null. GCLAB_NO_BUNDLE=1 forces the plain modules (to compare, or to
 * debug with dist/'s source maps).
 */
export function bundledThreadEntry(): string | null {
  if (process.env.GCLAB_NO_BUNDLE) return null;
  const bundleTime = mtime(BUNDLE);
  return bundleTime >= 0 && bundleTime >= mtime(path.join(__dirname, 'run-worker.js')) ? __filename : null;
}

/**
 * Run the bundle (the scenario thread's job runs while it loads) with its
 * code cache. With GCLAB_WRITE_CODE_CACHE set (only scripts/bundle.js sets
 * it) the cache is written afterwards, so that it holds every function the
 * job compiled.
 */
function runBundle(): void {
  // Required here, not at the top: the main thread loads this file too
  // (for bundledThreadEntry) and has no use for them.
  const { createRequire } = require('module') as typeof import('module');
  const vm = require('vm') as typeof import('vm');
  const cachedData = mtime(CODE_CACHE) >= mtime(BUNDLE) ? fs.readFileSync(CODE_CACHE) : undefined;
  // The build stores the bundle ASCII-only and already wrapped as a CommonJS
  // module (scripts/bundle.js wrappedBundle): read as latin1 it becomes an
  // external one-byte string, compiled without a UTF-8 decode or a copy.
  const script = new vm.Script(fs.readFileSync(BUNDLE, 'latin1'), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  const init = script.runInThisContext() as (...args: unknown[]) => void;
  init.call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, __dirname);
  if (process.env.GCLAB_WRITE_CODE_CACHE) fs.writeFileSync(CODE_CACHE, script.createCachedData());
}

if (!isMainThread && (workerData as { launchBundle?: boolean } | null)?.launchBundle === true) runBundle();
