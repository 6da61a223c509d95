import { describe, expect, it } from 'vitest';
import { DOC_TEXT, EXCERPT, ev, problemsOf, validate } from './seedFixtures.js';

const country = (extra: Record<string, unknown>) => ({ countries: [{ id: 'canada', name: 'Canada', evidence: ev(), ...extra }] });
const countryNode = (data: unknown) => validate(data).graph.nodes.find((n) => n.label === 'Country');

describe('validateSeeds: text fields', () => {
  it('trims a text and collapses every run of whitespace to one space', () => {
    expect(countryNode(country({ name: '  Canada \n and\t\tthe   rest  ' }))?.props.name).toBe('Canada and the rest');
  });

  it('takes a number where a text is expected as its digits', () => {
    expect(countryNode(country({ iso: 124 }))?.props.iso).toBe('124');
  });

  it('reports a required text that is missing or null', () => {
    expect(problemsOf({ countries: [{ id: 'canada', evidence: ev() }] })).toEqual(['test.yaml › canada › name: is required']);
    expect(problemsOf({ countries: [{ id: 'canada', name: null, evidence: ev() }] })).toEqual(['test.yaml › canada › name: is required']);
  });

  it('leaves an optional text that is missing as null, with no problem', () => {
    const { graph, problems } = validate(country({ iso: null }));
    expect(problems).toEqual([]);
    expect(graph.nodes.find((n) => n.id === 'canada')?.props.iso).toBeNull();
  });

  it('refuses a blank text or a value that is not text, quoting what it got', () => {
    expect(problemsOf(country({ name: '   ' }))).toEqual(['test.yaml › canada › name: must be a non-empty string, got "   "']);
    expect(problemsOf(country({ name: '' }))).toEqual(['test.yaml › canada › name: must be a non-empty string, got ""']);
    expect(problemsOf(country({ iso: true }))).toEqual(['test.yaml › canada › iso: must be a non-empty string, got true']);
    expect(problemsOf(country({ iso: ['CA'] }))).toEqual(['test.yaml › canada › iso: must be a non-empty string, got ["CA"]']);
    expect(countryNode(country({ iso: { code: 'CA' } }))?.props.iso).toBeNull();
  });
});

describe('validateSeeds: ids', () => {
  it('accepts lowercase slugs of letters, digits and single dashes', () => {
    for (const id of ['a', 'canada', 'a1', '1985', 'moc-2023-industrial-science-technology', 'a-b-c'])
      expect(problemsOf({ countries: [{ id, name: 'X', evidence: ev() }] }), id).toEqual([]);
  });

  it('refuses anything else, naming the rule', () => {
    for (const id of ['Canada', 'aB', 'Ab', 'a--b', '-a', 'a-', 'a_b', 'a b', 'é', 'a.b'])
      expect(problemsOf({ countries: [{ id, name: 'X', evidence: ev() }] }), id).toEqual([
        `test.yaml › ${id} › id: "${id}" is not a lowercase slug (letters a–z, digits, single dashes)`,
      ]);
  });

  it('requires an id, naming the record by its place in the list', () => {
    expect(
      problemsOf({
        countries: [
          { id: 'japan', name: 'Japan', evidence: ev() },
          { name: 'X', evidence: ev() },
        ],
      }),
    ).toEqual(['test.yaml › countries[1] › id: is required']);
  });

  it('takes a numeric id as its digits', () => {
    const { graph, problems } = validate({ countries: [{ id: 1985, name: 'X', evidence: ev() }] });
    expect(problems).toEqual([]);
    expect(graph.nodes.find((n) => n.label === 'Country')?.id).toBe('1985');
  });
});

describe('validateSeeds: dates', () => {
  const founded = (value: unknown) =>
    validate({ institutions: [{ id: 'nrc', kind: 'agency', name: 'NRC', evidence: ev(), founded: value }] });

  it('accepts a year, a month or a day, keeping its precision and year', () => {
    expect(founded('1916').graph.nodes[2]?.props).toMatchObject({ founded: '1916', foundedPrecision: 'year', foundedYear: 1916 });
    expect(founded('1916-02').graph.nodes[2]?.props).toMatchObject({ founded: '1916-02', foundedPrecision: 'month', foundedYear: 1916 });
    expect(founded('1916-02-29').graph.nodes[2]?.props).toMatchObject({
      founded: '1916-02-29',
      foundedPrecision: 'day',
      foundedYear: 1916,
    });
  });

  it('accepts an unquoted year, which YAML reads as a number', () => {
    const { graph, problems } = founded(1916);
    expect(problems).toEqual([]);
    expect(graph.nodes[2]?.props).toMatchObject({ founded: '1916', foundedPrecision: 'year', foundedYear: 1916, foundedStatus: 'known' });
  });

  it('refuses a date that is not on the calendar', () => {
    const { graph, problems } = founded('1916-02-30');
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'founded: "1916-02-30" is not a valid date "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    ]);
    expect(graph.nodes[2]?.props).toMatchObject({ foundedStatus: 'unknown' });
    expect(graph.nodes[2]?.props).not.toHaveProperty('founded');
  });

  it('refuses a date that is neither text nor a number, quoting it', () => {
    expect(founded(true).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'founded: must be a quoted date "YYYY", "YYYY-MM" or "YYYY-MM-DD"; got true',
    ]);
    expect(founded({ year: 1916 }).problems.map((p) => p.message)).toEqual([
      'must be a quoted date "YYYY", "YYYY-MM" or "YYYY-MM-DD"; got {"year":1916}',
    ]);
  });

  it('treats a null date as not given', () => {
    const { graph, problems } = founded(null);
    expect(problems).toEqual([]);
    expect(graph.nodes[2]?.props).toMatchObject({ foundedStatus: 'unknown', foundedNote: null });
  });
});

