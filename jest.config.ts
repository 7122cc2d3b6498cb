/**
 * Jest configuration. Jest reads a TypeScript config file through ts-node
 * (https://jestjs.io/docs/configuration), a dev dependency for that reason.
 */
import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
};

export default config;
