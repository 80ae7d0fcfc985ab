import {
  applyDecorators,
  Injectable,
  StreamableFile,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { ApiOkResponse, type ApiResponseNoStatusOptions } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Readable } from 'node:stream';
import { tap, type Observable } from 'rxjs';

export const TRUNCATED_HEADER = 'X-Export-Truncated';
export const ROW_LIMIT_HEADER = 'X-Export-Row-Limit';

/** A streamed export, and whether a table of it held more rows than the limit (then the file stops at the limit). */
export class ExportFile extends StreamableFile {
  constructor(
    stream: Readable,
    options: { type: string; disposition: string },
    readonly rowLimit: number,
    readonly truncated: boolean,
  ) {
    super(stream, options);
  }
}

/** Puts an ExportFile's limit in its response headers (StreamableFile sets only type, disposition and length). */
@Injectable()
export class ExportHeadersInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      tap((body) => {
        if (!(body instanceof ExportFile)) return;
        res.setHeader(ROW_LIMIT_HEADER, String(body.rowLimit));
        res.setHeader(TRUNCATED_HEADER, String(body.truncated));
      }),
    );
  }
}

/** The 200 of a route answering an ExportFile: documented with the limit headers, which it gets set. */
export function ExportResponse(options: ApiResponseNoStatusOptions) {
  return applyDecorators(
    UseInterceptors(ExportHeadersInterceptor),
    ApiOkResponse({
      ...options,
      headers: {
        [ROW_LIMIT_HEADER]: {
          description: 'The most rows a table of this export holds (EXPORT_MAX_ROWS)',
          schema: { type: 'integer' },
        },
        [TRUNCATED_HEADER]: {
          description: 'true when a table had more rows than the limit: the file holds its first rows only',
          schema: { type: 'boolean' },
        },
      },
    }),
  );
}
