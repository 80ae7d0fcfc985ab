import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DigestCadence, DigestChannel, HubRole } from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import type { Recipient } from './digest-data';
import { defaultPreference, type DigestSlot, type EffectivePreference } from './digest-slot';

export interface HubRecipient extends Recipient {
  preference: EffectivePreference;
  customized: boolean;
  unsubscribed: boolean;
}

interface Row {
  hub_id: string;
  user_id: string;
  role: HubRole;
  organization_id: string;
  cadence: DigestCadence | null;
  time_zone: string | null;
  delivery_time: string | null;
  channels: DigestChannel[] | null;
  unsubscribed_at: Date | null;
}

const SELECT = `SELECT m.hub_id, m.user_id, m.role, m.organization_id,
                       p.cadence, p.time_zone, p.delivery_time, p.channels, p.unsubscribed_at
                  FROM hub_member m
                  JOIN hub h ON h.id = m.hub_id AND h.archived_at IS NULL
                  LEFT JOIN digest_preference p ON p.user_id = m.user_id AND p.hub_id = m.hub_id
                 WHERE m.status = 'active' AND m.user_id IS NOT NULL`;

function toRecipient(row: Row): HubRecipient & { hubId: string } {
  const customized = row.cadence !== null;
  return {
    hubId: row.hub_id,
    userId: row.user_id,
    role: row.role,
    organizationId: row.organization_id,
    customized,
    unsubscribed: row.unsubscribed_at !== null,
    preference: customized
      ? { cadence: row.cadence!, timeZone: row.time_zone!, deliveryTime: row.delivery_time!, channels: row.channels! }
      : defaultPreference(row.role),
  };
}

export const slotOf = (p: EffectivePreference): DigestSlot | null =>
  p.cadence === 'off' ? null : { cadence: p.cadence, timeZone: p.timeZone, deliveryTime: p.deliveryTime };

/** The active members of live hubs with the digest settings that apply to them (their own, or their role's). */
@Injectable()
export class DigestRecipients {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ofHub(hubId: string): Promise<HubRecipient[]> {
    const rows: Row[] = await this.dataSource.query(`${SELECT} AND m.hub_id = $1 ORDER BY m.created_at`, [hubId]);
    return rows.map(toRecipient);
  }

  async one(hubId: string, userId: string): Promise<HubRecipient | null> {
    const rows: Row[] = await this.dataSource.query(`${SELECT} AND m.hub_id = $1 AND m.user_id = $2`, [hubId, userId]);
    return rows[0] ? toRecipient(rows[0]) : null;
  }

  /** Every (hub, slot) some user needs, keyed by schedule id. */
  async slots(
    key: (hubId: string, slot: DigestSlot) => string,
  ): Promise<Map<string, { hubId: string; slot: DigestSlot }>> {
    const rows: Row[] = await this.dataSource.query(SELECT);
    const slots = new Map<string, { hubId: string; slot: DigestSlot }>();
    for (const row of rows) {
      const r = toRecipient(row);
      const slot = slotOf(r.preference);
      if (slot) slots.set(key(r.hubId, slot), { hubId: r.hubId, slot });
    }
    return slots;
  }
}
