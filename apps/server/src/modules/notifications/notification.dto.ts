import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_TYPES, type NotificationDto, type NotificationType } from '@hubspoke/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
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
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty({ enum: NOTIFICATION_TYPES }) type!: NotificationType;
  @ApiProperty({ format: 'uuid', description: 'The task, comment, invitation or measurement it is about' })
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
