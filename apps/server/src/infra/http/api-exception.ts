import { HttpException, HttpStatus } from '@nestjs/common';

/** Thrown by services for expected failures; the error filter renders it in the one error shape. */
export class ApiException extends HttpException {
  constructor(
    status: HttpStatus,
    message: string,
    readonly extra: { details?: Record<string, string[]>; current?: unknown } = {},
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

  static conflict(message: string, current?: unknown): ApiException {
    return new ApiException(HttpStatus.CONFLICT, message, { current });
  }

  static staleVersion(current: unknown): ApiException {
    return ApiException.conflict('This was changed by someone else; here is the current version', current);
  }
}
