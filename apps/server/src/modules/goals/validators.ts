import { GOAL_LIMITS } from '@hubspoke/contracts';
import { applyDecorators } from '@nestjs/common';
import { IsISO8601, IsNumber, Matches, Max, Min } from 'class-validator';

/** Bounds for goal baselines, targets and measured values: finite and far inside double precision. */
export const AMOUNT_LIMIT = GOAL_LIMITS.amount;

export const IsAmount = () =>
  applyDecorators(IsNumber({ allowNaN: false, allowInfinity: false }), Min(-AMOUNT_LIMIT), Max(AMOUNT_LIMIT));

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const IsIsoDate = () =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be a real calendar date' }),
  );

/** An instant with its time zone, so it means the same everywhere. */
export const IsIsoDateTime = () =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i, {
      message: '$property must be an ISO date-time with a time zone, such as 2025-06-30T00:00:00Z',
    }),
    IsISO8601({ strict: true }, { message: '$property must be a real date and time' }),
  );
