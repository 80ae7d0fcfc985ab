import { HttpException, Logger } from '@nestjs/common';
import type { SocketFailure } from '@hubspoke/contracts';
import { ApiException } from '../../infra/http/api-exception';

const logger = new Logger('RealtimeGateway');

/** The ack of a failed socket request: an expected failure as HTTP would answer it, anything else a logged 500. */
export function socketFailure(error: unknown): SocketFailure {
  if (error instanceof HttpException) {
    const details = error instanceof ApiException ? error.extra.details : undefined;
    return { ok: false, error: { statusCode: error.getStatus(), message: error.message, ...(details && { details }) } };
  }
  logger.error(error);
  return { ok: false, error: { statusCode: 500, message: 'Something went wrong on our side' } };
}

/** Runs a socket request; a failure becomes `{ ok: false, error }` in the ack. */
export async function answer<T>(work: () => Promise<T>): Promise<T | SocketFailure> {
  try {
    return await work();
  } catch (error) {
    return socketFailure(error);
  }
}
