import {
  PRESENCE_TARGETS,
  type HubJoinRequest,
  type HubRef,
  type PresenceSetRequest,
  type PresenceTarget,
} from '@hubspoke/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { ApiException } from '../../infra/http/api-exception';
import { createValidationPipe } from '../../infra/http/validation.pipe';

const NOT_A_SEQ = { message: 'sinceSeq must be the seq of an event: a whole number, 0 or more' };

export class HubRefMessage implements HubRef {
  @IsUUID(undefined, { message: 'hubId must be the id of a hub' })
  hubId!: string;
}

export class HubJoinMessage extends HubRefMessage implements HubJoinRequest {
  @IsOptional()
  @IsInt(NOT_A_SEQ)
  @Min(0, NOT_A_SEQ)
  @Max(Number.MAX_SAFE_INTEGER, NOT_A_SEQ)
  sinceSeq?: number;
}

export class PresenceViewingMessage {
  @IsIn(PRESENCE_TARGETS, { message: `type must be one of ${PRESENCE_TARGETS.join(', ')}` })
  type!: PresenceTarget;

  @IsUUID(undefined, { message: 'id must be the id of what is viewed' })
  id!: string;
}

export class PresenceSetMessage extends HubRefMessage implements PresenceSetRequest {
  @IsOptional()
  @ValidateNested({ message: 'viewing must be an object with a type and an id, or null' })
  @Type(() => PresenceViewingMessage)
  viewing?: PresenceViewingMessage | null;
}

const pipe = createValidationPipe();
const NOT_AN_OBJECT = 'The message must be an object with the fields of the request';

/** Validates a socket message against its DTO with the same rules and 400 details as an HTTP body. */
export async function parseMessage<T extends object>(type: new () => T, body: unknown): Promise<T> {
  if (!isPlainObject(body)) throw ApiException.badRequest(NOT_AN_OBJECT);
  return (await pipe.transform(body, { type: 'body', metatype: type })) as T;
}

/** What socket.io makes of a JSON object; not an array, a binary attachment or a primitive. */
function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
