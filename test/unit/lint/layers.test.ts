/**
 * The layer rule in eslint.config.js bites: an import that points up the floor plan, or the Neo4j
 * driver outside src/db/, fails lint. Runs ESLint with the project's own configuration.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layer rule', () => {
  it.each([
    ['src/graph/walk.ts', "import { createContext } from '../graphql/context.js';"],
    ['src/curation/write.ts', "import { resolvers } from '../graphql/resolvers/index.js';"],
    ['src/export/file.ts', "import { createServer } from '../http/createServer.js';"],
    ['src/db/createThing.ts', "import { readSeedFiles } from '../seed/readSeedFiles.js';"],
    ['src/seed/load.ts', "import { traceLineage } from '../graph/traceLineage.js';"],
    ['src/graphql/resolvers/Thing.ts', "import { startKizuna } from '../../app/startKizuna.js';"],
    ['src/model/records2.ts', "import { ErrorCode } from '../errors.js';"],
    ['src/errors2.ts', "import { toNodeRecord } from './db/toNodeRecord.js';"],
  ])('refuses an upward import in %s', async (file, code) => {
    expect(await problems(file, `${code}\nexport {};\n`)).toHaveLength(1);
  });

  it.each([
    ['src/graphql/resolvers/Thing.ts', "import { traceLineage } from '../../graph/traceLineage.js';"],
    ['src/graph/walk.ts', "import { toNodeRecord } from '../db/toNodeRecord.js';"],
    ['src/seed/load.ts', "import type { Db } from '../db/createDb.js';"],
    ['src/curation/write.ts', "import { createError } from '../errors.js';"],
  ])('allows a downward import in %s', async (file, code) => {
    expect(await problems(file, `${code}\nexport {};\n`)).toEqual([]);
  });

  it('keeps the Neo4j driver inside src/db', async () => {
    const code = "import neo4j from 'neo4j-driver';\nexport const n = neo4j;\n";
    expect(await problems('src/graph/walk.ts', code)).toEqual([expect.stringContaining('Only src/db/ talks to Neo4j')]);
    expect(await problems('src/db/createDb2.ts', code)).toEqual([]);
  });
});
