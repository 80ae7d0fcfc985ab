/**
 * The fault tests (npm run test:faults): each file starts its own PostgreSQL and Redis and breaks them, so none of the
 * shared services of jest.config.js's globalSetup is needed. Same transform and module mapping.
 */
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['<rootDir>/test/faults/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: undefined,
  globalTeardown: undefined,
  testTimeout: 90_000,
};
