import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { translateDriverError } from '../../../src/db/createDb.js';
import { codeOf, conflict, notFound } from '../../../src/errors.js';

/** A driver error as the driver builds it: message, Neo4j code, GQL status and its description. */
const driverError = (code: string, message = `driver says ${code}`): Neo4jError =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('translateDriverError', () => {
  it.each([
    'ServiceUnavailable',
    'SessionExpired',
    'Neo.ClientError.Security.Unauthorized',
    'Neo.TransientError.General.DatabaseUnavailable',
    'Neo.TransientError.Transaction.DeadlockDetected',
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  ])('turns %s into SERVICE_UNAVAILABLE, saying the client may retry', (code) => {
    const translated = translateDriverError(driverError(code));
    expect(codeOf(translated)).toBe('SERVICE_UNAVAILABLE');
    expect((translated as Error).message).toBe('Kizuna cannot answer right now: the graph database is not reachable. Try again shortly.');
  });

  it('turns the pool giving up on a connection (an error without a code) into SERVICE_UNAVAILABLE', () => {
    const error = driverError(
      'N/A',
      'Connection acquisition timed out in 1500 ms. Pool status: Active conn count = 0, Idle conn count = 0.',
    );
    expect(codeOf(translateDriverError(error))).toBe('SERVICE_UNAVAILABLE');
  });

  it.each(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'])(
    'turns %s into QUERY_TIMEOUT, asking for less',
    (code) => {
      const translated = translateDriverError(driverError(code));
      expect(codeOf(translated)).toBe('QUERY_TIMEOUT');
      expect((translated as Error).message).toMatch(/^The query took too long and was stopped\./);
    },
  );

  it('turns a constraint violation into CONFLICT naming the unique id rule', () => {
    const translated = translateDriverError(driverError('Neo.ClientError.Schema.ConstraintValidationFailed'));
    expect(codeOf(translated)).toBe('CONFLICT');
    expect((translated as Error).message).toBe('That write conflicts with an existing record (an id must be unique across the graph).');
  });

  it.each([
    'Neo.ClientError.Statement.SyntaxError',
    'Neo.ClientError.Schema.ConstraintAlreadyExists',
    'Neo.DatabaseError.General.UnknownError',
    'N/A',
  ])('returns a driver error with the unknown code %s unchanged, for the HTTP layer to mask', (code) => {
    const error = driverError(code);
    expect(translateDriverError(error)).toBe(error);
  });

  it('returns an error that already carries a code unchanged', () => {
    const known = notFound('Instrument', 'nope');
    expect(translateDriverError(known)).toBe(known);
    const clash = conflict('already there');
    expect(translateDriverError(clash)).toBe(clash);
  });

  it('returns anything that is not a driver error unchanged', () => {
    const error = new Error('a bug of ours');
    expect(translateDriverError(error)).toBe(error);
    expect(translateDriverError('a string')).toBe('a string');
    expect(translateDriverError(undefined)).toBeUndefined();
  });
});
