/**
 * The JSON Schema of a seed file (draft-07), built from the one vocabulary in src/model/vocabulary.ts.
 * It is published as seeds/schema.json so a curator's editor completes and checks the YAML (every
 * seed file starts with a `yaml-language-server` modeline pointing at it); `npm run seed:schema`
 * rewrites it, and a unit test fails when the published copy differs from what this builds.
 *
 * It checks the shape of each record: known keys only (an unknown key is an error, never dropped),
 * the allowed values of every kind, role and modality, dates as quoted strings. What needs more than
 * one record (references, verbatim excerpts, cycles) is validateSeeds.ts's job.
 */
import {
  actorRoles,
  changeKinds,
  coverageHows,
  eventKinds,
  figureQualifiers,
  figureUnits,
  instrumentKinds,
  instrumentRelations,
  institutionKinds,
  mechanismKinds,
  modalities,
  nameKinds,
  participationRoles,
  provisionKinds,
  sourceKinds,
} from '../model/vocabulary.js';

type Schema = Record<string, unknown>;

const text = (description: string): Schema => ({ type: 'string', minLength: 1, description });
const slug: Schema = {
  type: 'string',
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  description: 'A lowercase slug: letters a–z, digits, single dashes.',
};
const oneOf = (values: readonly string[], description: string): Schema => ({ type: 'string', enum: [...values], description });
const date = (description: string): Schema => ({
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  description: `${description} A quoted "YYYY", "YYYY-MM" or "YYYY-MM-DD"; leave it out when the sources do not say.`,
});
const flag = (description: string): Schema => ({ type: 'boolean', description });

const record = (properties: Record<string, Schema>, required: string[], description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required,
  additionalProperties: false,
});
const listOf = (items: Schema, description: string): Schema => ({ type: 'array', items, description });

const evidenceItem = record(
  {
    source: { ...slug, description: 'The id of a source in seeds/sources.yaml.' },
    locator: text('Where in the source: a section, paragraph or heading.'),
    excerpt: text('Words copied verbatim from the source (at most 400 characters); the loader checks them.'),
    note: text('Why the excerpt supports the fact, when that is not obvious; an inference says so here.'),
  },
  ['source', 'locator', 'excerpt'],
);
const evidence = listOf(evidenceItem, 'The provenance: one or more verbatim excerpts.');

/** A dated field `name` and its qualifiers: nameApproximate, nameNote, namePlanned. */
function dated(name: string, description: string): Record<string, Schema> {
  return {
    [name]: date(description),
    [`${name}Approximate`]: flag(`The source gives ${name} only approximately ("c. 1988").`),
    [`${name}Planned`]: flag(`The source states ${name} as planned ("will open in May 2019"), not as done.`),
    [`${name}Note`]: text(`Context for ${name}, e.g. why it is unknown or which time zone.`),
  };
}

/** An id, or a map in long form; if/then/else (not anyOf) so a wrong key in the map is reported as such. */
const idOr = (long: Schema): Schema => ({ if: { type: 'string' }, then: slug, else: long });

/** A list of links: an id (short form, the record's own evidence) or `{ <key>: id, evidence, … }`. */
function links(key: string, description: string, extra: Record<string, Schema> = {}, required: string[] = []): Schema {
  return listOf(idOr(record({ [key]: slug, evidence, note: text('Context for this link.'), ...extra }, [key, ...required])), description);
}

const names = listOf(
  record(
    {
      value: text('The name as written.'),
      kind: oneOf(nameKinds, 'legal, applied, acronym, former, japanese or other.'),
      lang: text('BCP 47 language tag when not English (japanese names are "ja").'),
      from: date('When the name came into use.'),
      to: date('When the name went out of use.'),
      note: text('Context for the name.'),
      evidence,
    },
    ['value', 'kind'],
  ),
  'Other names: legal, applied, former, Japanese names and acronyms, with their periods.',
);
const dateClaims = listOf(
  record(
    {
      field: text('The dated field the claim is about, e.g. founded.'),
      value: date('The date a source gives.'),
      note: text('Context.'),
      evidence,
    },
    ['field', 'value', 'evidence'],
  ),
  'Dates the sources give for a field; differing claims make the field disputed.',
);
const participants = (defaultRole: string): Schema =>
  links('institution', `Institutions taking part, each with a role (default ${defaultRole}).`, {
    role: oneOf(participationRoles, 'How the institution takes part.'),
    asNamed: text('The name the source uses for the institution.'),
  });
const partOf = (key: string): Schema => ({
  ...idOr(record({ [key]: slug, evidence, note: text('Context.') }, [key])),
  description: `The ${key} this is part of.`,
});
const supports = links('target', 'What this supports ("to support the Dialogue"), which is not being part of it.', {
  asNamed: text('The name the source uses.'),
});
const common = { id: slug, summary: text('A short summary in your own words; facts need evidence.'), evidence };

