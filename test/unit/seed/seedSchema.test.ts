/**
 * The published seed schema (seeds/schema.json) is what the vocabulary builds, every seed file in the
 * repository satisfies it, and the shape check names file, record and field for what it refuses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkSeedShape } from '../../../src/seed/checkSeedShape.js';
import { checkSeeds } from '../../../src/seed/checkSeeds.js';
import { readSeedFiles, seedsDir } from '../../../src/seed/readSeedFiles.js';
import { buildSeedSchema } from '../../../src/seed/seedSchema.js';
import { formatProblem } from '../../../src/seed/validateSeeds.js';
import { seedDir } from './seedDirs.js';

const published = JSON.parse(fs.readFileSync(path.join(seedsDir, 'schema.json'), 'utf8')) as unknown;

describe('the seed schema', () => {
  it('is published as generated from the vocabulary (npm run seed:schema rewrites it)', () => {
    expect(published).toEqual(buildSeedSchema());
  });

  it('validates every seed file in the repository, each of which names it in its modeline', () => {
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(published as object);
    const { files, problems } = readSeedFiles();
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      expect({ file: file.path, valid: validate(file.data), errors: validate.errors ?? null }).toEqual({
        file: file.path,
        valid: true,
        errors: null,
      });
      const first = fs.readFileSync(path.join(seedsDir, file.path), 'utf8').split('\n')[0];
      const depth = file.path.split('/').length - 1;
      expect(first, file.path).toBe(`# yaml-language-server: $schema=${'../'.repeat(depth)}schema.json`);
    }
  });

  it('refuses an unknown key, naming file, record and field, instead of dropping it', () => {
    const data = parse(
      'instruments:\n  - id: x\n    kind: mou\n    title: X\n    evidence: [{ source: s, locator: l, excerpt: e }]\n    uses: [{ mechanism: m, asNamd: typo }]\n    shortTitel: typo\n',
    ) as unknown;
    expect(checkSeedShape({ path: 'instruments/x.yaml', data }).map(formatProblem)).toEqual([
      'instruments/x.yaml › x › shortTitel: unknown key "shortTitel"; see seeds/schema.json for the keys this record takes',
      'instruments/x.yaml › x › uses[0].asNamd: unknown key "asNamd"; see seeds/schema.json for the keys this record takes',
    ]);
  });

  it('reports a value outside the vocabulary once, with the allowed values', () => {
    const dir = seedDir({
      'sources.yaml': 'sources:\n  - { id: doc-a, kind: document, title: A, file: sources/a.txt }\n',
      'sources/a.txt': 'The text.',
      'provisions.yaml':
        'provisions:\n  - { id: p1, of: x, source: doc-a, locator: "§1", kind: promise, text: "The text.", modality: none }\n',
    });
    const messages = checkSeeds(dir)
      .problems.map(formatProblem)
      .filter((m) => m.includes('kind'));
    expect(messages).toEqual([expect.stringMatching(/^provisions\.yaml › p1 › kind: must be one of "preamble", "objective", /)]);
  });
});
