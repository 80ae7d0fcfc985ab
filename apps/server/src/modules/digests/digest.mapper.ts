import type { ActiveCadence, DigestContent, DigestDto } from '@hubspoke/contracts';
import type { Digest } from './digest.entity';

export function toDigestDto(d: Digest): DigestDto {
  return {
    id: d.id,
    hubId: d.hubId,
    cadence: d.cadence,
    subject: d.subject,
    content: d.content,
    readAt: d.readAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
  };
}

/** A digest row as SQL returns it (the worker reads it joined with its delivery). */
export interface DigestRow {
  id: string;
  hub_id: string;
  user_id: string;
  cadence: ActiveCadence;
  subject: string;
  content: DigestContent;
  read_at: Date | null;
  created_at: Date;
}

export function digestRowToDto(d: DigestRow): DigestDto {
  return {
    id: d.id,
    hubId: d.hub_id,
    cadence: d.cadence,
    subject: d.subject,
    content: d.content,
    readAt: d.read_at?.toISOString() ?? null,
    createdAt: d.created_at.toISOString(),
  };
}
