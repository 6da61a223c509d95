/**
 * Issue 15 item 3: /export/nodes.csv and /export/edges.csv are safe to open in a spreadsheet by
 * default (formula-like text cells neutralised with a leading single quote, a UTF-8 BOM first), and
 * exact with ?raw=1 (no BOM, the values as stored). Curator-written values carry the formulas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/createDb.js';
import { parseCsv } from '../support/parseCsv.js';
import { startTestKizuna, type TestKizuna } from './support/startTestKizuna.js';
import { openTestDb, restoreSeededGraph } from './support/testDb.js';

const CURATOR = { authorization: 'Bearer curator-token-0123456789abcdef' };
const MOC = 'moc-2023-industrial-science-technology';
const ID = 'moc-2099-formula-test';
const evidence = [{ source: 'doc-moc-2023', locator: '§6.1', excerpt: 'This MOC is not legally binding.' }];

const TITLE = '=HYPERLINK("http://x")';
const SUMMARY = '-2+3';
const NAME = '@SUM(1)';
const JAPANESE = '日加産業科学技術協力覚書';
const AS_NAMED = '+1+1';
const LOCATOR = '=1+1';

let kizuna: TestKizuna;
let db: Db;

/** The bytes and the rows of a download; the rows parsed after the BOM, if any. */
async function download(path: string): Promise<{ bytes: Buffer; rows: string[][] }> {
  const res = await fetch(`${kizuna.origin}${path}`);
  expect(res.status).toBe(200);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { bytes, rows: parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, '')) };
}

const rowOf = (rows: string[][], id: string): string[] => rows.find((r) => r[0] === id)!;

beforeAll(async () => {
  db = openTestDb();
  await restoreSeededGraph(db);
  kizuna = await startTestKizuna({ KIZUNA_TOKENS: 'curator-token-0123456789abcdef:curator:alice' });
  const upsert = await kizuna.graphql(
    'mutation ($input: InstrumentInput!) { upsertInstrument(input: $input) { id } }',
    {
      input: {
        id: ID,
        kind: 'MOC',
        title: TITLE,
        summary: SUMMARY,
        signedOn: '2099-04',
        countries: ['canada', 'japan'],
        names: [
          { value: NAME, kind: 'APPLIED' },
          { value: JAPANESE, kind: 'JAPANESE' },
        ],
        evidence,
      },
    },
    CURATOR,
  );
  expect(upsert.errors).toBeUndefined();
  const add = await kizuna.graphql(
    'mutation ($input: RelationshipInput!) { addRelationship(input: $input) { id } }',
    { input: { relation: 'CITES', from: ID, to: MOC, asNamed: AS_NAMED, evidence: [{ ...evidence[0], locator: LOCATOR }] } },
    CURATOR,
  );
  expect(add.errors).toBeUndefined();
});

afterAll(async () => {
  await kizuna?.stop();
  await restoreSeededGraph(db);
  await db.close();
});

describe('CSV exports: spreadsheet-safe by default', () => {
  it('neutralises formula-like titles, summaries and names in nodes.csv with a leading single quote', async () => {
    const { rows } = await download('/export/nodes.csv');
    const row = rowOf(rows, ID);
    expect(row[2]).toBe(`'${TITLE}`);
    expect(row[7]).toBe(`'${SUMMARY}`);
    expect(row[8]).toBe(`'${NAME};${JAPANESE}`);
    // Ids, dates and plain text stay as they are.
    expect(row[0]).toBe(ID);
    expect(row[4]).toBe('2099-04');
  });

  it('neutralises formula-like asNamed and evidence locators in edges.csv', async () => {
    const { rows } = await download('/export/edges.csv');
    const row = rowOf(rows, `CITES:${ID}:${MOC}`);
    expect(row[6]).toBe(`'${AS_NAMED}`);
    expect(row[8]).toBe(`'${LOCATOR}`);
  });

  it('starts with a UTF-8 BOM so Excel reads Japanese as UTF-8, and Japanese round-trips', async () => {
    for (const path of ['/export/nodes.csv', '/export/edges.csv']) {
      const { bytes } = await download(path);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    const { rows } = await download('/export/nodes.csv');
    expect(rowOf(rows, ID)[8]).toContain(JAPANESE);
    expect(rows[0]![0]).toBe('id');
  });
});

describe('CSV exports: ?raw=1 is exact', () => {
  it('writes the stored values unchanged and no BOM', async () => {
    const nodes = await download('/export/nodes.csv?raw=1');
    expect(nodes.bytes.subarray(0, 2).toString('utf8')).toBe('id');
    const node = rowOf(nodes.rows, ID);
    expect([node[2], node[7], node[8]]).toEqual([TITLE, SUMMARY, `${NAME};${JAPANESE}`]);

    const edges = await download('/export/edges.csv?raw=1');
    expect(edges.bytes.subarray(0, 2).toString('utf8')).toBe('id');
    const edge = rowOf(edges.rows, `CITES:${ID}:${MOC}`);
    expect([edge[6], edge[8]]).toEqual([AS_NAMED, LOCATOR]);
  });

  it('differs from the default only in the neutralised cells and the BOM', async () => {
    const [safe, raw] = await Promise.all([download('/export/nodes.csv'), download('/export/nodes.csv?raw=1')]);
    expect(safe.rows.length).toBe(raw.rows.length);
    const unquote = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
    expect(safe.rows.map((r) => r.map(unquote))).toEqual(raw.rows);
  });
});
