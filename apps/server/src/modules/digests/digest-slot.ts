import type { ActiveCadence, DigestCadence, DigestChannel, HubRole } from '@hubspoke/contracts';
import { DateTime } from 'luxon';

/** When a user's digests of a hub go out. */
export interface DigestSlot {
  cadence: ActiveCadence;
  timeZone: string;
  /** Local `HH:MM`. */
  deliveryTime: string;
}

export interface EffectivePreference {
  cadence: DigestCadence;
  timeZone: string;
  deliveryTime: string;
  channels: DigestChannel[];
}

export interface DigestPeriod {
  start: Date;
  end: Date;
  /** Names the period in ids: its end in UTC, e.g. `20261128T0700Z`. */
  key: string;
}

/** Weekly digests go out on Mondays (ISO weekday 1). */
const WEEKLY_ON = 1;

/** What applies until a user saves their own: the secretariat hears daily, everyone else weekly. */
export function defaultPreference(role: HubRole): EffectivePreference {
  return {
    cadence: role === 'secretariat' ? 'daily' : 'weekly',
    timeZone: 'UTC',
    deliveryTime: '08:00',
    channels: ['email', 'in_app'],
  };
}

export function isTimeZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

/** The cron pattern of a slot, read in the slot's time zone. */
export function cronPattern(slot: DigestSlot): string {
  const [hour, minute] = slot.deliveryTime.split(':').map(Number);
  return `${minute} ${hour} * * ${slot.cadence === 'weekly' ? WEEKLY_ON : '*'}`;
}

export const periodKey = (end: Date) => DateTime.fromJSDate(end, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmm'Z'");

/** The latest period of a slot that has ended by `at`: it ends at the last delivery time at or before `at`. */
export function lastPeriod(slot: DigestSlot, at: Date): DigestPeriod {
  const [hour, minute] = slot.deliveryTime.split(':').map(Number);
  const now = DateTime.fromJSDate(at, { zone: slot.timeZone });
  let end = now.set({ hour, minute, second: 0, millisecond: 0 });
  if (slot.cadence === 'weekly') end = end.minus({ days: (end.weekday - WEEKLY_ON + 7) % 7 });
  const step = slot.cadence === 'weekly' ? { weeks: 1 } : { days: 1 };
  if (end > now) end = end.minus(step);
  const endDate = end.toJSDate();
  return { start: end.minus(step).toJSDate(), end: endDate, key: periodKey(endDate) };
}

/** The period a digest sent on demand covers: the cadence's length up to now; named by the minute it was asked. */
export function periodUntilNow(cadence: ActiveCadence, at: Date): DigestPeriod {
  const end = DateTime.fromJSDate(at, { zone: 'utc' });
  const start = end.minus(cadence === 'weekly' ? { weeks: 1 } : { days: 1 });
  return { start: start.toJSDate(), end: at, key: `now-${periodKey(at)}` };
}
