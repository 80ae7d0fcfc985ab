import type { NotificationType } from '@hubspoke/contracts';

/** Anything that runs SQL: the data source, or a transaction's entity manager (the seed plans in its transaction). */
export interface Queryable {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

/** A notification to make for one user, before their settings decide whether and how they hear of it. */
export interface PlannedNotification {
  userId: string;
  type: NotificationType;
  hubId: string | null;
  entityId: string;
  title: string;
  body: string;
  payload: Record<string, unknown>;
  /** The HubEvent it comes from, if any: once per user and event. */
  eventSeq?: number;
  /** Once per user and key, for what comes from no event (a reminder). */
  onceKey?: string;
}

const BODY_MAX = 500;
export const excerpt = (text: string) => (text.length > BODY_MAX ? `${text.slice(0, BODY_MAX - 1)}…` : text);

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
/** An instant as people read it in a notification: `12 January 2027 at 14:00 UTC`. */
export const longDate = (iso: string | Date) => `${LONG_DATE.format(new Date(iso))} UTC`;
