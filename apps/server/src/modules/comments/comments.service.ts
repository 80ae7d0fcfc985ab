import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommentDto, CommentTarget, Page } from '@hubspoke/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { UnitOfWork } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import {
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  invalidCursor,
  isTimestampKey,
  toPage,
  type PageQuery,
} from '../../infra/http/pagination';
import type { AuthUser } from '../auth/auth-user';
import type { GroupItem } from '../policy/group-sight';
import { PolicyService, type MemberAccess } from '../policy/policy.service';
import type { CreateCommentDto } from './comment.dto';
import { COMMENT_COLUMNS, toCommentDto, type CommentRow } from './comment.mapper';

/**
 * The table of each commentable thing (each has an id and a hub_id), its name in a 404, and the columns saying who
 * sees it (tasks and goals may be group-only).
 */
const TARGETS: Record<CommentTarget, { table: string; name: string; sight: string }> = {
  task: { table: 'task', name: 'Task', sight: 'visibility, working_group_id AS "workingGroupId"' },
  goal: { table: 'goal', name: 'Goal', sight: 'visibility, working_group_id AS "workingGroupId"' },
  review: { table: 'board_review', name: 'Review', sight: `'hub' AS visibility, NULL AS "workingGroupId"` },
  resolution: { table: 'resolution', name: 'Resolution', sight: `'hub' AS visibility, NULL AS "workingGroupId"` },
};

/** Comments on the tasks, goals, board reviews and resolutions of a hub, oldest first. */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
  ) {}

  async create(
    user: AuthUser,
    hubId: string,
    targetType: CommentTarget,
    targetId: string,
    dto: CreateCommentDto,
  ): Promise<CommentDto> {
    const { access, target } = await this.authorizeOn(user, hubId, targetType, targetId, 'comment.create');
    return this.uow.run(async (tx) => {
      const rows: CommentRow[] = await tx.manager.query(
        `WITH c AS (
           INSERT INTO comment (hub_id, target_type, target_id, author_id, author_organization_id, body)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING *)
         SELECT ${COMMENT_COLUMNS} FROM c LEFT JOIN "user" u ON u.id = c.author_id`,
        [hubId, targetType, targetId, user.id, access.member.organizationId, dto.body],
      );
      const comment = toCommentDto(rows[0]!);
      // a comment on a group-only item is the group's too
      const groupId = target.visibility === 'group' ? target.workingGroupId : null;
      await tx.emit({
        hubId,
        type: 'comment.created',
        actorId: user.id,
        entityId: comment.id,
        payload: comment,
        audience: { groupId },
      });
      return comment;
    });
  }

  async list(
    user: AuthUser,
    hubId: string,
    targetType: CommentTarget,
    targetId: string,
    query: PageQuery,
  ): Promise<Page<CommentDto>> {
    await this.authorizeOn(user, hubId, targetType, targetId, 'hub.read');
    const after = decodeCursor(query.cursor);
    if (after && !isTimestampKey(after[0])) throw invalidCursor();
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const params: unknown[] = [targetType, targetId, limit + 1];
    if (after) params.push(...after);
    const rows: CommentRow[] = await this.dataSource.query(
      `SELECT ${COMMENT_COLUMNS}
         FROM comment c LEFT JOIN "user" u ON u.id = c.author_id
        WHERE c.target_type = $1 AND c.target_id = $2
          ${after ? 'AND (c.created_at, c.id) > ($4::timestamptz, $5::uuid)' : ''}
        ORDER BY c.created_at, c.id
        LIMIT $3`,
      params,
    );
    return toPage(rows, limit, (row) => [row.createdKey, row.id], toCommentDto);
  }

  /** Removes the comments on something being deleted, in the caller's transaction. */
  async deleteAllOn(manager: EntityManager, targetType: CommentTarget, targetId: string): Promise<void> {
    await manager.query(`DELETE FROM comment WHERE target_type = $1 AND target_id = $2`, [targetType, targetId]);
  }

  /** 404 outside the hub or for a target not in it; then the action's own check (403). */
  private async authorizeOn(
    user: AuthUser,
    hubId: string,
    targetType: CommentTarget,
    targetId: string,
    action: 'hub.read' | 'comment.create',
  ): Promise<{ access: MemberAccess; target: GroupItem }> {
    const { table, name, sight } = TARGETS[targetType];
    const [access, rows] = await Promise.all([
      this.policy.access(user, hubId),
      this.dataSource.query(`SELECT ${sight} FROM ${table} WHERE id = $1 AND hub_id = $2`, [
        targetId,
        hubId,
      ]) as Promise<GroupItem[]>,
    ]);
    this.policy.check(access, 'hub.read');
    const target = rows[0];
    if (!target || !this.policy.seesItem(access, target)) throw ApiException.notFound(name);
    this.policy.check(access, action);
    return { access, target };
  }
}
