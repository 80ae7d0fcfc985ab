import { Injectable } from '@nestjs/common';
import { Subject } from 'rxjs';
import type { HubEventRecord } from './event-audience';

/** Committed HubEvents, in seq order per hub. The realtime layer subscribes; services never talk to sockets. */
@Injectable()
export class HubEventBus {
  private readonly subject = new Subject<HubEventRecord>();
  readonly events$ = this.subject.asObservable();

  publish(events: HubEventRecord[]): void {
    for (const event of events) this.subject.next(event);
  }
}
