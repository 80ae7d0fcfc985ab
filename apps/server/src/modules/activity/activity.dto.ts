import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HUB_EVENT_TYPES, type HubEventType } from '@hubspoke/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class EventsQuery {
  @ApiPropertyOptional({ description: 'Return events with seq greater than this', minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  after?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class HubEventDtoDoc {
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() seq!: number;
  @ApiProperty({ enum: HUB_EVENT_TYPES }) type!: HubEventType;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ format: 'uuid' }) entityId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload!: unknown;
  @ApiProperty() createdAt!: string;
}

export class EventsPageDto {
  @ApiProperty({ type: [HubEventDtoDoc] }) items!: HubEventDtoDoc[];
  @ApiProperty({ description: "The hub's latest seq" }) lastSeq!: number;
  @ApiProperty({ description: 'Pass as `after` for the next page; null when up to date', nullable: true, type: Number })
  nextAfter!: number | null;
}
