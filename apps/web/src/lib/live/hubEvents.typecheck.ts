/**
 * Compiled by `npm run typecheck`, never run or imported. Each `@ts-expect-error` marks code the event types must
 * reject: were they loose again (`payload: unknown`, any, a cast), the directive would be unused and the typecheck
 * would fail.
 */
import type { HubEventDto, HubEventHandlers, HubEventOf } from '@hubspoke/contracts';
import { hubEvent } from '../../test/fixtures';

export function handlersSeeThePayloadOfTheirType(): HubEventHandlers<string>['comment.created'] {
  return ({ payload }) => {
    // @ts-expect-error a comment has a body, not a text
    void payload.text;
    return payload.body;
  };
}

export function liveEventsNarrowByType(event: HubEventDto): void {
  // @ts-expect-error before narrowing by type the payload is any of the payloads
  void event.payload.version;
  if (event.type === 'resolution.voted') {
    void event.payload.tally.for;
    // @ts-expect-error a resolution's votes are in its tally
    void event.payload.for;
  }
  if (event.type === 'goal.updated') {
    // @ts-expect-error a goal has a title, not a name
    void event.payload.name;
  }
}

export function eventsAreBuiltWithTheirPayload(resolutionEvent: HubEventOf<'resolution.voted'>): void {
  // @ts-expect-error a vote's event carries the resolution, not a seat
  hubEvent(1, 'board.seat_saved', resolutionEvent.payload);
}

// @ts-expect-error a table of handlers lists every event type
export const incomplete: HubEventHandlers<void> = { 'task.created': () => undefined };
