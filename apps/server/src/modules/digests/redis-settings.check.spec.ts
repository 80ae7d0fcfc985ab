import { redisSettingWarnings } from './redis-settings.check';

describe('redisSettingWarnings', () => {
  it('is quiet for the production settings', () => {
    expect(redisSettingWarnings({ 'maxmemory-policy': 'noeviction', appendonly: 'yes' })).toEqual([]);
  });

  it('warns about eviction and a missing append-only file', () => {
    const warnings = redisSettingWarnings({ 'maxmemory-policy': 'allkeys-lru', appendonly: 'no' });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/allkeys-lru/);
  });
});
