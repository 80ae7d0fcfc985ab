import { HttpStatus } from '@nestjs/common';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { ApiException } from '../../infra/http/api-exception';
import type { AccessTokenService } from '../auth/access-token.service';

/** The import route, under the api prefix. */
export const NETWORK_IMPORTS_PATH = '/network/imports';
export const IMPORT_LIMIT_MB = 20;
/** What the import route reads as the file: JSON, or CSV (`text/plain` too, as some tools send CSV so). */
export const IMPORT_MEDIA_TYPES = ['application/json', 'text/csv', 'text/plain'];

/**
 * Reads the body of `POST <prefix>/network/imports` as text, up to 20 MB: mounted before the app's 1 MB JSON parser,
 * which then leaves the already read body alone. Only for a caller whose access token verifies: a token that does not
 * is answered 401 here, before a byte of the body is read; an anonymous upload is not read at this size either (the
 * 1 MB parsers and then the auth guard answer it).
 */
export function networkImportBodyParser(tokens: AccessTokenService): RequestHandler {
  const read = express.text({ type: IMPORT_MEDIA_TYPES, limit: `${IMPORT_LIMIT_MB}mb` });
  return (req: Request, res: Response, next: NextFunction) => {
    const exact = req.path === '/' || req.path === '';
    const header = req.headers.authorization;
    if (req.method !== 'POST' || !exact || header === undefined) return next();
    if (!tokens.verify(header.startsWith('Bearer ') ? header.slice(7) : undefined)) {
      // Closing the connection after the answer, as Node would otherwise read the rest of the body to reuse it.
      res.setHeader('Connection', 'close');
      return next(new ApiException(HttpStatus.UNAUTHORIZED, 'The access token is invalid or expired'));
    }
    read(req, res, (error?: unknown) => {
      if ((error as { type?: unknown } | undefined)?.type === 'entity.too.large') {
        return next(
          new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, `The file is too large (limit ${IMPORT_LIMIT_MB} MB)`),
        );
      }
      next(error);
    });
  };
}
