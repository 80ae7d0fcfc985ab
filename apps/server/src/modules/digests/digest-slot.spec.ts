import { cronPattern, defaultPreference, isTimeZone, lastPeriod, periodUntilNow } from './digest-slot';

describe('digest slots', () => {
  it('defaults: secretariat daily, others weekly', () => {
    expect(defaultPreference('secretariat').cadence).toBe('daily');
    expect(defaultPreference('member').cadence).toBe('weekly');
    expect(defaultPreference('board').cadence).toBe('weekly');
  });

  it('makes cron patterns read in the slot time zone', () => {
    expect(cronPattern({ cadence: 'daily', timeZone: 'UTC', deliveryTime: '08:05' })).toBe('5 8 * * *');
    expect(cronPattern({ cadence: 'weekly', timeZone: 'UTC', deliveryTime: '17:30' })).toBe('30 17 * * 1');
  });

  it('finds the last daily period in the local time zone', () => {
    const slot = { cadence: 'daily' as const, timeZone: 'Europe/Paris', deliveryTime: '08:00' };
    const before = lastPeriod(slot, new Date('2026-11-28T06:59:00Z'));
    expect(before.end.toISOString()).toBe('2026-11-27T07:00:00.000Z');
    expect(before.start.toISOString()).toBe('2026-11-26T07:00:00.000Z');
    const at = lastPeriod(slot, new Date('2026-11-28T07:00:30Z'));
    expect(at.end.toISOString()).toBe('2026-11-28T07:00:00.000Z');
    expect(at.key).toBe('20261128T0700Z');
  });

  it('finds the last weekly period ending on a Monday', () => {
    const slot = { cadence: 'weekly' as const, timeZone: 'UTC', deliveryTime: '08:00' };
    // 2026-11-28 is a Saturday
    const period = lastPeriod(slot, new Date('2026-11-28T12:00:00Z'));
    expect(period.end.toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(period.start.toISOString()).toBe('2026-11-16T08:00:00.000Z');
    expect(lastPeriod(slot, new Date('2026-11-23T07:59:00Z')).end.toISOString()).toBe('2026-11-16T08:00:00.000Z');
  });

  it('periods on demand end now', () => {
    const p = periodUntilNow('daily', new Date('2026-11-28T12:34:56Z'));
    expect(p.key).toBe('now-20261128T1234Z');
    expect(p.start.toISOString()).toBe('2026-11-27T12:34:56.000Z');
  });

  it('checks time zones', () => {
    expect(isTimeZone('America/Bogota')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
