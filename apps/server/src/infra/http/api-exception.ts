import { HttpException, HttpStatus } from '@nestjs/common';
import type { FieldRule } from '@hubspoke/contracts';

/** A field that broke a rule, with the developer's message for it. */
export interface FieldProblem extends FieldRule {
  message: string;
}

/** Thrown by services for expected failures; the error filter renders it in the one error shape. */
export class ApiException extends HttpException {
  constructor(
    status: HttpStatus,
    message: string,
    readonly extra: { details?: Record<string, string[]>; fields?: FieldRule[]; current?: unknown } = {},
  ) {
    super(message, status);
  }

  static notFound(what: string): ApiException {
    return new ApiException(HttpStatus.NOT_FOUND, `${what} not found`);
  }

  static forbidden(message = 'You are not allowed to do this in this hub'): ApiException {
    return new ApiException(HttpStatus.FORBIDDEN, message);
  }

  static badRequest(message: string, details?: Record<string, string[]>): ApiException {
    return new ApiException(HttpStatus.BAD_REQUEST, message, { details });
  }

  /** 400 for broken field rules: messages per field in `details`, the rules themselves in `fields`. */
  static invalidFields(problems: FieldProblem[]): ApiException {
    const details: Record<string, string[]> = {};
    for (const { field, message } of problems) (details[field] ??= []).push(message);
    return new ApiException(HttpStatus.BAD_REQUEST, 'Some fields are invalid', {
      details,
      fields: problems.map(({ field, rule }) => ({ field, rule })),
    });
  }

  static conflict(message: string, current?: unknown): ApiException {
    return new ApiException(HttpStatus.CONFLICT, message, { current });
  }

  static staleVersion(current: unknown): ApiException {
    return ApiException.conflict('This was changed by someone else; here is the current version', current);
  }
}
