import { clusterSeed } from './redis-connection';

describe('clusterSeed', () => {
  it('reads host:port pairs, with no credentials and no TLS', () => {
    expect(clusterSeed('10.0.0.1:6379,redis-2:6380')).toEqual({
      nodes: [
        { host: '10.0.0.1', port: 6379 },
        { host: 'redis-2', port: 6380 },
      ],
      nodeOptions: {},
    });
  });

  it('applies the credentials one URL names to every node, and TLS for rediss://', () => {
    expect(clusterSeed('rediss://hub%40spoke:p%3Ass@r1.example.org:6379,rediss://r2.example.org')).toEqual({
      nodes: [
        { host: 'r1.example.org', port: 6379 },
        { host: 'r2.example.org', port: 6379 },
      ],
      nodeOptions: { username: 'hub@spoke', password: 'p:ss', tls: {} },
    });
  });

  it('takes a password without a user name', () => {
    expect(clusterSeed('redis://:s3cret@127.0.0.1:7000').nodeOptions).toEqual({ password: 's3cret' });
  });
});
