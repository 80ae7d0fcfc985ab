import { AccountMessageBudgets } from './account-message-budgets';
import { MAX_ACCOUNT_MESSAGES_PER_WINDOW, MESSAGE_WINDOW_MS } from './socket-limits';

describe('AccountMessageBudgets', () => {
  let budgets: AccountMessageBudgets;
  beforeEach(() => {
    jest.useFakeTimers();
    budgets = new AccountMessageBudgets();
  });
  afterEach(() => {
    budgets.onModuleDestroy();
    jest.useRealTimers();
  });

  const spend = (counter: { hit(): number }, messages: number) => {
    for (let i = 0; i < messages; i++) counter.hit();
  };

  it("shares one budget among an account's sockets, and says how long to wait past it", () => {
    const first = budgets.open('ana');
    const second = budgets.open('ana');
    spend(first, MAX_ACCOUNT_MESSAGES_PER_WINDOW - 1);
    expect(second.hit()).toBe(0);
    jest.advanceTimersByTime(4_000);
    expect(second.hit()).toBe(MESSAGE_WINDOW_MS - 4_000);
    expect(budgets.open('bob').hit()).toBe(0);
    jest.advanceTimersByTime(MESSAGE_WINDOW_MS - 4_000);
    expect(first.hit()).toBe(0);
  });

  it('keeps a spent budget across a reconnect until its window ends, then drops the account', () => {
    const spent = budgets.open('ana');
    spend(spent, MAX_ACCOUNT_MESSAGES_PER_WINDOW);
    budgets.close('ana');
    expect(budgets.open('ana')).toBe(spent);
    expect(spent.hit()).toBeGreaterThan(0);
    budgets.close('ana');
    jest.advanceTimersByTime(2 * MESSAGE_WINDOW_MS);
    expect(budgets.open('ana')).not.toBe(spent);
  });

  it('keeps the budget of an account with a socket open', () => {
    const open = budgets.open('ana');
    jest.advanceTimersByTime(2 * MESSAGE_WINDOW_MS);
    expect(budgets.open('ana')).toBe(open);
  });
});