const sections: Record<string, Schema> = {
  sources: record(
    {
      id: slug,
      kind: oneOf(sourceKinds, 'document (its text is under seeds/sources/) or public-record.'),
      title: text('The title as published.'),
      file: text('For a document: the path of its text under seeds/.'),
      url: text('Where it is published.'),
      publisher: text('Who published it.'),
      published: date('When it was published.'),
      publishedNote: text('Context for the date.'),
      omit: listOf(
        record(
          {
            text: text('A line of the document (or a phrase with a number in it), verbatim.'),
            reason: text('Why it is not a fact: "page furniture", "navigation", "heading", "not a figure: …".'),
          },
          ['text', 'reason'],
        ),
        'What the coverage report (npm run seed -- --check --report) leaves out on purpose, each with its reason.',
      ),
    },
    ['id', 'kind', 'title'],
  ),
  countries: record({ id: slug, name: text('English name.'), iso: text('ISO 3166-1 alpha-2 code.'), evidence }, ['id', 'name', 'evidence']),
  institutions: record(
    {
      ...common,
      kind: oneOf(institutionKinds, 'What kind of organisation.'),
      name: text('The current or last name.'),
      acronym: text('Only an acronym that a cited excerpt contains.'),
      country: slug,
      ...dated('founded', 'When it was founded.'),
      ...dated('dissolved', 'When it ceased to exist.'),
      names,
      dateClaims,
      partOf: partOf('institution'),
      memberOf: links('target', 'Institutions or mechanisms it is a member of (W3C ORG memberOf).'),
      funds: links('target', 'What it funds.'),
      supports,
    },
    ['id', 'kind', 'name', 'evidence'],
  ),
  changeEvents: record(
    {
      ...common,
      kind: oneOf(changeKinds, 'What happened to the organisations.'),
      originals: listOf(slug, 'Institutions before the change.'),
      results: listOf(slug, 'Institutions after the change.'),
      ...dated('date', 'When it happened.'),
      dateClaims,
    },
    ['id', 'kind', 'originals', 'results', 'evidence'],
  ),
  technologyAreas: record(
    {
      ...common,
      name: text('The name of the area.'),
      aliases: listOf(text('An alias.'), 'Other names.'),
      broader: listOf(slug, 'Broader areas (SKOS broader).'),
      evolvedFrom: links('area', 'Earlier areas this one evolved from.'),
    },
    ['id', 'name', 'evidence'],
  ),
  policyTopics: record(
    {
      ...common,
      name: text('The name of the topic.'),
      aliases: listOf(text('An alias.'), 'Other names.'),
      broader: listOf(slug, 'Broader topics or areas (SKOS broader).'),
      evolvedFrom: links('topic', 'Earlier topics this one evolved from.'),
    },
    ['id', 'name', 'evidence'],
  ),
  mechanisms: record(
    {
      ...common,
      kind: oneOf(mechanismKinds, 'What kind of mechanism.'),
      name: text('Its name.'),
      acronym: text('Only an acronym that a cited excerpt contains.'),
      country: slug,
      status: text('Its status as the sources state it.'),
      frequency: text('How often it meets, as the source says ("once every two years").'),
      level: text('At what level it meets, as the source says.'),
      ...dated('established', 'When it was established.'),
      dateClaims,
      names,
      partOf: partOf('mechanism'),
      participants: participants('required'),
      runBy: listOf(slug, 'Institutions that run it (role implementer): only where a source says they run it.'),
      supports,
    },
    ['id', 'kind', 'name', 'evidence'],
  ),
  events: record(
    {
      ...common,
      kind: oneOf(eventKinds, 'What kind of event.'),
      name: text('Its name.'),
      nameJa: text('Its Japanese name as written.'),
      place: text('Where it took place.'),
      status: text('e.g. planned, held.'),
      ...dated('date', 'When it took place.'),
      dateClaims,
      partOf: partOf('mechanism'),
      concerns: links('target', 'Instruments or mechanisms it concerns.'),
      participants: participants('participant'),
    },
    ['id', 'kind', 'name', 'evidence'],
  ),
  instruments: record(
    {
      ...common,
      kind: oneOf(instrumentKinds, 'What kind of instrument.'),
      title: text('The full title as written.'),
      shortTitle: text('A short title.'),
      place: text('Where it was done or signed.'),
      legallyBinding: { enum: [true, false, 'unknown'], description: 'Only what a source states; otherwise unknown.' },
      status: text('e.g. signed, in force.'),
      ...dated('signedOn', 'When it was signed.'),
      ...dated('announcedOn', 'When it was announced.'),
      ...dated('adoptedOn', 'When it was adopted.'),
      ...dated('releasedOn', 'When it was released.'),
      ...dated('enteredIntoForceOn', 'When it entered into force.'),
      ...dated('finalizedOn', 'When it was finalized.'),
      dateClaims,
      names,
      countries: listOf(slug, 'The countries it is between.'),
      parties: participants('required'),
      covers: links('area', 'Technology areas or policy topics it covers.', {
        how: oneOf(coverageHows, 'How the source says it covers the area.'),
        year: { type: 'integer', description: 'The year the area was added, when the source gives it.' },
        asNamed: text('The words the source uses for the area.'),
      }),
      establishes: links('mechanism', 'Mechanisms it establishes (only where the source says so).'),
      uses: links('mechanism', 'Mechanisms it uses.', { asNamed: text('The name the source uses.') }),
      relations: listOf(
        record(
          {
            type: oneOf(Object.keys(instrumentRelations), 'How it relates to the target instrument.'),
            target: slug,
            asNamed: text('The name the source uses for the target.'),
            note: text('Context.'),
            evidence,
          },
          ['type', 'target', 'evidence'],
        ),
        'Instruments it cites, builds on, implements, supersedes, amends, commemorates, recalls, notes, welcomes or supports.',
      ),
    },
    ['id', 'kind', 'title', 'evidence'],
  ),
  posts: record(
    {
      ...common,
      title: text('The post as the source names it, e.g. "Bureau Director-General".'),
      rank: text('Its rank as the source states it (e.g. "Director level").'),
      postIn: { ...slug, description: 'The institution the post belongs to (W3C ORG postIn), when the source says which.' },
      postInNote: text('Why the institution is not given (e.g. "one of the Canadian Participants").'),
      participatesIn: links('target', 'Mechanisms, events or instruments the post takes part in, with a role.', {
        role: oneOf(participationRoles, 'How it takes part.'),
        asNamed: text('The name the source uses for the target.'),
      }),
    },
    ['id', 'title', 'evidence'],
  ),
  people: record(
    {
      ...common,
      name: text('The person as the source names them.'),
      holds: links('post', 'Posts the person holds (W3C ORG holds).', { from: date('Since when.'), to: date('Until when.') }),
      participatesIn: links('target', 'Mechanisms, events or instruments the person takes part in.', {
        role: oneOf(participationRoles, 'How they take part.'),
        asNamed: text('The name the source uses for the target.'),
      }),
    },
    ['id', 'name', 'evidence'],
  ),
  provisions: record(
    {
      id: slug,
      of: { ...slug, description: 'The instrument (or, for a finding, the review event) the provision belongs to.' },
      source: { ...slug, description: 'The source whose text holds the provision.' },
      locator: text('Where in the source: "§4.1.1", "2.1, bullet 3", "Preamble ¶4".'),
      kind: oneOf(provisionKinds, 'What the provision does.'),
      text: text('The provision verbatim (checked against the source).'),
      leadIn: text('The chapeau it hangs from, verbatim ("Japan and Canada will:").'),
      modality: oneOf(Object.keys(modalities), 'The governing verb as written, in base form; none when the text has no operative verb.'),
      verb: text('The action verb of the provision as written ("Explore"), when it weakens the modality.'),
      reported: flag('The source reports on the instrument rather than being its text.'),
      note: text('Context; an inference says so here.'),
      actors: links(
        'actor',
        'Who acts (countries, institutions, posts), with the words of the text that name them.',
        { role: oneOf(actorRoles, 'How the actor takes part (default acts).'), asNamed: text('The words of the text naming the actor.') },
        ['asNamed'],
      ),
      topics: links('topic', 'Technology areas and policy topics the provision addresses.', {
        asNamed: text('The words of the text naming the topic.'),
      }),
      mentions: links('target', 'Instruments, mechanisms, institutions, events and posts it names.', {
        asNamed: text('The words of the text naming it.'),
      }),
    },
    ['id', 'of', 'source', 'locator', 'kind', 'text'],
  ),
  figures: record(
    {
      id: slug,
      measure: text('What the number measures, e.g. "Japanese foreign direct investment in Canada".'),
      value: { type: 'number', description: 'The number, in the unit (29.4 billion dollars is 29400000000, unit cad).' },
      unit: oneOf(figureUnits, 'The unit or currency; write a per-year rate in `measure`.'),
      qualifier: oneOf(figureQualifiers, 'How the source qualifies it ("over" → over); exact by default.'),
      asWritten: text('The figure as the source writes it ("$29.4 billion"); it must occur in an excerpt.'),
      ...dated('asOf', 'The date the figure is as of.'),
      periodFrom: date('Start of the period it covers.'),
      periodTo: date('End of the period it covers.'),
      about: listOf(slug, 'Who or what the figure is about.'),
      note: text('Context; an inference says so here.'),
      evidence,
    },
    ['id', 'measure', 'value', 'unit', 'asWritten', 'evidence'],
  ),
};

/** The seed-file schema: a map of named lists, each of one kind of record. */
export function buildSeedSchema(): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://kizuna.example/seeds/schema.json',
    title: 'Kizuna seed file',
    description:
      'A YAML file under seeds/: lists of records of each kind (docs/curating.md). Generated from src/model/vocabulary.ts by npm run seed:schema.',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(sections).map(([name, item]) => [name, listOf(item, `The ${name} this file defines.`)])),
  };
}
