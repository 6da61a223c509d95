/**
 * The bulk downloads: GET /export/graph.jsonld, /export/nodes.csv and /export/edges.csv. Each is
 * streamed page by page (keyset pages of `pageSize` records), so memory stays flat however large
 * the graph. The first page is read before any header is sent: when Neo4j is down the answer is a
 * clean 503 in GraphQL's error shape, not a truncated file. A failure after that aborts the
 * response, so a client never mistakes a partial file for a whole one.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express, { type Request, type Response } from 'express';
import type { Db } from '../db/createDb.js';
import { ErrorCode, isGraphQLError } from '../errors.js';
import { edgesCsv } from './edgesCsv.js';
import { graphJsonLd } from './graphJsonLd.js';
import { nodesCsv } from './nodesCsv.js';

export interface ExportOptions {
  /** Base of the stable IRIs in the JSON-LD (config KIZUNA_BASE_IRI), ending with a slash. */
  baseIri: string;
  /** Records read per database round trip. */
  pageSize?: number;
}

interface Download {
  contentType: string;
  filename: string;
  chunks: () => AsyncGenerator<string>;
}

/** Yields an already-read first result, then the rest of the iterator. */
async function* resume(first: IteratorResult<string>, rest: AsyncIterator<string>): AsyncGenerator<string> {
  for (let next = first; !next.done; next = await rest.next()) yield next.value;
}

function sendError(req: Request, res: Response, error: unknown): void {
  const unavailable = isGraphQLError(error) && error.extensions.code === ErrorCode.SERVICE_UNAVAILABLE;
  if (!unavailable) req.log?.error({ err: error }, 'export failed');
  const [status, code, message] = unavailable
    ? [503, ErrorCode.SERVICE_UNAVAILABLE, (error as Error).message]
    : [500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.'];
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

async function send(req: Request, res: Response, download: Download): Promise<void> {
  const chunks = download.chunks();
  let first: IteratorResult<string>;
  try {
    first = await chunks.next();
  } catch (error) {
    sendError(req, res, error);
    return;
  }
  res.status(200);
  res.setHeader('content-type', download.contentType);
  res.setHeader('content-disposition', `attachment; filename="${download.filename}"`);
  res.setHeader('cache-control', 'no-store');
  try {
    // pipeline honours back-pressure and, if the client goes away, stops reading pages.
    await pipeline(Readable.from(resume(first, chunks)), res);
  } catch (error) {
    if (!res.destroyed) res.destroy(error as Error);
    req.log?.warn({ err: error }, 'export aborted after the first page');
  }
}

export function createExportRouter(db: Db, options: ExportOptions): express.Router {
  const pageSize = options.pageSize ?? 1_000;
  const downloads: Record<string, Download> = {
    '/graph.jsonld': {
      contentType: 'application/ld+json',
      filename: 'kizuna-graph.jsonld',
      chunks: () => graphJsonLd(db, options.baseIri, pageSize),
    },
    '/nodes.csv': {
      contentType: 'text/csv; charset=utf-8; header=present',
      filename: 'kizuna-nodes.csv',
      chunks: () => nodesCsv(db, pageSize),
    },
    '/edges.csv': {
      contentType: 'text/csv; charset=utf-8; header=present',
      filename: 'kizuna-edges.csv',
      chunks: () => edgesCsv(db, pageSize),
    },
  };
  const router = express.Router();
  for (const [path, download] of Object.entries(downloads)) {
    router.get(path, (req, res) => send(req, res, download));
  }
  return router;
}
