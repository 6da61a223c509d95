/**
 * The judged relevance set (judged.yaml: queries with the ids that must appear in the top 3) and
 * its scores, shared by the test (test/integration/search-relevance.test.ts) and the benchmark
 * command that prints them (`npm run bench:search`, bench/search.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

export const categories = ['name', 'acronym', 'former', 'japanese', 'variant', 'typo', 'topic', 'phrase', 'partial'] as const;
export type Category = (typeof categories)[number];

export interface Judgement {
  query: string;
  category: Category;
  /** 1–3 ids, every one of which must be among the first 3 hits. */
  expect: string[];
  why: string;
}

const schema = {
  type: 'array',
  minItems: 150,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['query', 'category', 'expect', 'why'],
    properties: {
      query: { type: 'string', minLength: 1, maxLength: 200 },
      category: { enum: categories },
      expect: { type: 'array', minItems: 1, maxItems: 3, uniqueItems: true, items: { type: 'string', minLength: 1 } },
      why: { type: 'string', minLength: 1 },
    },
  },
};

export const judgedSetFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'judged.yaml');

/** Reads and validates judged.yaml; throws naming the entry and field of the first problems. */
export function loadJudgedSet(file = judgedSetFile): Judgement[] {
  const data: unknown = parse(fs.readFileSync(file, 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile<Judgement[]>(schema);
  if (!validate(data)) throw new Error(`${file}: ${(validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
  return data;
}

export interface QueryScore {
  judgement: Judgement;
  /** The ids search returned, best first (up to the depth asked for). */
  ranked: string[];
  /** 1 / the rank of the first expected id, 0 when none was returned. */
  reciprocalRank: number;
  /** The share of expected ids among the first 3. */
  recallAt3: number;
  /** Expected ids missing from the first 3. */
  missing: string[];
}

export interface RelevanceReport {
  queries: number;
  /** Mean reciprocal rank over all queries (0–1). */
  mrr: number;
  /** Mean recall@3 over all queries (0–1). */
  recallAt3: number;
  byCategory: Record<string, { queries: number; mrr: number; recallAt3: number }>;
  scores: QueryScore[];
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Scores one ranking against its judgement. */
export function scoreQuery(judgement: Judgement, ranked: string[]): QueryScore {
  const firstRank = ranked.findIndex((id) => judgement.expect.includes(id));
  const top3 = new Set(ranked.slice(0, 3));
  const missing = judgement.expect.filter((id) => !top3.has(id));
  return {
    judgement,
    ranked,
    reciprocalRank: firstRank < 0 ? 0 : 1 / (firstRank + 1),
    recallAt3: (judgement.expect.length - missing.length) / judgement.expect.length,
    missing,
  };
}

/** Runs every query through `rank` (ids best first), one at a time, and scores the set. */
export async function scoreJudgedSet(judgements: Judgement[], rank: (text: string) => Promise<string[]>): Promise<RelevanceReport> {
  const scores: QueryScore[] = [];
  for (const j of judgements) scores.push(scoreQuery(j, await rank(j.query)));
  const byCategory: RelevanceReport['byCategory'] = {};
  for (const c of categories) {
    const of = scores.filter((s) => s.judgement.category === c);
    if (of.length > 0)
      byCategory[c] = { queries: of.length, mrr: mean(of.map((s) => s.reciprocalRank)), recallAt3: mean(of.map((s) => s.recallAt3)) };
  }
  return {
    queries: scores.length,
    mrr: mean(scores.map((s) => s.reciprocalRank)),
    recallAt3: mean(scores.map((s) => s.recallAt3)),
    byCategory,
    scores,
  };
}

/** The report as a few lines of text: totals, per category, and every miss with what came instead. */
export function formatRelevanceReport(report: RelevanceReport): string {
  const pct = (x: number): string => x.toFixed(3);
  const lines = [
    `judged set: ${report.queries} queries · MRR ${pct(report.mrr)} · recall@3 ${pct(report.recallAt3)}`,
    ...Object.entries(report.byCategory).map(
      ([c, s]) => `  ${c.padEnd(9)} ${String(s.queries).padStart(3)} queries · MRR ${pct(s.mrr)} · recall@3 ${pct(s.recallAt3)}`,
    ),
  ];
  for (const s of report.scores.filter((x) => x.missing.length > 0))
    lines.push(`  miss: "${s.judgement.query}" wants ${s.missing.join(', ')}; top 3: ${s.ranked.slice(0, 3).join(', ') || '(nothing)'}`);
  return lines.join('\n');
}
