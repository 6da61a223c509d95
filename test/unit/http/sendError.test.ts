import type { AddressInfo } from 'node:net';
import http from 'node:http';
import express, { type Response } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../src/errors.js';
import { sendError } from '../../../src/http/sendError.js';

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** Serves `handler` at / from a real express app on loopback; returns the origin. */
async function serve(handler: (res: Response) => void): Promise<string> {
  const app = express();
  app.get('/', (_req, res) => handler(res));
  server = http.createServer(app);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('sendError', () => {
  it('answers with the status the code implies and the GraphQL error envelope', async () => {
    const origin = await serve((res) => sendError(res, ErrorCode.NOT_FOUND, 'No asset /assets/x.js.'));
    const res = await fetch(origin);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ errors: [{ message: 'No asset /assets/x.js.', extensions: { code: 'NOT_FOUND' } }] });
  });

  it('uses the status the caller gives instead, when it knows better', async () => {
    const origin = await serve((res) => sendError(res, ErrorCode.BAD_REQUEST, 'The body must be JSON.', 415));
    const res = await fetch(origin);
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ errors: [{ message: 'The body must be JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('cuts the connection, without throwing, when the response has already started', async () => {
    let threw: unknown;
    const origin = await serve((res) => {
      res.status(200).type('text/csv');
      res.write('id,label\n');
      try {
        sendError(res, ErrorCode.SERVICE_UNAVAILABLE, 'Kizuna cannot answer right now.');
      } catch (error) {
        threw = error;
        res.end();
      }
    });
    // The client never gets a complete response it could mistake for the whole file.
    await expect(fetch(origin).then((res) => res.text())).rejects.toThrow(/fetch failed|terminated/);
    expect(threw).toBeUndefined();
  });
});
