import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CommentDto,
  HubEventDto,
  InvitationDto,
  MeasurementChangeDto,
  NotificationType,
  TaskDto,
} from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import { findMentions, type Mentionable } from './mentions';

/** A notification to make for one user. */
export interface PlannedNotification {
  userId: string;
  type: NotificationType;
  entityId: string;
  title: string;
  body: string;
  payload: Record<string, unknown>;
}

const BODY_MAX = 500;
const excerpt = (text: string) => (text.length > BODY_MAX ? `${text.slice(0, BODY_MAX - 1)}…` : text);

/** Decides who hears of a HubEvent in their inbox, and what it says. Reads only; the service stores. */
@Injectable()
export class NotificationPlanner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async plan(event: HubEventDto): Promise<PlannedNotification[]> {
    const planned = await this.byType(event);
    return planned.filter((n) => n.userId !== event.actorId);
  }

  private byType(event: HubEventDto): Promise<PlannedNotification[]> {
    switch (event.type) {
      case 'task.created':
      case 'task.updated':
      case 'task.moved':
        return this.taskAssigned(event as HubEventDto<TaskDto>);
      case 'comment.created':
        return this.mentioned(event as HubEventDto<CommentDto>);
      case 'member.invited':
        return this.invited(event as HubEventDto<InvitationDto>);
      case 'goal.measured':
        return this.verificationRequested(event as HubEventDto<MeasurementChangeDto>);
      default:
        return Promise.resolve([]);
    }
  }

  /** A task newly assigned to an organization: its active members in the hub. */
  private async taskAssigned({ hubId, seq, payload: task }: HubEventDto<TaskDto>): Promise<PlannedNotification[]> {
    const orgId = task.assigneeOrganizationId;
    if (!orgId) return [];
    const [before]: { org: string | null }[] = await this.dataSource.query(
      `SELECT payload->>'assigneeOrganizationId' AS org FROM hub_event
        WHERE hub_id = $1 AND entity_id = $2 AND seq < $3 AND type IN ('task.created', 'task.updated', 'task.moved')
        ORDER BY seq DESC LIMIT 1`,
      [hubId, task.id, seq],
    );
    if (before?.org === orgId) return [];
    const members: { user_id: string }[] = await this.dataSource.query(
      `SELECT user_id FROM hub_member
        WHERE hub_id = $1 AND organization_id = $2 AND status = 'active' AND user_id IS NOT NULL`,
      [hubId, orgId],
    );
    return members.map((m) => ({
      userId: m.user_id,
      type: 'task_assigned' as const,
      entityId: task.id,
      title: 'A task was assigned to your organization',
      body: excerpt(task.title),
      payload: { taskId: task.id, goalId: task.goalId },
    }));
  }

  /** A comment that mentions active members by @name or @email: those members. */
  private async mentioned({ hubId, payload: comment }: HubEventDto<CommentDto>): Promise<PlannedNotification[]> {
    if (!comment.body.includes('@')) return [];
    const people: Mentionable[] = await this.dataSource.query(
      `SELECT m.user_id AS "userId", u.name, u.email FROM hub_member m JOIN "user" u ON u.id = m.user_id
        WHERE m.hub_id = $1 AND m.status = 'active'`,
      [hubId],
    );
    return findMentions(comment.body, people).map((userId) => ({
      userId,
      type: 'mention' as const,
      entityId: comment.id,
      title: `${comment.authorName ?? 'Someone'} mentioned you`,
      body: excerpt(comment.body),
      payload: { commentId: comment.id, targetType: comment.targetType, targetId: comment.targetId },
    }));
  }

  /** An invitation to an email that has an account: that user. */
  private async invited({ hubId, payload: invitation }: HubEventDto<InvitationDto>): Promise<PlannedNotification[]> {
    const rows: { id: string; hub_name: string }[] = await this.dataSource.query(
      `SELECT u.id, h.name AS hub_name FROM "user" u, hub h WHERE u.email = lower($1) AND h.id = $2`,
      [invitation.email, hubId],
    );
    return rows.map((row) => ({
      userId: row.id,
      type: 'invitation' as const,
      entityId: invitation.id,
      title: `You are invited to join ${row.hub_name}`,
      body: `As ${invitation.role}, for ${invitation.organization.name}`,
      payload: { invitationId: invitation.id, role: invitation.role },
    }));
  }

  /** A reported measurement: the hub's secretariat, who verify it. */
  private async verificationRequested({
    hubId,
    payload: { measurement, goal },
  }: HubEventDto<MeasurementChangeDto>): Promise<PlannedNotification[]> {
    const secretariat: { user_id: string }[] = await this.dataSource.query(
      `SELECT user_id FROM hub_member
        WHERE hub_id = $1 AND role = 'secretariat' AND status = 'active' AND user_id IS NOT NULL`,
      [hubId],
    );
    return secretariat.map((m) => ({
      userId: m.user_id,
      type: 'verification_requested' as const,
      entityId: measurement.id,
      title: 'A measurement awaits your verification',
      body: excerpt(`${goal.title}: ${measurement.value}${goal.unit ? ` ${goal.unit}` : ''}`),
      payload: { goalId: goal.id, measurementId: measurement.id },
    }));
  }
}
