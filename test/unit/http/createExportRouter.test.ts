import type { AddressInfo } from 'node:net';
import http from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/db/createDb.js';
import { serviceUnavailable } from '../../../src/errors.js';
import { createExportRouter } from '../../../src/http/createExportRouter.js';

/** A Db whose readers always fail with the given error; nothing else is called by the exports. */
function failingDb(error: unknown): Db {
  return { reader: () => ({ read: () => Promise.reject(error) }) } as unknown as Db;
}

let server: http.Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

async function serve(db: Db): Promise<string> {
  const app = express();
  app.use('/export', createExportRouter(db, { baseIri: 'https://kizuna.example/' }));
  server = http.createServer(app);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the export routes when the database fails', () => {
  it.each(['/export/graph.jsonld', '/export/nodes.csv', '/export/edges.csv'])(
    'answer %s with 503 SERVICE_UNAVAILABLE in GraphQL error shape when Neo4j is down, before any file header',
    async (path) => {
      const origin = await serve(failingDb(serviceUnavailable()));
      const res = await fetch(`${origin}${path}`);
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('content-disposition')).toBeNull();
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors[0]?.message).toContain('Try again shortly');
    },
  );

  it('masks an unexpected failure as a 500 without its details', async () => {
    const origin = await serve(failingDb(new Error('secret internals at db.ts:42')));
    const res = await fetch(`${origin}/export/nodes.csv`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(text).not.toContain('secret');
  });
});
