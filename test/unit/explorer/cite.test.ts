/**
 * Citable evidence (explorer/src/cite.ts): the CSL it builds from the API's evidence, and what Citation.js
 * really makes of it (no mocks): APA, Chicago author-date, BibTeX (read back by Citation.js) and RIS.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { EdgeSummary, Evidence, NodeDetails } from '../../../explorer/src/api.js';
import {
  KIZUNA_AUTHOR,
  KIZUNA_TITLE,
  KIZUNA_VERSION,
  citeItem,
  cslDate,
  datasetItem,
  datasetToCsl,
  edgeToCsl,
  evidenceToCsl,
  formatAll,
  formatBibliography,
  formatBibtex,
  formatInText,
  formatRis,
  nodeToCsl,
  viewToCsl,
  type CitableEvidence,
  type CitableSource,
  type WithEvidence,
} from '../../../explorer/src/cite.js';

/** A document with a day date, a publisher and a URL (seeds/sources.yaml `doc-backgrounder-2019`). */
const backgrounder: CitableSource = {
  id: 'doc-backgrounder-2019',
  kind: 'DOCUMENT',
  title: 'Canada announces closer collaboration with Japan',
  url: 'https://www.pm.gc.ca/en/news/backgrounders/2019/04/28/canada-announces-closer-collaboration-japan',
  publisher: 'Prime Minister of Canada',
  published: { value: '2019-04-28', precision: 'DAY', status: 'KNOWN' },
};

/** A public-record page with a year-only date and no publisher. */
const treaty: CitableSource = {
  id: 'pr-treaty-1986',
  kind: 'PUBLIC_RECORD',
  title: 'Canada Treaty Series 1986 No. 17, treaty record F102070',
  url: 'http://www.treaty-accord.gc.ca/text-texte.aspx?id=102070&Lang=fra',
  publisher: null,
  published: { value: '1986', precision: 'YEAR', status: 'KNOWN' },
};

const edge: WithEvidence = {
  evidence: [
    { source: backgrounder, locator: '§3', excerpt: 'a verbatim quote' },
    { source: backgrounder, locator: 'Artificial Intelligence, para. 2', excerpt: null },
    { source: treaty, locator: null, excerpt: null },
    { source: backgrounder, locator: '§3', excerpt: 'the same place again' },
  ],
};

// The API's shapes are what cite.ts takes, unchanged (checked by tsc).
export const acceptsApiShapes = (e: Evidence, s: EdgeSummary, n: NodeDetails): [CitableEvidence, WithEvidence, WithEvidence] => [e, s, n];

describe('cite: evidence as CSL-JSON', () => {
  it('keeps what the API knows and leaves out what it does not', () => {
    const { items } = edgeToCsl(edge);
    expect(items).toEqual([
      {
        id: 'doc-backgrounder-2019',
        'citation-key': 'doc_backgrounder_2019',
        type: 'document',
        title: 'Canada announces closer collaboration with Japan',
        publisher: 'Prime Minister of Canada',
        issued: { 'date-parts': [[2019, 4, 28]] },
        URL: backgrounder.url,
        note: 'Cited at: §3; Artificial Intelligence, para. 2',
      },
      {
        id: 'pr-treaty-1986',
        'citation-key': 'pr_treaty_1986',
        type: 'webpage',
        title: 'Canada Treaty Series 1986 No. 17, treaty record F102070',
        issued: { 'date-parts': [[1986]] },
        URL: treaty.url,
      },
    ]);
    expect(items[1]).not.toHaveProperty('publisher');
  });

  it('keeps a date at its precision, marks approximate ones and drops unknown ones', () => {
    expect(cslDate({ value: '2013', precision: 'YEAR', status: 'KNOWN' })).toEqual({ 'date-parts': [[2013]] });
    expect(cslDate({ value: '1988-01', precision: 'MONTH', status: 'KNOWN' })).toEqual({ 'date-parts': [[1988, 1]] });
    expect(cslDate({ value: '2013', precision: 'YEAR', status: 'APPROXIMATE' })).toEqual({ 'date-parts': [[2013]], circa: true });
    // Never finer than the value, never finer than the stated precision.
    expect(cslDate({ value: '2013', precision: 'DAY', status: 'KNOWN' })).toEqual({ 'date-parts': [[2013]] });
    expect(cslDate({ value: '2023-09-21', precision: 'YEAR', status: 'KNOWN' })).toEqual({ 'date-parts': [[2023]] });
    expect(cslDate({ value: null, precision: null, status: 'UNKNOWN' })).toBeUndefined();
    expect(cslDate({ value: '2019-05', precision: 'MONTH', status: 'PLANNED' })).toBeUndefined();
    expect(cslDate({ value: 'c. 2013', precision: 'YEAR', status: 'KNOWN' })).toBeUndefined();
  });

  it('puts locators CSL has a term for in `locator`, and any other verbatim in `suffix`', () => {
    expect(citeItem('s', '§2.1.1')).toEqual({ id: 's', label: 'section', locator: '2.1.1' });
    expect(citeItem('s', 'para. 4')).toEqual({ id: 's', label: 'paragraph', locator: '4' });
    expect(citeItem('s', 'Preamble')).toEqual({ id: 's', suffix: ', Preamble' });
    expect(citeItem('s', '  ')).toEqual({ id: 's' });
    expect(edgeToCsl(edge).cites).toEqual([
      { id: 'doc-backgrounder-2019', label: 'section', locator: '3' },
      { id: 'doc-backgrounder-2019', suffix: ', Artificial Intelligence, para. 2' },
      { id: 'pr-treaty-1986' },
    ]);
  });

  it('cites nothing for no evidence', () => {
    const none = nodeToCsl({ evidence: [] });
    expect(none).toEqual({ items: [], cites: [] });
    expect(formatAll(none)).toEqual({ apa: '', chicago: '', bibtex: '', ris: '' });
    expect(formatInText(evidenceToCsl([]), 'apa')).toBe('');
  });
});

