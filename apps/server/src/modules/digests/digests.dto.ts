import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DIGEST_CADENCES,
  DIGEST_CHANNELS,
  HUB_ROLES,
  type ActiveCadence,
  type DigestCadence,
  type DigestChannel,
  type DigestDto,
  type DigestPreferenceDto,
  type HubRole,
} from '@hubspoke/contracts';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { PageQuery } from '../../infra/http/pagination';

const ACTIVE: ActiveCadence[] = ['daily', 'weekly'];

export class UpdateDigestPreferenceDto {
  @ApiProperty({ enum: DIGEST_CADENCES })
  @IsIn(DIGEST_CADENCES)
  cadence!: DigestCadence;

  @ApiProperty({ example: 'Europe/Paris', description: 'IANA time zone', maxLength: 64 })
  @IsString()
  @MaxLength(64)
  timeZone!: string;

  @ApiProperty({ example: '08:00', description: 'Local delivery time, HH:MM (24 h)' })
  @IsString()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'deliveryTime must be HH:MM' })
  deliveryTime!: string;

  @ApiProperty({ enum: DIGEST_CHANNELS, isArray: true })
  @IsArray()
  @ArrayMaxSize(DIGEST_CHANNELS.length)
  @ArrayUnique()
  @IsIn(DIGEST_CHANNELS, { each: true })
  channels!: DigestChannel[];
}

export class DigestPreferenceDtoDoc implements DigestPreferenceDto {
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty({ enum: DIGEST_CADENCES }) cadence!: DigestCadence;
  @ApiProperty({ example: 'UTC' }) timeZone!: string;
  @ApiProperty({ example: '08:00' }) deliveryTime!: string;
  @ApiProperty({ enum: DIGEST_CHANNELS, isArray: true }) channels!: DigestChannel[];
  @ApiProperty({ description: 'False while the role defaults apply' }) customized!: boolean;
  @ApiProperty({
    description:
      'True after an email’s unsubscribe link: no digest nor notification email of the hub until saved again',
  })
  unsubscribed!: boolean;
}

export class UnsubscribeQuery {
  @ApiProperty({ description: 'The token of the link in a digest email', maxLength: 300 })
  @IsString()
  @MaxLength(300)
  token!: string;
}

export class UnsubscribeResultDto {
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty({ enum: ['off'] }) cadence!: 'off';
}

export class DigestPreviewQuery {
  @ApiProperty({ enum: HUB_ROLES })
  @IsIn(HUB_ROLES)
  role!: HubRole;

  @ApiProperty({ enum: ACTIVE })
  @IsIn(ACTIVE)
  cadence!: ActiveCadence;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'For a member preview: whose view; by default the first member organization of that role',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class SendNowDto {
  @ApiProperty({ enum: ACTIVE })
  @IsIn(ACTIVE)
  cadence!: ActiveCadence;
}

export class SendNowResultDto {
  @ApiProperty({ description: 'The build job, deterministic per hub, cadence and minute' }) jobId!: string;
}

class DigestSectionDoc {
  @ApiProperty() key!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String] }) items!: string[];
}

class DigestContentDoc {
  @ApiProperty() hubName!: string;
  @ApiProperty({ format: 'date-time' }) periodStart!: string;
  @ApiProperty({ format: 'date-time' }) periodEnd!: string;
  @ApiProperty({ type: [DigestSectionDoc] }) sections!: DigestSectionDoc[];
}

export class DigestPreviewDto {
  @ApiProperty({ description: 'True when this digest would not be sent: nothing in it is news' }) empty!: boolean;
  @ApiProperty({ nullable: true, type: String }) subject!: string | null;
  @ApiProperty({ nullable: true, type: DigestContentDoc }) content!: DigestContentDoc | null;
  @ApiProperty({ nullable: true, type: String, description: 'The plain-text email' }) text!: string | null;
}

export class DigestDtoDoc implements DigestDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty({ enum: ACTIVE }) cadence!: ActiveCadence;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: DigestContentDoc }) content!: DigestContentDoc;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) readAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class DigestsPageDto {
  @ApiProperty({ type: [DigestDtoDoc] }) items!: DigestDtoDoc[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class OutboxEmailDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() to!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() text!: string;
  @ApiProperty() html!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class OutboxPageDto {
  @ApiProperty({ type: [OutboxEmailDto] }) items!: OutboxEmailDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export { PageQuery as DigestsQuery };
