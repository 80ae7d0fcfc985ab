import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { socketFailure } from './socket-ack';

/** Where the ack callback sits among a gateway handler's arguments: (socket, payload, ack). */
const ACK_ARGUMENT = 2;

/**
 * Answers a failure before the handler ran (a global pipe refusing the payload) in the message's ack, in the one error
 * shape, instead of Nest's `exception` event, which a client waiting for its ack never hears.
 */
@Catch()
export class SocketAckFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const failure = socketFailure(error);
    const ack: unknown = host.getArgByIndex(ACK_ARGUMENT);
    if (typeof ack === 'function') ack(failure);
  }
}
