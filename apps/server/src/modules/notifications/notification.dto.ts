import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TYPES,
  type NotificationChannel,
  type NotificationDto,
  type NotificationSettingDto,
  type NotificationSettingsDto,
  type NotificationType,
  type UpdateNotificationSettingsDto,
} from '@hubspoke/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { PageQuery } from '../../infra/http/pagination';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class NotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only unread notifications', type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;
}

export class NotificationDtoDoc implements NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null for a challenge’s notifications' })
  hubId!: string | null;
  @ApiProperty({ enum: NOTIFICATION_TYPES }) type!: NotificationType;
  @ApiProperty({
    format: 'uuid',
    description: 'The task, comment, invitation, measurement, resolution, review or proposal it is about',
  })
  entityId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Ids to link to, e.g. taskId, goalId' })
  payload!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) readAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NotificationsPageDto {
  @ApiProperty({ type: [NotificationDtoDoc] }) items!: NotificationDtoDoc[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ReadAllResultDto {
  @ApiProperty({ description: 'How many notifications were marked read' }) updated!: number;
}

export class NotificationSettingDtoDoc implements NotificationSettingDto {
  @ApiProperty({ enum: NOTIFICATION_TYPES }) type!: NotificationType;
  @ApiProperty({ enum: NOTIFICATION_CHANNELS, description: 'email: in the inbox and by email' })
  channel!: NotificationChannel;
  @ApiProperty({ enum: NOTIFICATION_CHANNELS }) defaultChannel!: NotificationChannel;
}

export class NotificationSettingsDtoDoc implements NotificationSettingsDto {
  @ApiProperty({ type: [NotificationSettingDtoDoc], description: 'Every kind, in the order of the settings page' })
  settings!: NotificationSettingDtoDoc[];
}

export class NotificationChoiceDto {
  @ApiProperty({ enum: NOTIFICATION_TYPES })
  @IsIn(NOTIFICATION_TYPES)
  type!: NotificationType;

  @ApiProperty({ enum: NOTIFICATION_CHANNELS })
  @IsIn(NOTIFICATION_CHANNELS)
  channel!: NotificationChannel;
}

export class UpdateNotificationSettingsBody implements UpdateNotificationSettingsDto {
  @ApiProperty({ type: [NotificationChoiceDto], description: 'The kinds to change, each once; the others stay' })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_TYPES.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationChoiceDto)
  settings!: NotificationChoiceDto[];
}
