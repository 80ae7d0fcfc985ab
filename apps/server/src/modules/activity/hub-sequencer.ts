import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HubEventBus } from './hub-event.bus';
import { numberHubEvents } from './number-hub-events';

interface HubQueue {
  running: boolean;
  /** Callers whose events committed before they asked; served by the next numbering to start. */
  waiting: { resolve: () => void; reject: (error: unknown) => void }[];
}

/**
 * Numbers each hub's committed events and publishes them, in seq order. Numbering after the commit keeps the hub's
 * lock out of the writers' transactions, so writes to one hub run in parallel; callers that ask while a numbering of
 * their hub is running share the next one, so under load one short transaction numbers a batch of writes.
 */
@Injectable()
export class HubSequencer {
  private readonly queues = new Map<string, HubQueue>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bus: HubEventBus,
  ) {}

  /** Resolves once every event of the hub committed before the call is numbered and published. */
  sequence(hubId: string): Promise<void> {
    let queue = this.queues.get(hubId);
    if (!queue) this.queues.set(hubId, (queue = { running: false, waiting: [] }));
    const done = new Promise<void>((resolve, reject) => queue.waiting.push({ resolve, reject }));
    if (!queue.running) void this.drain(hubId, queue);
    return done;
  }

  private async drain(hubId: string, queue: HubQueue): Promise<void> {
    queue.running = true;
    while (queue.waiting.length > 0) {
      const batch = queue.waiting.splice(0);
      try {
        this.bus.publish(await numberHubEvents(this.dataSource.manager, hubId));
        for (const caller of batch) caller.resolve();
      } catch (error) {
        for (const caller of batch) caller.reject(error);
      }
    }
    this.queues.delete(hubId);
  }
}
