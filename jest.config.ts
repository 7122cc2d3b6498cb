/**
 * Jest configuration. Jest reads a TypeScript config file through ts-node
 * (https://jestjs.io/docs/configuration), a dev dependency for that reason.
 */
import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // One fast-check seed per run (GCLAB_FC_SEED): see tests/fast-check-seed.ts.
  setupFiles: ['<rootDir>/tests/fast-check-seed.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
};

export default config;
