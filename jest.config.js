/**
 * Jest configuration. Plain CommonJS, not jest.config.ts: Jest reads a
 * TypeScript config through ts-node, which cost ~2.7 s of CPU before every
 * `jest` command (docs/testing.md section 5).
 */
const os = require('os');

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // At least two workers: Jest's default (cores - 1) runs the suites one at a
  // time on the 2-core machines CI uses, leaving a core idle for ~10 minutes.
  // GCLAB_JEST_WORKERS overrides it (docs/testing.md).
  maxWorkers: Number(process.env.GCLAB_JEST_WORKERS ?? Math.max(2, os.availableParallelism() - 1)),
  // A worker that ran the heavy suites holds a heap of a gigabyte or more,
  // and freeing it at exit takes seconds on a loaded machine: past Jest's
  // default 500 ms it force-exits the worker and prints "A worker process has
  // failed to exit gracefully" although nothing leaked (docs/testing.md
  // section 5). A real leak (a timer, a child process) still shows, later.
  workerGracefulExitTimeout: 10_000,
  // One fast-check seed per run (GCLAB_FC_SEED): see tests/fast-check-seed.ts.
  setupFiles: ['<rootDir>/tests/fast-check-seed.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
};

module.exports = config;
