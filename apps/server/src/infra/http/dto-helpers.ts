import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, Max, Min, ValidateIf } from 'class-validator';

/** Trims a string input before validation. */
export const Trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Upper-cases a string input before validation (country codes). */
export const UpperCased = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

/** Like IsOptional, but null is validated (and so rejected) instead of skipped: for PATCH fields whose column is NOT NULL. */
export const OptionalNotNull = () => ValidateIf((_: object, value: unknown) => value !== undefined);

/** A list of SDG numbers: integers 1..17, each at most once. */
export const IsSdgList = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(17),
    ArrayUnique(),
    IsInt({ each: true }),
    Min(1, { each: true }),
    Max(17, { each: true }),
  );

/** The fields of a PATCH body that were sent (class-transformer leaves the others undefined). */
export function sentFields<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)) as Partial<T>;
}
