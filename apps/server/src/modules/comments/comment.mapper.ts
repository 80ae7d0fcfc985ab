import type { CommentDto } from '@hubspoke/contracts';
import { timestampKeySql } from '../../infra/http/pagination';

/** A comment row as COMMENT_COLUMNS selects it, with the exact creation time for cursors. */
export interface CommentRow extends Omit<CommentDto, 'createdAt'> {
  createdAt: Date;
  createdKey: string;
}

/** The select list over `comment c LEFT JOIN "user" u ON u.id = c.author_id`. */
export const COMMENT_COLUMNS = `c.id, c.hub_id AS "hubId", c.target_type AS "targetType", c.target_id AS "targetId",
  c.author_id AS "authorId", u.name AS "authorName", c.author_organization_id AS "authorOrganizationId", c.body,
  c.created_at AS "createdAt", ${timestampKeySql('c.created_at')} AS "createdKey"`;

export function toCommentDto(row: CommentRow): CommentDto {
  return {
    id: row.id,
    hubId: row.hubId,
    targetType: row.targetType,
    targetId: row.targetId,
    authorId: row.authorId,
    authorName: row.authorName,
    authorOrganizationId: row.authorOrganizationId,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  };
}
