import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestKizuna, type TestKizuna } from './support/startTestKizuna.js';

let kizuna: TestKizuna;
beforeAll(async () => {
  kizuna = await startTestKizuna();
});
afterAll(async () => {
  await kizuna?.stop();
});

interface InstrumentFacts {
  instrument: {
    date: { value: string; precision: string; status: string };
    dateKind: string;
    place: string | null;
    parties: { role: string; asNamed: string | null; institution: { id: string } }[];
  };
}

const FACTS = `query($id: ID!) { instrument(id: $id) {
  date { value precision status } dateKind place
  parties { role asNamed institution { id } }
} }`;

describe('the knowledge graph', () => {
  it.each([
    ['arrangement-1985-industrial-cooperation', '1985-09-03', 'announcedOn', null, ['drie', 'miti']],
    ['agreement-1986-science-technology', '1986-05-07', 'signedOn', 'Tokyo', ['government-of-canada', 'government-of-japan']],
    ['mou-2019-nrc-aist', '2019-10-09', 'signedOn', 'Tokyo', ['aist', 'nrc']],
    ['moc-2023-industrial-science-technology', '2023-09-21', 'signedOn', 'Ottawa', ['global-affairs-canada', 'ised', 'meti', 'mofa']],
    ['roadmap-2026-comprehensive-strategic', '2026-03-06', 'announcedOn', 'Tokyo', ['government-of-canada', 'government-of-japan']],
  ])('holds %s dated %s (%s) at %s with its parties', async (id, date, dateKind, place, parties) => {
    const res = await kizuna.graphql<InstrumentFacts>(FACTS, { id });
    expect(res.errors).toBeUndefined();
    const instrument = res.data!.instrument;
    expect(instrument.date).toEqual({ value: date, precision: 'DAY', status: 'KNOWN' });
    expect(instrument.dateKind).toBe(dateKind);
    if (place) expect(instrument.place).toBe(place);
    const principal = instrument.parties.filter((p) => ['SIGNATORY', 'PARTY', 'PARTICIPANT'].includes(p.role)).map((p) => p.institution.id);
    expect([...new Set(principal)].sort()).toEqual(parties);
  });

  it('resolves the names the 2023 MOC uses for its Canadian participants to ISED and Global Affairs Canada', async () => {
    const res = await kizuna.graphql<InstrumentFacts>(FACTS, { id: 'moc-2023-industrial-science-technology' });
    const named = (prefix: string): string[] =>
      res.data!.instrument.parties.filter((p) => p.asNamed?.startsWith(prefix)).map((p) => p.institution.id);
    expect(named('Department of Industry')).toEqual(['ised']);
    expect(named('Department of Foreign Affairs, Trade and Development')).toEqual(['global-affairs-canada']);

    const names = await kizuna.connection.db.read('nodes-by-ids', { ids: ['ised', 'global-affairs-canada'] });
    expect(names.map((r) => r.props.name).sort()).toEqual(['Global Affairs Canada', 'Innovation, Science and Economic Development Canada']);
    const institutions = await kizuna.graphql<{
      ised: { names: { value: string; kind: string }[] };
      gac: { names: { value: string; kind: string }[] };
    }>('{ ised: institution(id: "ised") { names { value kind } } gac: institution(id: "global-affairs-canada") { names { value kind } } }');
    expect(institutions.data!.ised.names).toEqual(expect.arrayContaining([{ value: 'Department of Industry', kind: 'LEGAL' }]));
    expect(institutions.data!.gac.names).toEqual(
      expect.arrayContaining([{ value: 'Department of Foreign Affairs, Trade and Development', kind: 'LEGAL' }]),
    );
  });

  it('models institutional succession as dated change events: DRIE → ISTC → ISED, External Affairs → DFAIT → DFATD, MITI → METI, the Agency → AIST', async () => {
    const res = await kizuna.graphql<
      Record<string, { predecessors: { institution: { id: string }; changeEvent: { date: { year: number | null } } }[] }>
    >(
      `{ ised: institution(id: "ised") { ...p } istc: institution(id: "istc") { ...p } gac: institution(id: "global-affairs-canada") { ...p }
         dfait: institution(id: "dfait") { ...p } meti: institution(id: "meti") { ...p } aist: institution(id: "aist") { ...p } }
       fragment p on Institution { predecessors { institution { id } changeEvent { date { year } } } }`,
    );
    const predecessors = (key: string): string[] => res.data![key]!.predecessors.map((p) => p.institution.id);
    expect(predecessors('ised')).toContain('istc');
    expect(predecessors('istc')).toContain('drie');
    expect(predecessors('gac')).toContain('dfait');
    expect(predecessors('dfait')).toContain('department-of-external-affairs');
    expect(predecessors('meti')).toContain('miti');
    expect(predecessors('aist')).toContain('agency-of-industrial-science-and-technology');
    expect(res.data!.meti!.predecessors.find((p) => p.institution.id === 'miti')?.changeEvent.date.year).toBe(2001);
  });

  it('links technology areas across eras', async () => {
    const res = await kizuna.graphql<Record<string, { evolvedFrom: { id: string }[] }>>(
      '{ s: technologyArea(id: "semiconductors") { evolvedFrom { id } } l: technologyArea(id: "life-sciences") { evolvedFrom { id } } m: technologyArea(id: "advanced-materials") { evolvedFrom { id } } }',
    );
    expect(res.data!.s!.evolvedFrom.map((a) => a.id)).toContain('microelectronics');
    expect(res.data!.l!.evolvedFrom.map((a) => a.id)).toContain('biotechnology');
    expect(res.data!.m!.evolvedFrom.map((a) => a.id)).toContain('advanced-industrial-materials');
  });

  it('keeps the two sourced start dates of NRC IRAP visible instead of choosing one', async () => {
    const res = await kizuna.graphql<{
      institution: {
        founded: { status: string; value: string | null };
        dateClaims: { date: { value: string }; evidence: { source: { id: string } }[] }[];
      };
    }>('{ institution(id: "nrc-irap") { founded { status value } dateClaims { date { value } evidence { source { id } } } } }');
    const irap = res.data!.institution;
    expect(irap.founded).toEqual({ status: 'DISPUTED', value: null });
    expect(irap.dateClaims.map((c) => c.date.value).sort()).toEqual(['1947', '1962']);
    expect(new Set(irap.dateClaims.map((c) => c.evidence[0]?.source.id)).size).toBe(2);
  });

  it('gives every node (other than the sources themselves) and every relationship at least one piece of evidence', async () => {
    const rows = await kizuna.connection.db.read('graph-fingerprint', {});
    const missing = rows
      .filter((r) => !/^node\|.*[|,]Source,/.test(String(r.key)))
      .filter(
        (r) => !Array.isArray((r.props as { evSource?: unknown }).evSource) || (r.props as { evSource: unknown[] }).evSource.length === 0,
      )
      .map((r) => r.key);
    expect(missing).toEqual([]);
    expect(rows.length).toBeGreaterThan(900);
  });

  it('shows each edge with its evidence: the 2023 MOC notes the 1986 Agreement and the 2019 NRC–AIST MOU', async () => {
    const res = await kizuna.graphql<{
      instrument: {
        relatedInstruments: {
          relation: string;
          instrument: { id: string };
          evidence: { source: { id: string }; locator: string; excerpt: string }[];
        }[];
      };
    }>(
      '{ instrument(id: "moc-2023-industrial-science-technology") { relatedInstruments { relation instrument { id } evidence { source { id } locator excerpt } } } }',
    );
    const noted = ['agreement-1986-science-technology', 'mou-2019-nrc-aist'];
    const cited = res.data!.instrument.relatedInstruments.filter((r) => r.relation === 'NOTES' && noted.includes(r.instrument.id));
    expect(cited.map((r) => r.instrument.id).sort()).toEqual(noted);
    for (const relation of cited) {
      expect(relation.evidence[0]?.source.id).toBe('doc-moc-2023');
      expect(relation.evidence[0]?.excerpt).toContain(relation.instrument.id.includes('1986') ? 'May 7, 1986' : 'October 9, 2019');
    }
  });
});
