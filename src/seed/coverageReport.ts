/**
 * How much of each source document the graph holds (`npm run seed -- --check --report`): every
 * paragraph, bullet and line of a document's text is a block, and a block is held when provisions
 * (or, for a document that is not an instrument's text, provisions and evidence excerpts) cover its
 * words. Every number a block states is held when a Figure's `asWritten` from that source contains
 * it. What is left out is listed: furniture and headings with their reason (the source's `omit`
 * list in seeds/sources.yaml), the rest as missing. Pure: it reads a validated SeedGraph and texts.
 */
import type { GraphNode, SeedGraph } from '../model/vocabulary.js';
import { normaliseWhitespace } from './normaliseWhitespace.js';

export interface BlockCoverage {
  /** The block's text, whitespace folded. */
  text: string;
  /** provision: its words are provisions; evidence: provisions and other facts' excerpts; omitted: furniture or a heading (see reason); missing: neither. */
  status: 'provision' | 'evidence' | 'omitted' | 'missing';
  /** Share of the block's characters covered (0–1). */
  covered: number;
  reason?: string;
}

export interface NumberCoverage {
  /** The number as the block writes it ("$29.4 billion", "26", "eleven hundred"). */
  text: string;
  block: string;
  held: boolean;
  reason?: string;
}

export interface SourceCoverage {
  source: string;
  file: string;
  blocks: BlockCoverage[];
  numbers: NumberCoverage[];
}

/** Share of a block that counts as held. Less than all, because punctuation between quoted provisions is not a provision. */
const HELD = 0.9;

/** Numerals with their units, and number words ("eleven hundred", "three", "sixth"). */
const NUMBER =
  /(?<![A-Za-z\d])(?:(?:C|US)?\$|¥)?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:billion|million|thousand|per cent|percent|%))?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twice|triple|double)\b(?:\s(?:hundred|thousand|million|billion))?/gi;
const MONTH = /(January|February|March|April|May|June|July|August|September|October|November|December)\s*$/;

