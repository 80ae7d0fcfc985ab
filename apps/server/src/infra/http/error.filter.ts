import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError } from '@hubspoke/contracts';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';
import { ApiException } from './api-exception';
import { RETRY_AFTER_SECONDS, unavailableReason } from './unavailable';

/** PostgreSQL error codes that mean the input was wrong, not the server. */
const PG_CLIENT_ERRORS: Record<string, { status: number; message: string }> = {
  '22P02': { status: 400, message: 'A value has an invalid format' },
  '22003': { status: 400, message: 'A number is out of range' },
  '22007': { status: 400, message: 'A date is invalid' },
  '22008': { status: 400, message: 'A date is out of range' },
  '22001': { status: 400, message: 'A value is too long' },
  '22021': { status: 400, message: 'A text contains bytes that are not valid UTF-8 text' },
  '22P05': { status: 400, message: 'A text contains a character that cannot be stored (such as \\u0000)' },
  '54000': { status: 400, message: 'A value is too large to store' },
  '23502': { status: 400, message: 'A required value is missing' },
  '23503': { status: 400, message: 'A referenced record does not exist' },
  '23505': { status: 409, message: 'This already exists' },
  '23514': { status: 400, message: 'A value breaks a rule of the data' },
};

/**
 * Renders every error as the one ApiError shape; unknown errors become a logged 500 without internals. A dependency
 * that is away (PostgreSQL or Redis restarting, unreachable, out of connections) answers 503 with Retry-After, so
 * clients and load balancers retry instead of reporting a bug.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const unavailable = exception instanceof HttpException ? null : unavailableReason(exception);
    const body = unavailable
      ? shape(HttpStatus.SERVICE_UNAVAILABLE, 'The service is temporarily unavailable; try again shortly')
      : this.toApiError(exception);
    if (unavailable) this.logger.warn(`Answered 503: ${unavailable}`);
    // a deliberate 503 (readiness while a dependency is away) is not a bug: no stack trace, no error
    else if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) this.logger.warn(`Answered 503: ${body.message}`);
    else if (body.statusCode >= 500) this.logger.error(exception);
    if (res.headersSent) return;
    if (unavailable) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(body.statusCode).json(body);
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof ApiException) {
      return { ...shape(exception.getStatus(), exception.message), ...exception.extra };
    }
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : Array.isArray((response as { message?: unknown }).message)
            ? ((response as { message: string[] }).message.join('; ') ?? exception.message)
            : String((response as { message?: unknown }).message ?? exception.message);
      return shape(exception.getStatus(), message);
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code ?? '';
      const known = PG_CLIENT_ERRORS[code];
      if (known) return shape(known.status, known.message);
    }
    // body-parser errors: malformed JSON (400), body too large (413), bad charset (415)
    const status = (exception as { status?: unknown; type?: unknown })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500 && (exception as { type?: unknown }).type) {
      const message =
        status === 413
          ? 'The request body is too large (limit 1 MB)'
          : status === 400
            ? 'The request body is not valid JSON'
            : ((exception as Error).message ?? 'Bad request');
      return shape(status, message);
    }
    return shape(HttpStatus.INTERNAL_SERVER_ERROR, 'Something went wrong on our side');
  }
}

function shape(statusCode: number, message: string): ApiError {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}
