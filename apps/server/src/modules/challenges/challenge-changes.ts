import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import { challengeAudience } from './proposal-visibility';

export interface ChallengeChange {
  challengeId: string;
  /** The people who see some of its proposals, and its managers. */
  userIds: string[];
}

/**
 * Committed changes of a challenge's review, with whom to tell: the realtime layer subscribes and tells each of them
 * the challenge's id only, so nothing of a proposal reaches anyone who could not read it over HTTP.
 */
@Injectable()
export class ChallengeChanges {
  private readonly logger = new Logger(ChallengeChanges.name);
  private readonly subject = new Subject<ChallengeChange>();
  readonly changes$ = this.subject.asObservable();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Call after the change committed; never fails the change (a missed message costs a stale view until refetch). */
  async announce(challengeId: string): Promise<void> {
    try {
      const userIds = await challengeAudience(this.dataSource.manager, challengeId);
      if (userIds.length > 0) this.subject.next({ challengeId, userIds });
    } catch (error) {
      this.logger.warn(`Change of challenge ${challengeId} not announced: ${(error as Error).message}`);
    }
  }
}
