import { Injectable } from '@nestjs/common';
import type { HubEventDto } from '@hubspoke/contracts';
import { Subject } from 'rxjs';

/** Committed HubEvents, in seq order per hub. The realtime layer subscribes; services never talk to sockets. */
@Injectable()
export class HubEventBus {
  private readonly subject = new Subject<HubEventDto>();
  readonly events$ = this.subject.asObservable();

  publish(events: HubEventDto[]): void {
    for (const event of events) this.subject.next(event);
  }
}