/** The blocks of a text: its non-empty lines, bullet markers removed. */
export function blocksOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => normaliseWhitespace(line.replace(/^\s*[-•*]\s+/, '').replace(/^#+\s*/, '')))
    .filter((line) => line !== '');
}

/** Numbers a block states, leaving out calendar years, days of a month and section numbers. */
export function numbersOf(block: string): string[] {
  const found: string[] = [];
  for (const match of block.matchAll(NUMBER)) {
    const value = match[0].trim();
    const at = match.index;
    const before = block.slice(0, at);
    if (/^(19|20)\d\d$/.test(value)) continue; // a year: a date of something, not a figure
    if (/^\d{1,2},?$/.test(value) && MONTH.test(before)) continue; // "May 7, 1986"
    if (at === 0 && /^\d+(\.\d+)*\.?$/.test(value)) continue; // "1.1 Defence Collaboration", "2."
    if (/§\s*$/.test(before) || /^\d+\.\d+(\.\d+)*$/.test(value)) continue; // "§4.1", "Section 2.1"
    found.push(value);
  }
  return found;
}

function coverage(block: string, pieces: string[]): number {
  // An excerpt may span several lines (a caption broken across two): each of them is held.
  if (pieces.some((piece) => piece.includes(block))) return 1;
  const covered = new Uint8Array(block.length);
  for (const piece of pieces) {
    if (piece.length < 8) continue;
    for (let at = block.indexOf(piece); at !== -1; at = block.indexOf(piece, at + 1)) covered.fill(1, at, at + piece.length);
  }
  // Only letters and digits count: quotes, dashes and spaces between covered pieces do not.
  let total = 0;
  let held = 0;
  // A list enumerator ("5. Quantum;") is structure, held by the provision's locator.
  const enumerator = /^\(?\d+(\.\d+)*[.)]\s+/.exec(block)?.[0].length ?? 0;
  for (let i = enumerator; i < block.length; i += 1) {
    if (!/[\p{L}\p{N}]/u.test(block[i] ?? '')) continue;
    total += 1;
    held += covered[i] ?? 0;
  }
  return total === 0 ? 1 : held / total;
}

const listProp = (node: GraphNode, key: string): string[] => {
  const value = node.props[key];
  return Array.isArray(value) ? value : [];
};

/**
 * Coverage of every document source of `graph`. `texts` maps a source id to its text; a source's
 * `omitText`/`omitReason` (from its `omit` list) name blocks and numbers left out on purpose.
 */
export function coverageReport(graph: SeedGraph, texts: ReadonlyMap<string, string>): SourceCoverage[] {
  const documents = graph.nodes.filter((n) => n.label === 'Source' && n.props.kind === 'document');
  const provisions = graph.nodes.filter((n) => n.label === 'Provision');
  const figures = graph.nodes.filter((n) => n.label === 'Figure');
  const excerpts = [...graph.nodes, ...graph.relationships].flatMap((x) => x.evidence);
  return documents.map((doc) => {
    const text = texts.get(doc.id) ?? '';
    const provisionTexts = provisions
      .filter((p) => p.props.statedIn === doc.id)
      .flatMap((p) => [String(p.props.text), String(p.props.leadIn ?? '')]);
    const otherExcerpts = excerpts.filter((e) => e.source === doc.id).map((e) => normaliseWhitespace(e.excerpt));
    // A number is held by a figure from this document whose excerpt lies in (or spans) the number's block.
    const figuresIn = (block: string): string[] =>
      figures
        .filter((f) =>
          f.evidence.some(
            (e) =>
              e.source === doc.id && (block.includes(normaliseWhitespace(e.excerpt)) || normaliseWhitespace(e.excerpt).includes(block)),
          ),
        )
        .map((f) => normaliseWhitespace(String(f.props.asWritten)));
    const omitted = new Map(listProp(doc, 'omitText').map((t, i) => [normaliseWhitespace(t), listProp(doc, 'omitReason')[i] ?? '']));
    // A number is excused by an omitted phrase that contains it and occurs in its block ("one of the Canadian Participants").
    const excuse = (n: string, block: string): string | undefined => [...omitted].find(([t]) => t.includes(n) && block.includes(t))?.[1];
    const blocks = blocksOf(text).map((block): BlockCoverage => {
      const asProvision = coverage(block, provisionTexts.map(normaliseWhitespace));
      if (asProvision >= HELD) return { text: block, status: 'provision', covered: asProvision };
      const reason = omitted.get(block);
      if (reason !== undefined) return { text: block, status: 'omitted', covered: asProvision, reason };
      const asEvidence = coverage(block, [...provisionTexts.map(normaliseWhitespace), ...otherExcerpts]);
      if (asEvidence >= HELD) return { text: block, status: 'evidence', covered: asEvidence };
      return { text: block, status: 'missing', covered: asEvidence };
    });
    const numbers = blocks
      .filter((b) => b.status !== 'omitted')
      .flatMap((b) =>
        numbersOf(b.text).map((n): NumberCoverage => {
          const held = figuresIn(b.text).some((w) => w.includes(n));
          const reason = held ? undefined : excuse(n, b.text);
          return { text: n, block: b.text, held, ...(reason !== undefined ? { reason } : {}) };
        }),
      );
    return { source: doc.id, file: String(doc.props.file), blocks, numbers };
  });
}

const cut = (s: string, n = 90): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The report as printed by `npm run seed -- --check --report`: totals per document, then every block and number not held. */
export function formatCoverage(report: SourceCoverage[]): string {
  const lines = ['Coverage of the source documents (blocks: paragraphs, bullets and lines of text):'];
  for (const doc of report) {
    const count = (status: BlockCoverage['status']): number => doc.blocks.filter((b) => b.status === status).length;
    const content = doc.blocks.length - count('omitted');
    const held = count('provision') + count('evidence');
    const numbersHeld = doc.numbers.filter((n) => n.held).length;
    const numbersExcused = doc.numbers.filter((n) => !n.held && n.reason !== undefined).length;
    lines.push(
      `  ${doc.source} (${doc.file}): ${content} blocks of content, ${count('provision')} held as provisions, ${count('evidence')} as other facts' evidence, ` +
        `${content - held} missing (${content === 0 ? 100 : Math.round((held / content) * 100)}%); ${count('omitted')} left out with a reason; ` +
        `figures: ${numbersHeld} of ${doc.numbers.length - numbersExcused} numbers held${numbersExcused > 0 ? `, ${numbersExcused} not figures (with a reason)` : ''}`,
    );
    for (const b of doc.blocks.filter((x) => x.status === 'omitted')) lines.push(`      left out (${b.reason}): "${cut(b.text)}"`);
    for (const b of doc.blocks.filter((x) => x.status === 'missing'))
      lines.push(`      MISSING (${Math.round(b.covered * 100)}% covered): "${cut(b.text)}"`);
    for (const n of doc.numbers.filter((x) => !x.held && x.reason !== undefined))
      lines.push(`      not a figure (${n.reason}): "${n.text}"`);
    for (const n of doc.numbers.filter((x) => !x.held && x.reason === undefined))
      lines.push(`      FIGURE NOT HELD: "${n.text}" in "${cut(n.block, 70)}"`);
  }
  return lines.join('\n');
}
