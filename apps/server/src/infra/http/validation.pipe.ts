import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ApiException } from './api-exception';

function collect(errors: ValidationError[], prefix: string, into: Record<string, string[]>): void {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) into[path] = Object.values(error.constraints);
    if (error.children?.length) collect(error.children, path, into);
  }
}

/** Validates every body and query against its DTO; unknown fields are rejected; messages keyed by field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details: Record<string, string[]> = {};
      collect(errors, '', details);
      return ApiException.badRequest('Some fields are invalid', details);
    },
  });
}
