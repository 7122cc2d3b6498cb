/**
 * Jest configuration. Jest reads a TypeScript config file through ts-node
 * (https://jestjs.io/docs/configuration), a dev dependency for that reason.
 */
import * as os from 'os';
import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // At least two workers: Jest's default (cores - 1) runs the suites one at a
  // time on the 2-core machines CI uses, leaving a core idle for ~10 minutes.
  // GCLAB_JEST_WORKERS overrides it (docs/testing.md).
  maxWorkers: Number(process.env.GCLAB_JEST_WORKERS ?? Math.max(2, os.availableParallelism() - 1)),
  // One fast-check seed per run (GCLAB_FC_SEED): see tests/fast-check-seed.ts.
  setupFiles: ['<rootDir>/tests/fast-check-seed.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
};

export default config;
