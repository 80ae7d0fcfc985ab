import type { RelationshipDto } from './relationship.dto';
import type { Relationship } from './relationship.entity';

export function toRelationshipDto(r: Relationship): RelationshipDto {
  return {
    id: r.id,
    sourceId: r.sourceId,
    targetId: r.targetId,
    kind: r.kind,
    weight: r.weight,
    since: r.since,
    source: r.source,
    createdAt: r.createdAt.toISOString(),
  };
}
