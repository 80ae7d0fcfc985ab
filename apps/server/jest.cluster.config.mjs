/**
 * The realtime and queue tests once more against a local three-node Redis Cluster, with the sharded socket.io adapter
 * whose nodes require a password (npm run test:cluster): live events across two api instances, catch-up after a
 * reconnect, the digest, notification-email and account-mail queues. Same transform and module mapping; the cluster starts in globalSetup.
 */
import base from './jest.config.js';

export default {
  ...base,
  testMatch: [
    '<rootDir>/test/realtime/fan-out.test.ts',
    '<rootDir>/test/realtime/reconnect.test.ts',
    '<rootDir>/test/integration/digests.test.ts',
    '<rootDir>/test/integration/notification-emails.test.ts',
    '<rootDir>/test/integration/accounts.test.ts',
  ],
  globalSetup: '<rootDir>/test/support/cluster-global-setup.ts',
  globalTeardown: '<rootDir>/test/support/cluster-global-teardown.ts',
};
