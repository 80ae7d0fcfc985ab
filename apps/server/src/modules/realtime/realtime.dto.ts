import {
  PRESENCE_TARGETS,
  type HubJoinRequest,
  type HubRef,
  type PresenceSetRequest,
  type PresenceTarget,
} from '@hubspoke/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { createValidationPipe } from '../../infra/http/validation.pipe';

export class HubRefMessage implements HubRef {
  @IsUUID()
  hubId!: string;
}

export class HubJoinMessage extends HubRefMessage implements HubJoinRequest {
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  sinceSeq?: number;
}

export class PresenceViewingMessage {
  @IsIn(PRESENCE_TARGETS)
  type!: PresenceTarget;

  @IsUUID()
  id!: string;
}

export class PresenceSetMessage extends HubRefMessage implements PresenceSetRequest {
  @IsOptional()
  @ValidateNested()
  @Type(() => PresenceViewingMessage)
  viewing?: PresenceViewingMessage | null;
}

const pipe = createValidationPipe();

/** Validates a socket message against its DTO with the same rules and 400 details as an HTTP body. */
export async function parseMessage<T extends object>(type: new () => T, body: unknown): Promise<T> {
  return (await pipe.transform(body ?? {}, { type: 'body', metatype: type })) as T;
}
