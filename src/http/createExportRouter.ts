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
import { codeOf, ErrorCode } from '../errors.js';
import { edgesCsv } from '../export/edgesCsv.js';
import { graphJsonLd } from '../export/graphJsonLd.js';
import { nodesCsv } from '../export/nodesCsv.js';
import type { CsvFormat } from '../export/toCsvRow.js';
import { sendError } from './sendError.js';

export interface ExportOptions {
  /** Base of the stable IRIs in the JSON-LD (config KIZUNA_BASE_IRI), ending with a slash. */
  baseIri: string;
  /** Records read per database round trip. */
  pageSize?: number;
}

interface Download {
  contentType: string;
  filename: string;
  /** `format` is 'raw' when the request asks for ?raw=1; only the CSVs have two variants. */
  chunks: (format: CsvFormat) => AsyncGenerator<string>;
}

/**
 * ?raw=1 (or raw=true) asks for the exact stored values, no BOM and no formula neutralising; the
 * default is the spreadsheet-safe variant. Anything else is the default, never an error, so a
 * link with a stray parameter still downloads.
 */
function formatOf(req: Request): CsvFormat {
  const raw = req.query.raw;
  return raw === '1' || raw === 'true' ? 'raw' : 'spreadsheet';
}

/** Yields an already-read first result, then the rest of the iterator. */
async function* resume(first: IteratorResult<string>, rest: AsyncIterator<string>): AsyncGenerator<string> {
  for (let next = first; !next.done; next = await rest.next()) yield next.value;
}

/** A failure before the first byte: a coded error keeps its code and message; anything else is logged and masked. */
function sendExportError(req: Request, res: Response, error: unknown): void {
  const code = codeOf(error);
  if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR) return sendError(res, code, (error as Error).message);
  req.log?.error({ err: error }, 'export failed');
  sendError(res, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
}

async function send(req: Request, res: Response, download: Download): Promise<void> {
  const chunks = download.chunks(formatOf(req));
  let first: IteratorResult<string>;
  try {
    first = await chunks.next();
  } catch (error) {
    sendExportError(req, res, error);
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

/** Exports are not GraphQL requests: nobody reads their round-trip counts. */
const uncounted = () => ({ roundTrips: 0, cacheHits: 0 });

/**
 * Mount at /export; owns /graph.jsonld, /nodes.csv and /edges.csv, read through `db`. The CSVs are
 * spreadsheet-safe by default and exact with ?raw=1 (src/export/toCsvRow.ts).
 */
export function createExportRouter(db: Db, options: ExportOptions): express.Router {
  const pageSize = options.pageSize ?? 1_000;
  const downloads: Record<string, Download> = {
    '/graph.jsonld': {
      contentType: 'application/ld+json',
      filename: 'kizuna-graph.jsonld',
      chunks: () => graphJsonLd(db.reader(uncounted()), options.baseIri, pageSize),
    },
    '/nodes.csv': {
      contentType: 'text/csv; charset=utf-8; header=present',
      filename: 'kizuna-nodes.csv',
      chunks: (format) => nodesCsv(db.reader(uncounted()), pageSize, format),
    },
    '/edges.csv': {
      contentType: 'text/csv; charset=utf-8; header=present',
      filename: 'kizuna-edges.csv',
      chunks: (format) => edgesCsv(db.reader(uncounted()), pageSize, format),
    },
  };
  const router = express.Router();
  for (const [path, download] of Object.entries(downloads)) {
    router.get(path, (req, res) => send(req, res, download));
  }
  return router;
}
