/**
 * The named Cypher statements in cypher/, loaded once at start-up. A name listed here without a
 * file (or a file without a name) fails start-up, never a request.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';

export const statementNames = [
  'curator-delete-relationship',
  'curator-delete-stale-values',
  'edges-of-nodes',
  'graph-fingerprint',
  'graph-report',
  'institutions-page',
  'instruments-page',
  'lineage-step',
  'nodes-by-ids',
  'nodes-page',
  'overlap-profiles',
  'related-ids',
  'relationships-count',
  'relationships-page',
  'search-entities',
  'seed-delete-stale-nodes',
  'seed-delete-stale-relationships',
  'seed-reset',
  'seed-upsert-nodes',
  'seed-upsert-relationships',
  'shortest-path',
  'successions-of-institutions',
  'technology-areas-page',
  'timeline',
] as const;

export type StatementName = (typeof statementNames)[number];
export type Statements = Readonly<Record<StatementName, string>>;

export const cypherDir = path.join(projectRoot, 'cypher');

/** Statement files that are not single named statements: the schema, applied statement by statement. */
const nonStatementFiles = new Set(['schema.cypher']);

export function loadStatements(dir: string = cypherDir): Statements {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cypher') && !nonStatementFiles.has(f));
  const known = new Set<string>(statementNames);
  const unknown = files.map((f) => f.replace(/\.cypher$/, '')).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(`cypher/ holds statements no code names: ${unknown.join(', ')} (add them to statementNames or delete them)`);
  }
  const entries = statementNames.map((name) => {
    const file = path.join(dir, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`Missing Cypher statement file cypher/${name}.cypher`);
    return [name, fs.readFileSync(file, 'utf8')] as const;
  });
  return Object.freeze(Object.fromEntries(entries) as Record<StatementName, string>);
}

/** Splits cypher/schema.cypher into statements (separated by semicolons at line ends), comments dropped. */
export function loadSchemaStatements(dir: string = cypherDir): string[] {
  const text = fs.readFileSync(path.join(dir, 'schema.cypher'), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
