/**
 * Reads the curated YAML under seeds/ and the source texts excerpts are checked against.
 * YAML is parsed with the core schema so "1985-09-03" stays a string, never a timestamp.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { projectRoot } from '../config.js';
import type { SeedGraph } from '../model/vocabulary.js';
import type { Problem, SeedFile, SourceTextReader } from './validateSeeds.js';

export const seedsDir = path.join(projectRoot, 'seeds');

function listYaml(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listYaml(full);
      return /\.ya?ml$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

export function readSeedFiles(dir: string = seedsDir): { files: SeedFile[]; problems: Problem[] } {
  const files: SeedFile[] = [];
  const problems: Problem[] = [];
  for (const full of listYaml(dir)) {
    const rel = path.relative(dir, full);
    try {
      files.push({ path: rel, data: parse(fs.readFileSync(full, 'utf8'), { schema: 'core', uniqueKeys: true }) as unknown });
    } catch (error) {
      // Stryker disable next-line LogicalOperator: yaml gives every YAMLParseError it throws a linePos (prettyErrors is on by default) and other errors have none, so && and || choose alike.
      const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}` : '(file)';
      problems.push({
        file: rel,
        record: where,
        field: '(yaml)',
        // Stryker disable next-line StringLiteral: fs and yaml throw only Errors, and split always yields a first part; the fallbacks satisfy the types.
        message: error instanceof Error ? (error.message.split('\n')[0] ?? 'unreadable') : 'unreadable',
      });
    }
  }
  return { files, problems };
}

/** Documents are checked against their own text; public-record sources against public-record.md. */
export function createSourceTextReader(dir: string = seedsDir): SourceTextReader {
  return (source) => {
    const file = source.kind === 'document' ? source.file : 'sources/public-record.md';
    if (!file) return undefined;
    const full = path.resolve(dir, file);
    return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
  };
}

/** The text of every document source of a validated graph, by source id (for the coverage report). */
export function readSourceTexts(graph: SeedGraph, dir: string = seedsDir): Map<string, string> {
  const read = createSourceTextReader(dir);
  const texts = new Map<string, string>();
  for (const node of graph.nodes) {
    if (node.label !== 'Source' || node.props.kind !== 'document') continue;
    const text = read({ id: node.id, kind: 'document', file: String(node.props.file) });
    if (text !== undefined) texts.set(node.id, text);
  }
  return texts;
}
