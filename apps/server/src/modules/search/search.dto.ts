import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  SEARCH_LIMIT_DEFAULT,
  SEARCH_LIMIT_MAX,
  SEARCH_QUERY_MAX,
  SEARCH_QUERY_MIN,
  TASK_STATUSES,
  type SearchGoalDto as SearchGoalContract,
  type SearchHubDto as SearchHubContract,
  type SearchOrganizationDto as SearchOrganizationContract,
  type SearchPersonDto as SearchPersonContract,
  type SearchResultsDto as SearchResultsContract,
  type SearchTaskDto as SearchTaskContract,
  type TaskStatus,
} from '@hubspoke/contracts';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class SearchQuery {
  @ApiProperty({
    minLength: SEARCH_QUERY_MIN,
    maxLength: SEARCH_QUERY_MAX,
    description: 'Words to look for, each as the start of a word (`freez` finds "freezers")',
  })
  @IsDefined()
  @IsString()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @Length(SEARCH_QUERY_MIN, SEARCH_QUERY_MAX)
  @Matches(/[\p{L}\p{N}]/u, { message: 'needs a letter or a digit' })
  q!: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: SEARCH_LIMIT_MAX,
    default: SEARCH_LIMIT_DEFAULT,
    description: 'Per kind',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SEARCH_LIMIT_MAX)
  limit?: number;
}

export class SearchHubDto implements SearchHubContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Whether I am an active member (else it is a public hub)' }) member!: boolean;
}

export class SearchTaskDto implements SearchTaskContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() hubName!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
}

export class SearchGoalDto implements SearchGoalContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() hubName!: string;
  @ApiProperty() title!: string;
}

export class SearchOrganizationDto implements SearchOrganizationContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String, example: 'KE' }) country!: string | null;
}

export class SearchPersonDto implements SearchPersonContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class SearchResultsDto implements SearchResultsContract {
  @ApiProperty({ type: [SearchHubDto] }) hubs!: SearchHubDto[];
  @ApiProperty({ type: [SearchTaskDto] }) tasks!: SearchTaskDto[];
  @ApiProperty({ type: [SearchGoalDto] }) goals!: SearchGoalDto[];
  @ApiProperty({ type: [SearchOrganizationDto] }) organizations!: SearchOrganizationDto[];
  @ApiProperty({ type: [SearchPersonDto], description: 'People of my hubs' }) people!: SearchPersonDto[];
}
