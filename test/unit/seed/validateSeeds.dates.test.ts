import { describe, expect, it } from 'vitest';
import { derivedId, ev, evProps, validate } from './seedFixtures.js';

const evPr = ev('signed the Agreement on Science and Technology', 'pr', 'Agreements');

/** An institution `irap` with the given date fields and claims, validated on its own. */
function irap(extra: Record<string, unknown>) {
  const { graph, problems } = validate({
    institutions: [{ id: 'irap', kind: 'programme-office', name: 'IRAP', evidence: ev(), ...extra }],
  });
  return {
    problems: problems.map((p) => `${p.record} › ${p.field}: ${p.message}`),
    props: graph.nodes.find((n) => n.id === 'irap')?.props,
    claims: graph.nodes.filter((n) => n.label === 'DateClaim'),
    links: graph.relationships.filter((r) => r.type === 'HAS_DATE_CLAIM'),
  };
}

const claim = (value: unknown, evidence = ev(), field = 'founded') => ({ field, value, evidence });

describe('validateSeeds: date claims', () => {
  it('keeps each claim as a DateClaim node, with its own evidence, linked from its owner', () => {
    const { problems, claims, links } = irap({ dateClaims: [claim('1947'), { ...claim('1962-05', evPr), note: 'as a programme' }] });
    expect(problems).toEqual([]);
    const first = derivedId('claim', 'irap', 'founded', '1947', 'doc-a');
    const second = derivedId('claim', 'irap', 'founded', '1962-05', 'pr');
    expect(claims).toEqual([
      {
        label: 'DateClaim',
        id: first,
        props: { id: first, field: 'founded', value: '1947', precision: 'year', year: 1947, note: null, ...evProps() },
        evidence: ev(),
        origin: 'test.yaml › irap › dateClaims[0]',
      },
      {
        label: 'DateClaim',
        id: second,
        props: { id: second, field: 'founded', value: '1962-05', precision: 'month', year: 1962, note: 'as a programme', ...evProps(evPr) },
        evidence: evPr,
        origin: 'test.yaml › irap › dateClaims[1]',
      },
    ]);
    expect(links).toEqual([
      {
        type: 'HAS_DATE_CLAIM',
        from: 'irap',
        to: first,
        key: '',
        props: evProps(),
        evidence: ev(),
        origin: 'test.yaml › irap › dateClaims[0]',
      },
      {
        type: 'HAS_DATE_CLAIM',
        from: 'irap',
        to: second,
        key: '',
        props: evProps(evPr),
        evidence: evPr,
        origin: 'test.yaml › irap › dateClaims[1]',
      },
    ]);
  });

  it('derives a claim’s id from its owner, field, value and every source cited', () => {
    const { claims } = irap({ dateClaims: [claim('1947', [...ev(), ...evPr]), claim('1947', evPr)] });
    expect(claims.map((c) => c.id)).toEqual([
      derivedId('claim', 'irap', 'founded', '1947', 'doc-a,pr'),
      derivedId('claim', 'irap', 'founded', '1947', 'pr'),
    ]);
  });

  it('marks a field disputed when the claims differ, keeping its note but no date', () => {
    const { problems, props } = irap({ foundedNote: 'sources differ', dateClaims: [claim('1947'), claim('1962', evPr)] });
    expect(problems).toEqual([]);
    expect(props).toMatchObject({ founded: null, foundedStatus: 'disputed', foundedNote: 'sources differ' });
    expect(props).not.toHaveProperty('foundedPrecision');
    expect(props).not.toHaveProperty('foundedYear');
  });

  it('marks a field disputed when its one claim differs from the date given', () => {
    expect(irap({ founded: '1947', dateClaims: [claim('1962')] }).props).toMatchObject({
      founded: null,
      foundedStatus: 'disputed',
      foundedNote: null,
    });
  });

  it('keeps the date given when its one claim agrees', () => {
    expect(irap({ founded: '1947', dateClaims: [claim('1947', evPr)] }).props).toMatchObject({
      founded: '1947',
      foundedPrecision: 'year',
      foundedYear: 1947,
      foundedStatus: 'known',
    });
  });

  it('takes the date from the claims when they agree and no date is given', () => {
    expect(irap({ dateClaims: [claim('1947-03'), claim('1947-03', evPr)] }).props).toMatchObject({
      founded: '1947-03',
      foundedPrecision: 'month',
      foundedYear: 1947,
      foundedStatus: 'known',
    });
    expect(irap({ foundedApproximate: true, dateClaims: [claim('1947')] }).props).toMatchObject({
      founded: '1947',
      foundedStatus: 'approximate',
    });
  });

  it('applies a claim only to its own field', () => {
    const { props } = irap({ founded: '1947', dateClaims: [claim('2012', ev(), 'dissolved'), claim('1962', ev(), 'dissolved')] });
    expect(props).toMatchObject({ founded: '1947', foundedStatus: 'known', dissolved: null, dissolvedStatus: 'disputed' });
  });

  it('accepts an unquoted year as a claim’s value', () => {
    const { problems, claims } = irap({ dateClaims: [claim(1947)] });
    expect(problems).toEqual([]);
    expect(claims[0]?.props).toMatchObject({ value: '1947', precision: 'year', year: 1947 });
  });

  it('reports claims that are not maps or lack a field, a value or evidence, and keeps none of them', () => {
    const { problems, claims, props } = irap({
      dateClaims: [
        '1947',
        { value: '1947', evidence: ev() },
        { field: 'founded', evidence: ev() },
        { field: 'founded', value: '1947' },
        claim('1947-02-30'),
      ],
    });
    expect(problems).toEqual([
      'irap › dateClaims[0]: must be { field, value, evidence }',
      'irap › dateClaims[1] › field: is required',
      'irap › dateClaims[2] › value: is required',
      'irap › dateClaims[3] › evidence: is required: a list of { source, locator, excerpt }',
      'irap › dateClaims[4] › value: "1947-02-30" is not a valid date "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    ]);
    expect(claims.map((c) => c.props.value)).toEqual(['1947']);
    expect(props).toMatchObject({ founded: '1947', foundedStatus: 'known' });
  });

  it('reports a claim whose value is left empty (null), instead of dropping it silently', () => {
    const { problems, claims } = irap({ dateClaims: [claim(null)] });
    expect(problems).toEqual(['irap › dateClaims[0] › value: is required']);
    expect(claims).toEqual([]);
  });

  it('refuses the same claim twice, as its id would repeat', () => {
    const { problems } = irap({ dateClaims: [claim('1947'), claim('1947')] });
    const id = derivedId('claim', 'irap', 'founded', '1947', 'doc-a');
    expect(problems).toEqual([
      `irap › id: "${id}" is already used by a DateClaim (test.yaml › irap › dateClaims[0]); ids are unique across all kinds`,
      `irap › dateClaims[1] › HAS_DATE_CLAIM: duplicates HAS_DATE_CLAIM irap → ${id}`,
    ]);
  });
});