// The first formatting in each style builds a citeproc-js engine (seconds for the large Chicago style).
describe('cite: formatted by Citation.js', { timeout: 60_000 }, () => {
  const citation = edgeToCsl(edge);

  it('APA names each source with its title and year, and prints no publisher it was not given', () => {
    const apa = formatBibliography(citation, 'apa');
    expect(apa).toContain('Canada announces closer collaboration with Japan. (2019, April 28). Prime Minister of Canada.');
    expect(apa).toContain('Canada Treaty Series 1986 No. 17, treaty record F102070. (1986).');
    expect(apa).toContain(treaty.url);
    // The year-only date stays a year.
    expect(apa).not.toMatch(/1986, (January|December)/);
  });

  it('Chicago author-date differs from APA', () => {
    const apa = formatBibliography(citation, 'apa');
    const chicago = formatBibliography(citation, 'chicago');
    expect(chicago).not.toBe(apa);
    expect(chicago).toContain('“Canada Treaty Series 1986 No. 17, Treaty Record F102070.” 1986.');
    expect(chicago).toContain('“Canada Announces Closer Collaboration with Japan.” 2019. Prime Minister of Canada, April 28.');
  });

  it('puts the locators in the in-text citation', () => {
    expect(formatInText(citation, 'apa')).toBe(
      '(Canada Announces Closer Collaboration with Japan, 2019, Section 3; ' +
        'Canada Announces Closer Collaboration with Japan, 2019, Artificial Intelligence, para. 2; ' +
        'Canada Treaty Series 1986 No. 17, Treaty Record F102070, 1986)',
    );
    expect(formatInText(citation, 'chicago')).toContain('“Canada Announces Closer Collaboration with Japan” 2019, sec. 3');
  });

  it('BibTeX reads back (Citation.js parses it) to the same titles, dates and URLs', () => {
    const bibtex = formatBibtex(citation);
    expect(bibtex).toMatch(/^@misc\{doc_backgrounder_2019,$/m);
    expect(bibtex).toMatch(/^@misc\{pr_treaty_1986,$/m);
    const parsed = new Cite(bibtex).data;
    expect(parsed.map((item) => item.title)).toEqual([backgrounder.title, treaty.title]);
    expect(parsed.map((item) => item.URL)).toEqual([backgrounder.url, treaty.url]);
    expect(parsed.map((item) => item.issued)).toEqual([{ 'date-parts': [[2019, 4, 28]] }, { 'date-parts': [[1986]] }]);
    expect(parsed[1]).not.toHaveProperty('publisher');
  });

  it('RIS has TY, TI, PY, UR and ER lines, whole, with the dates at their precision', () => {
    const ris = formatRis(citation);
    const records = ris
      .trimEnd()
      .split(/\nER {2}- ?\n?/)
      .filter(Boolean);
    expect(records).toHaveLength(2);
    expect(ris.match(/^ER {2}- $/gm)).toHaveLength(2);
    expect(ris).toMatch(/^TY {2}- GEN$/m);
    expect(ris).toMatch(/^TY {2}- ELEC$/m);
    expect(ris).toContain(`\nTI  - ${backgrounder.title}\n`);
    expect(ris).toContain(`\nTI  - ${treaty.title}\n`);
    expect(ris).toContain('\nPY  - 2019\n');
    expect(ris).toContain('\nPY  - 1986\n');
    expect(ris).toContain('\nDA  - 1986///\n');
    // The URL on one line: Citation.js's own text output would wrap it at 70 characters.
    expect(ris).toContain(`\nUR  - ${backgrounder.url}\n`);
    expect(ris).toContain('\nPB  - Prime Minister of Canada\n');
    expect(ris.match(/^PB {2}- /gm)).toHaveLength(1);
    expect(ris.split('\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    // Citation.js reads it back.
    expect(new Cite(ris).data.map((item) => item.title)).toEqual([backgrounder.title, treaty.title]);
  });

  it('escapes the data in HTML output', () => {
    const hostile: CitableSource = { ...backgrounder, id: 'x', title: 'A <script>alert(1)</script> & <img src=x onerror=alert(1)>' };
    const citationHtml = nodeToCsl({ evidence: [{ source: hostile, locator: '<img src=x onerror=alert(1)>', excerpt: null }] });
    for (const html of [
      formatBibliography(citationHtml, 'apa', { format: 'html' }),
      formatInText(citationHtml, 'chicago', { format: 'html' }),
    ]) {
      expect(html).not.toMatch(/<script|<img/i);
      expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    }
  });
});

describe('cite: the current view', { timeout: 60_000 }, () => {
  const view = viewToCsl({
    url: 'http://localhost:4000/explore/?focus=agreement-1986-science-technology',
    accessed: new Date(2026, 10, 30, 15, 30),
    edges: [edge],
    nodes: [{ evidence: [{ source: treaty, locator: '§1', excerpt: null }] }],
  });

  it('is the Kizuna dataset, with the view URL and access date, and the distinct sources of what is visible', () => {
    expect(view.items.map((item) => item.id)).toEqual(['kizuna', 'doc-backgrounder-2019', 'pr-treaty-1986']);
    expect(view.items[0]).toEqual({
      id: 'kizuna',
      'citation-key': 'kizuna',
      type: 'dataset',
      title: KIZUNA_TITLE,
      author: [{ literal: KIZUNA_AUTHOR }],
      version: KIZUNA_VERSION,
      URL: 'http://localhost:4000/explore/?focus=agreement-1986-science-technology',
      accessed: { 'date-parts': [[2026, 11, 30]] },
    });
    expect(view.items.slice(1).every((item) => item.note === undefined)).toBe(true);
    expect(KIZUNA_VERSION).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
  });

  it('names the Kizuna dataset in every format', () => {
    const all = formatAll(view);
    expect(all.apa).toContain(
      `Kizuna contributors. (n.d.). ${KIZUNA_TITLE} (Version ${KIZUNA_VERSION}) [Dataset]. Retrieved November 30, 2026, from http://localhost:4000/explore/?focus=agreement-1986-science-technology`,
    );
    expect(all.apa).toContain('Canada Treaty Series 1986 No. 17');
    expect(all.chicago).toContain('Kizuna contributors. n.d. “Kizuna: A Knowledge Graph of Canada–Japan Cooperation.”');
    expect(all.chicago).toContain('Accessed November 30, 2026.');
    expect(all.bibtex).toMatch(/^@misc\{kizuna,$/m);
    expect(all.bibtex).toContain(`note = {Version ${KIZUNA_VERSION} [Online; accessed 2026-11-30]}`);
    // Braced in BibTeX, the organisation reads back whole (as a family name), not split into given and family.
    expect(new Cite(all.bibtex).data[0]).toMatchObject({ title: KIZUNA_TITLE, author: [{ family: KIZUNA_AUTHOR }] });
    expect(new Cite(all.bibtex).data[0]?.author).toEqual([{ family: KIZUNA_AUTHOR }]);
    expect(all.ris).toMatch(/^TY {2}- DATA\nAU {2}- Kizuna contributors\n/m);
    expect(all.ris).toContain(`\nTI  - ${KIZUNA_TITLE}\n`);
  });

  it('cites the dataset alone without a URL or access date it was not given', () => {
    expect(datasetItem()).not.toHaveProperty('URL');
    expect(datasetItem()).not.toHaveProperty('accessed');
    expect(datasetItem()).not.toHaveProperty('issued');
  });
});

describe('cite: the vendored Chicago style', () => {
  it('is the official CSL file, unchanged, with its CC BY-SA licence', () => {
    const csl = fs.readFileSync('explorer/src/csl/chicago-author-date.csl', 'utf8');
    expect(csl).toContain('<id>http://www.zotero.org/styles/chicago-author-date</id>');
    expect(csl).toContain('<rights license="http://creativecommons.org/licenses/by-sa/3.0/">');
    const readme = fs.readFileSync('explorer/src/csl/README.md', 'utf8');
    const sha256 = crypto.createHash('sha256').update(csl).digest('hex');
    expect(readme).toContain(sha256);
  });
});

describe('cite: the README and CITATION.cff', { timeout: 60_000 }, () => {
  it("README's examples are what the module prints", () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Data licence and how to cite'));
    expect(section).toContain(`\`\`\`text\n${formatBibliography(datasetToCsl(), 'apa')}\n\`\`\``);
    expect(section).toContain(`\`\`\`bibtex\n${formatBibtex(datasetToCsl())}\`\`\``);
  });

  it("CITATION.cff describes the same dataset, at package.json's version", () => {
    const cff = YAML.parse(fs.readFileSync('CITATION.cff', 'utf8'));
    expect(cff).toMatchObject({
      'cff-version': '1.2.0',
      type: 'dataset',
      title: KIZUNA_TITLE,
      version: KIZUNA_VERSION,
      authors: [{ name: KIZUNA_AUTHOR }],
      license: 'CC-BY-4.0',
    });
  });
});
