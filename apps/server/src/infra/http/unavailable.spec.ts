import { QueryFailedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { unavailableReason } from './unavailable';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('unavailableReason', () => {
  it.each([
    ['a restart ending the session', new QueryFailedError('SELECT 1', [], pgError('57P01'))],
    ['a server starting up (pool connect)', pgError('57P03', 'the database system is starting up')],
    ['a refused connection', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a lost connection', new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly'))],
    ['a pool acquire timeout', new Error('timeout exceeded when trying to connect')],
    ['a statement timeout', new QueryFailedError('SELECT 1', [], pgError('57014'))],
    ['too many connections', pgError('53300')],
    ['Redis without its connection', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ['a transaction whose connection was lost', new QueryRunnerProviderAlreadyReleasedError()],
    ['an error wrapped as cause', new Error('wrapped', { cause: pgError('ECONNRESET') })],
  ])('recognizes %s', (_, error) => {
    expect(unavailableReason(error)).not.toBeNull();
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], pgError('23505'))],
    ['a syntax error', new QueryFailedError('SELEC', [], pgError('42601'))],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a non-error', 'ECONNREFUSED'],
    [
      'a cycle of causes',
      (() => {
        const e: Error & { cause?: unknown } = new Error('a');
        e.cause = e;
        return e;
      })(),
    ],
  ])('leaves %s alone', (_, error) => {
    expect(unavailableReason(error)).toBeNull();
  });
});
