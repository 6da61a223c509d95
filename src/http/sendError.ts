/**
 * The one way a route outside GraphQL answers with an error: the same envelope as GraphQL errors
 * (`{ errors: [{ message, extensions: { code } }] }`), with the status the code implies unless the
 * caller knows better. Never throws; after headers are sent it can only end the response.
 */
import type { Response } from 'express';
import { httpStatusOf, type ErrorCode } from '../errors.js';

export function sendError(res: Response, code: ErrorCode, message: string, status: number = httpStatusOf(code)): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
