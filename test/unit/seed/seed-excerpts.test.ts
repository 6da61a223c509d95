/**
 * Independent of the validator: reads every excerpt the curated graph cites and looks for it in
 * the source text itself, so a bug in the validator cannot hide an invented quotation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkSeeds } from '../../../src/seed/checkSeeds.js';
import { seedsDir } from '../../../src/seed/readSeedFiles.js';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

// checkSeeds runs inside each test, not once in the describe body: StrykerJS then knows which tests
// cover each mutant instead of running the whole suite for it (work done outside a test is "static").
describe('the curated seed files', () => {
  it('validate with no problem', () => {
    const { problems } = checkSeeds();
    expect(problems.map((p) => `${p.file} › ${p.record} › ${p.field}: ${p.message}`)).toEqual([]);
  });

  it('quote every seed-document excerpt verbatim (whitespace-normalised) from that document', () => {
    const { graph } = checkSeeds();
    const { sources } = parse(fs.readFileSync(path.join(seedsDir, 'sources.yaml'), 'utf8')) as {
      sources: { id: string; kind: string; file?: string }[];
    };
    const texts = new Map(
      sources.map((s) => [
        s.id,
        squash(fs.readFileSync(path.join(seedsDir, s.kind === 'document' ? s.file! : 'sources/public-record.md'), 'utf8')),
      ]),
    );
    const evidence = [...graph.nodes, ...graph.relationships].flatMap((r) => r.evidence);
    expect(evidence.length).toBeGreaterThan(800);
    const notVerbatim = evidence.filter((e) => !texts.get(e.source)?.includes(squash(e.excerpt)));
    expect(notVerbatim).toEqual([]);
    const fromDocuments = evidence.filter((e) => sources.find((s) => s.id === e.source)?.kind === 'document');
    expect(new Set(fromDocuments.map((e) => e.source)).size).toBe(5);
  });

  it('hold the scale the sources call for', () => {
    const { graph } = checkSeeds();
    const count = (label: string): number => graph.nodes.filter((n) => n.label === label).length;
    expect(count('Instrument')).toBeGreaterThanOrEqual(35);
    expect(count('Institution')).toBeGreaterThanOrEqual(60);
    expect(count('Mechanism')).toBeGreaterThanOrEqual(30);
    expect(count('Event')).toBeGreaterThanOrEqual(45);
    expect(count('TechnologyArea')).toBeGreaterThanOrEqual(40);
  });
});
