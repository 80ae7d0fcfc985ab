import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';

export class FieldRuleDto {
  @ApiProperty({ example: 'ownerOrganizationId' }) field!: string;
  @ApiProperty({ example: 'isUuid', description: "A validator's constraint name or one of the api's own rules" })
  rule!: string;
}

export class ApiErrorDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ example: 'Some fields are invalid' }) message!: string;
  @ApiPropertyOptional({
    description: 'Messages per field path',
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
  })
  details?: Record<string, string[]>;
  @ApiPropertyOptional({ description: 'The broken rules, machine-readable, for clients to word', type: [FieldRuleDto] })
  fields?: FieldRuleDto[];
  @ApiPropertyOptional({
    description: 'On 409 for a stale version: the entity as it is now',
    type: 'object',
    additionalProperties: true,
  })
  current?: unknown;
}

/** Documents the error statuses a route can answer, all in the one error shape. */
export function ApiErrors(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: STATUS_CODES[status], type: ApiErrorDto })),
  );
}
