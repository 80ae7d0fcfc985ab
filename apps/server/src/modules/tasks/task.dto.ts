import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import {
  TASK_PRIORITIES,
  TASK_SORTS,
  TASK_STATUSES,
  ITEM_VISIBILITIES,
  type ItemVisibility,
  type TaskDto,
  type TaskPriority,
  type TaskSort,
  type TaskStatus,
} from '@hubspoke/contracts';
import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { VisibilityField } from '../working-groups/item-visibility';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../infra/http/dto-helpers';
import { PageQuery } from '../../infra/http/pagination';

const MAX_POSITION = 1e12;
const MAX_VERSION = 2_147_483_647;

const IsIsoDate = () =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }),
  );

const IsPosition = () =>
  applyDecorators(IsNumber({ allowNaN: false, allowInfinity: false }), Min(-MAX_POSITION), Max(MAX_POSITION));

const IsVersion = () => applyDecorators(IsInt(), Min(1), Max(MAX_VERSION));
const VERSION_DOC = { type: 'integer', minimum: 1, maximum: MAX_VERSION } as const;

export class CreateTaskDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Draft the cold-chain audit plan' })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiPropertyOptional({ maxLength: 20000, default: '' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES, default: 'todo' })
  @OptionalNotNull()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional({ enum: TASK_PRIORITIES, default: 'medium' })
  @OptionalNotNull()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'A goal of this hub' })
  @IsOptional()
  @IsUUID()
  goalId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'An active working group of this hub',
  })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string | null;

  @VisibilityField()
  visibility?: ItemVisibility;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: "An organization among the hub's active members",
  })
  @IsOptional()
  @IsUUID()
  assigneeOrganizationId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'An active member of the hub representing the assignee organization; needs assigneeOrganizationId',
  })
  @IsOptional()
  @IsUUID()
  assigneeUserId?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, example: '2026-06-30' })
  @IsOptional()
  @IsIsoDate()
  dueDate?: string | null;

  @ApiPropertyOptional({
    minimum: -MAX_POSITION,
    maximum: MAX_POSITION,
    description: 'Order within the status column; by default after its last card',
  })
  @OptionalNotNull()
  @IsPosition()
  position?: number;
}

export class UpdateTaskDto {
  @ApiProperty({ ...VERSION_DOC, description: 'The version this edit is based on; a stale one answers 409' })
  @IsVersion()
  version!: number;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @OptionalNotNull()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional({ maxLength: 20000 })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({
    enum: TASK_STATUSES,
    description: 'Follows the workflow; a new status puts the card at the end of its new column',
  })
  @OptionalNotNull()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional({ enum: TASK_PRIORITIES })
  @OptionalNotNull()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'null clears' })
  @IsOptional()
  @IsUUID()
  goalId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'null takes it out of its group' })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string | null;

  @VisibilityField()
  visibility?: ItemVisibility;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'null clears; another organization also clears assigneeUserId unless one is sent',
  })
  @IsOptional()
  @IsUUID()
  assigneeOrganizationId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'null clears' })
  @IsOptional()
  @IsUUID()
  assigneeUserId?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'null clears' })
  @IsOptional()
  @IsIsoDate()
  dueDate?: string | null;
}

export class MoveTaskDto {
  @ApiProperty(VERSION_DOC)
  @IsVersion()
  version!: number;

  @ApiProperty({ enum: TASK_STATUSES, description: 'The column it is dropped in; follows the workflow' })
  @IsIn(TASK_STATUSES)
  status!: TaskStatus;

  @ApiProperty({ minimum: -MAX_POSITION, maximum: MAX_POSITION, description: 'Usually between its new neighbours' })
  @IsPosition()
  position!: number;
}

export class DeleteTaskQuery {
  @ApiProperty({ ...VERSION_DOC, description: 'The version being deleted; a stale one answers 409' })
  @Type(() => Number)
  @IsVersion()
  version!: number;
}

const toList = ({ value }: { value: unknown }) => (Array.isArray(value) ? value : [value]);
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The filters a list and its per-status counts share. */
export class TaskFiltersQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  assigneeOrganizationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  goalId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The tasks of one working group' })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string;

  @ApiPropertyOptional({ description: 'true: due before today (UTC) and not done; false: the others' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ maxLength: 200, description: 'Text in the title or description, case-insensitive' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class TasksQuery extends IntersectionType(PageQuery, TaskFiltersQuery) {
  @ApiPropertyOptional({
    enum: TASK_STATUSES,
    isArray: true,
    description: 'Repeat the parameter for several statuses: `status=todo&status=blocked`',
  })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(TASK_STATUSES.length)
  @IsIn(TASK_STATUSES, { each: true })
  status?: TaskStatus[];

  @ApiPropertyOptional({
    enum: TASK_SORTS,
    default: 'created',
    description: 'created: newest first; position: board order (status, position); due: soonest first, undated last',
  })
  @IsOptional()
  @IsIn(TASK_SORTS)
  sort?: TaskSort;
}

export class TaskCountsDto implements Record<TaskStatus, number> {
  @ApiProperty() todo!: number;
  @ApiProperty() in_progress!: number;
  @ApiProperty() blocked!: number;
  @ApiProperty() done!: number;
}

export class TaskDtoDoc implements TaskDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) goalId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) workingGroupId!: string | null;
  @ApiProperty({ enum: ITEM_VISIBILITIES }) visibility!: ItemVisibility;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
  @ApiProperty({ enum: TASK_PRIORITIES }) priority!: TaskPriority;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) assigneeOrganizationId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) assigneeUserId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) createdById!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) createdByOrganizationId!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty() position!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Due before today (UTC) and not done' }) overdue!: boolean;
}

export class TasksPageDto {
  @ApiProperty({ type: [TaskDtoDoc] }) items!: TaskDtoDoc[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}
