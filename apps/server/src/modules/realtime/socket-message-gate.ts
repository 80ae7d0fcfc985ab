import { HttpStatus, Injectable } from '@nestjs/common';
import { ApiException } from '../../infra/http/api-exception';
import { AccountMessageBudgets } from './account-message-budgets';
import { socketFailure } from './socket-ack';
import { FixedWindowCounter, MAX_SOCKET_MESSAGES_PER_WINDOW, MESSAGE_WINDOW_MS } from './socket-limits';
import type { AppSocket } from './socket-types';

/**
 * What every message of a socket passes before a handler sees it, in O(1): the socket's flood limit (past it the
 * socket is disconnected), its account's budget on this instance (429), and a handler for its name (404). A refused
 * message is answered in its ack, in the one error shape.
 */
@Injectable()
export class SocketMessageGate {
  constructor(private readonly budgets: AccountMessageBudgets) {}

  open(socket: AppSocket): void {
    const flood = new FixedWindowCounter(MESSAGE_WINDOW_MS, MAX_SOCKET_MESSAGES_PER_WINDOW);
    const account = this.budgets.open(socket.data.user.id);
    socket.use(([name, ...args], next) => {
      if (flood.hit() > 0) {
        socket.disconnect(true);
        return;
      }
      const waitMs = account.hit();
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        return refuse(args, HttpStatus.TOO_MANY_REQUESTS, `Too many messages from your account: wait ${seconds} s`);
      }
      if (socket.listenerCount(name) === 0) return refuse(args, HttpStatus.NOT_FOUND, `Unknown message "${name}"`);
      next();
    });
  }

  close(socket: AppSocket): void {
    this.budgets.close(socket.data.user.id);
  }
}

/** Answers a refused message in its ack; a message sent without one expects no answer. */
function refuse(args: unknown[], status: HttpStatus, message: string): void {
  const ack = args.at(-1);
  if (typeof ack === 'function') ack(socketFailure(new ApiException(status, message)));
}
