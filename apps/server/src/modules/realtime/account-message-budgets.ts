import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { FixedWindowCounter, MAX_ACCOUNT_MESSAGES_PER_WINDOW, MESSAGE_WINDOW_MS } from './socket-limits';

interface AccountBudget {
  counter: FixedWindowCounter;
  sockets: number;
}

/**
 * Each account's socket message budget on this instance, shared by its sockets here. Kept in process: a socket lives
 * on one instance, and a Redis round trip per message would cost more than most messages do. A budget outlives the
 * account's last socket until its window ends (reconnecting does not refill it); then it is dropped, so memory follows
 * the connected accounts.
 */
@Injectable()
export class AccountMessageBudgets implements OnModuleDestroy {
  private readonly budgets = new Map<string, AccountBudget>();
  private readonly sweeper = setInterval(() => this.dropIdle(Date.now()), MESSAGE_WINDOW_MS).unref();

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  /** The account's counter, for a socket of it that opened. */
  open(userId: string): FixedWindowCounter {
    let budget = this.budgets.get(userId);
    if (!budget) {
      budget = { counter: new FixedWindowCounter(MESSAGE_WINDOW_MS, MAX_ACCOUNT_MESSAGES_PER_WINDOW), sockets: 0 };
      this.budgets.set(userId, budget);
    }
    budget.sockets++;
    return budget.counter;
  }

  close(userId: string): void {
    const budget = this.budgets.get(userId);
    if (budget) budget.sockets--;
  }

  /** Drops the budgets of accounts without a socket here whose window has ended. */
  private dropIdle(now: number): void {
    for (const [userId, budget] of this.budgets) {
      if (budget.sockets === 0 && budget.counter.endedBy(now)) this.budgets.delete(userId);
    }
  }
}