describe('validateSeeds: flags', () => {
  const withFlag = (value: unknown) =>
    validate({ institutions: [{ id: 'nrc', kind: 'agency', name: 'NRC', evidence: ev(), founded: '1916', foundedApproximate: value }] });

  it('marks a date approximate only when its flag is true', () => {
    expect(withFlag(true).graph.nodes[2]?.props.foundedStatus).toBe('approximate');
    expect(withFlag(false).graph.nodes[2]?.props.foundedStatus).toBe('known');
    expect(withFlag(null).graph.nodes[2]?.props.foundedStatus).toBe('known');
    expect(withFlag(null).problems).toEqual([]);
  });

  it('refuses a flag that is not true or false', () => {
    const { graph, problems } = withFlag('yes');
    expect(problems.map((p) => `${p.record} › ${p.field}: ${p.message}`)).toEqual([
      'nrc › foundedApproximate: must be true or false; got "yes"',
    ]);
    expect(graph.nodes[2]?.props.foundedStatus).toBe('known');
  });
});

describe('validateSeeds: lists', () => {
  it('refuses a list field given as a single value', () => {
    expect(problemsOf({ instruments: [{ id: 'i-1', kind: 'moc', title: 'T', evidence: ev(), countries: 'canada' }] })).toEqual([
      'test.yaml › i-1 › countries: must be a list',
    ]);
  });

  it('reports each list item that is not an id, by its index', () => {
    expect(
      problemsOf({
        countries: [{ id: 'canada', name: 'Canada', evidence: ev() }],
        instruments: [{ id: 'i-1', kind: 'moc', title: 'T', evidence: ev(), countries: ['canada', 5, 'Japan', { id: 'japan' }] }],
      }),
    ).toEqual([
      'test.yaml › i-1 › countries[1]: must be an id (lowercase slug); got 5',
      'test.yaml › i-1 › countries[2]: must be an id (lowercase slug); got "Japan"',
      'test.yaml › i-1 › countries[3]: must be an id (lowercase slug); got {"id":"japan"}',
    ]);
  });

  it('treats a null list as empty', () => {
    const { graph, problems } = validate({ instruments: [{ id: 'i-1', kind: 'moc', title: 'T', evidence: ev(), countries: null }] });
    expect(problems).toEqual([]);
    expect(graph.relationships).toEqual([]);
  });
});

describe('validateSeeds: evidence', () => {
  const evidenceOf = (evidence: unknown) => ({ countries: [{ id: 'canada', name: 'Canada', evidence }] });

  it('requires a non-empty list', () => {
    for (const evidence of [undefined, null, []])
      expect(problemsOf(evidenceOf(evidence))).toEqual([
        'test.yaml › canada › evidence: is required: a list of { source, locator, excerpt }',
      ]);
  });

  it('refuses evidence that is not a list, and keeps none of it', () => {
    const { graph, problems } = validate(evidenceOf({ source: 'doc-a', locator: 'p', excerpt: EXCERPT }));
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['evidence: must be a list of { source, locator, excerpt }']);
    expect(graph.nodes.find((n) => n.id === 'canada')?.evidence).toEqual([]);
  });

  it('names each item that is not a map or lacks a part, and keeps the good ones', () => {
    const { graph, problems } = validate(
      evidenceOf([
        'just words',
        { source: 'doc-a', excerpt: EXCERPT },
        { locator: 'p' },
        { source: 'doc-a', locator: 'p', excerpt: EXCERPT },
      ]),
    );
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'evidence[0]: must be { source, locator, excerpt }',
      'evidence[1]: needs locator',
      'evidence[2]: needs source, excerpt',
    ]);
    expect(graph.nodes.find((n) => n.id === 'canada')?.evidence).toEqual([{ source: 'doc-a', locator: 'p', excerpt: EXCERPT }]);
  });

  it('refuses blank parts as missing', () => {
    expect(problemsOf(evidenceOf([{ source: ' ', locator: 'p', excerpt: EXCERPT }]))).toEqual([
      'test.yaml › canada › source: must be a non-empty string, got " "',
      'test.yaml › canada › evidence[0]: needs source',
    ]);
  });

  it('keeps an excerpt of up to 400 characters and refuses a longer one', () => {
    const long = DOC_TEXT.padEnd(400, ' x').slice(0, 400);
    expect(problemsOf(evidenceOf([{ source: 'doc-a', locator: 'p', excerpt: long }])).filter((p) => p.includes('characters'))).toEqual([]);
    expect(
      problemsOf(evidenceOf([{ source: 'doc-a', locator: 'p', excerpt: `${long}y` }])).filter((p) => p.includes('characters')),
    ).toEqual(['test.yaml › canada › evidence[0].excerpt: is 401 characters; keep excerpts to 400']);
  });

  it('stores each item as parallel provenance lists, with an empty note where none is given', () => {
    const items = [
      { source: 'doc-a', locator: 'para. 1', excerpt: EXCERPT, note: 'names the department' },
      { source: 'pr', locator: 'Agreements', excerpt: 'signed the Agreement' },
    ];
    const node = validate(evidenceOf(items)).graph.nodes.find((n) => n.id === 'canada');
    expect(node?.evidence).toStrictEqual(items);
    expect(node?.props).toEqual({
      id: 'canada',
      name: 'Canada',
      iso: null,
      evSource: ['doc-a', 'pr'],
      evLocator: ['para. 1', 'Agreements'],
      evExcerpt: [EXCERPT, 'signed the Agreement'],
      evNote: ['names the department', ''],
    });
  });
});
