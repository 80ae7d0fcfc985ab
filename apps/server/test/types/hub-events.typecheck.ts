/**
 * Compiled by `npm run typecheck`, never run. Each `@ts-expect-error` marks code the event types must reject: were
 * they loose again (`payload: unknown`, any, a cast), the directive would be unused and the typecheck would fail.
 */
import type { HubEventDto, HubEventHandlers, HubEventType, TaskDto, TaskStatus } from '@hubspoke/contracts';
import type { Tx } from '../../src/modules/activity/unit-of-work';
import { accessLostBy } from '../../src/modules/realtime/access-loss';

declare const tx: Tx;
declare const task: TaskDto;
declare const someType: HubEventType;
const at = { hubId: 'h', actorId: null, entityId: 'e' };

export async function emitTakesOnlyThePayloadOfItsType(): Promise<void> {
  await tx.emit({ ...at, type: 'task.moved', payload: task });
  // @ts-expect-error a task is not the payload of goal.created
  await tx.emit({ ...at, type: 'goal.created', payload: task });
  // @ts-expect-error nor of an event whose type is only known at run time
  await tx.emit({ ...at, type: someType, payload: task });
  // @ts-expect-error task.deleted carries the id only
  await tx.emit({ ...at, type: 'task.deleted', payload: { taskId: task.id } });
  // @ts-expect-error there is no such event type
  await tx.emit({ ...at, type: 'task.renamed', payload: task });
}

export function readersSeeThePayloadOfTheType(event: HubEventDto): void {
  // @ts-expect-error before narrowing by type the payload is any of the payloads
  void event.payload.title;
  if (event.type === 'task.moved') {
    const status: TaskStatus = event.payload.status;
    void status;
    // @ts-expect-error a task has a title, not a name
    void event.payload.name;
  }
  if (event.type === 'goal.measured') {
    void event.payload.measurement.value;
    // @ts-expect-error a measurement change's value is its measurement's
    void event.payload.value;
  }
  if (event.type === 'member.removed') {
    // @ts-expect-error a revoked invitation has no user: narrow first
    void event.payload.userId;
  }
  // @ts-expect-error access loss reads a type with its payload, not a type with any payload
  accessLostBy({ type: 'member.removed', payload: task });
}

// @ts-expect-error a table of handlers lists every event type
export const incomplete: HubEventHandlers<string> = { 'task.created': ({ payload }) => payload.title };
