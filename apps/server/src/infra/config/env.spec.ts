import { validateEnv } from './env';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hubspoke',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('validateEnv', () => {
  it('accepts a valid environment and applies defaults', () => {
    const env = validateEnv({ ...valid, PORT: '4000' });
    expect(env.PORT).toBe(4000);
    expect(env.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(env.READ_RATE_LIMIT).toBe(3000);
  });

  it.each([
    [{ ...valid, DATABASE_URL: undefined }, 'Invalid environment: DATABASE_URL is missing'],
    [{ ...valid, REDIS_URL: 'http://x' }, 'Invalid environment: REDIS_URL must be a redis:// URL'],
    [{ ...valid, JWT_SECRET: 'short' }, 'Invalid environment: JWT_SECRET must be at least 32 characters'],
    [{ ...valid, PORT: 'eighty' }, 'Invalid environment: PORT must be an integer'],
    [{ ...valid, READ_RATE_LIMIT: '0' }, 'Invalid environment: READ_RATE_LIMIT must not be less than 1'],
    [
      { ...valid, REDIS_CLUSTER_NODES: '10.0.0.1:6379,http://10.0.0.2:6379' },
      'Invalid environment: REDIS_CLUSTER_NODES must be host:port pairs or redis:// URLs separated by commas',
    ],
  ])('names the one bad variable in one line', (raw, message) => {
    expect(() => validateEnv(raw)).toThrow(message);
    try {
      validateEnv(raw);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('takes a Redis Cluster as host:port pairs or as redis:// and rediss:// URLs with credentials', () => {
    for (const nodes of [
      '10.0.0.1:6379,10.0.0.2:6380',
      'rediss://:s3cret@r1.example.org:6379,rediss://r2.example.org:6379',
    ]) {
      expect(validateEnv({ ...valid, REDIS_URL: undefined, REDIS_CLUSTER_NODES: nodes }).REDIS_CLUSTER_NODES).toBe(
        nodes,
      );
    }
  });

  it('checks only the variables a process names', () => {
    expect(validateEnv({ DATABASE_URL: valid.DATABASE_URL }, ['DATABASE_URL', 'BCRYPT_ROUNDS']).BCRYPT_ROUNDS).toBe(11);
    expect(() => validateEnv({ JWT_SECRET: 'short' }, ['DATABASE_URL'])).toThrow(
      'Invalid environment: DATABASE_URL is missing',
    );
  });
});
