import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hubAllows, type HubRole } from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import { NotificationRecorder } from './notification-recorder';
import { excerpt, longDate, type PlannedNotification } from './planned-notification';

const REMIND_WITHIN_HOURS = 24;

interface Due {
  resolution_id: string;
  hub_id: string;
  title: string;
  deadline: Date;
  user_id: string;
  role: HubRole;
  organization_id: string;
}

/**
 * Reminds the board of a vote closing within 24 hours without their vote: a seat's holder until they vote for it, its
 * alternate only while the seat has no vote at all. Once per resolution and person (`onceKey`), however often it runs
 * and on however many workers. A vote open for a day or less gets no reminder: its proposal already said when it
 * closes.
 */
@Injectable()
export class VoteClosingReminders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recorder: NotificationRecorder,
  ) {}

  async remind(): Promise<void> {
    const due = await this.dataSource.query<Due[]>(
      `SELECT DISTINCT r.id AS resolution_id, r.hub_id, r.title, r.deadline, m.user_id, m.role, m.organization_id
         FROM resolution r
         JOIN board_seat s ON s.hub_id = r.hub_id
         JOIN hub_member m ON m.id IN (s.holder_member_id, s.alternate_member_id)
                          AND m.status = 'active' AND m.user_id IS NOT NULL
        WHERE r.status = 'open' AND r.deadline > now() AND r.deadline <= now() + make_interval(hours => $1)
          AND r.created_at < r.deadline - make_interval(hours => $1)
          AND NOT EXISTS (SELECT 1 FROM vote v WHERE v.resolution_id = r.id AND v.seat_id = s.id
                             AND (v.user_id = m.user_id OR m.id = s.alternate_member_id))
          AND NOT EXISTS (SELECT 1 FROM notification n
                           WHERE n.user_id = m.user_id AND n.once_key = 'vote_closing:' || r.id)`,
      [REMIND_WITHIN_HOURS],
    );
    await this.recorder.record(
      due
        .filter((d) => hubAllows({ role: d.role, organizationId: d.organization_id }, 'review.vote'))
        .map((d): PlannedNotification => ({
          userId: d.user_id,
          type: 'vote_closing',
          hubId: d.hub_id,
          entityId: d.resolution_id,
          title: 'Your vote is missing: voting closes within 24 hours',
          body: excerpt(`${d.title} — votes close on ${longDate(d.deadline)}`),
          payload: { resolutionId: d.resolution_id },
          onceKey: `vote_closing:${d.resolution_id}`,
        })),
    );
  }
}
