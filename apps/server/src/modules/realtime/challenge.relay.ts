import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { ChallengeChanges } from '../challenges/challenge-changes';
import { userRoom, type AppServer } from './socket-types';

/** Tells the people following a challenge's review that it changed, in their user rooms on every instance. */
@Injectable()
export class ChallengeRelay implements OnModuleDestroy {
  private subscription?: Subscription;

  constructor(private readonly changes: ChallengeChanges) {}

  start(server: AppServer): void {
    this.subscription = this.changes.changes$.subscribe(({ challengeId, userIds }) =>
      server.to(userIds.map(userRoom)).emit('challenge:changed', { challengeId }),
    );
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
