/**
 * The statement each cookbook query's root fields run, printed to test/unit/graphql/planned-statements/
 * (one file per query): a change to the planner, its table or a cypher/plan fragment shows as a diff
 * of these files in review. Also the planner's pure rules, without a database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadStatements } from '../../../src/db/statements.js';
import { loadTypeDefs } from '../../../src/graphql/loadTypeDefs.js';
import { composeStatement, fill, loadPlanFragments } from '../../../src/graphql/plan/composeStatement.js';
import { planRootField } from '../../../src/graphql/plan/plannedReads.js';
import { planSelection } from '../../../src/graphql/plan/planSelection.js';

const schema = buildSchema(loadTypeDefs());
const queryType = schema.getQueryType()!;
const statements = loadStatements();
const QUERIES_DIR = path.resolve(import.meta.dirname, '../../../docs/queries');

/** Each root field of a document with what a resolver's info would carry for it. */
function rootFields(source: string) {
  const document = parse(source);
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return operation.selectionSet.selections
    .filter((s): s is FieldNode => s.kind === 'Field')
    .map((field) => ({ schema, parentType: queryType, fieldNodes: [field], fragments, fieldName: field.name.value, operation }));
}

describe('planned statements of the cookbook', () => {
  const files = fs
    .readdirSync(QUERIES_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  it.each(files)('%s', async (file) => {
    const parts = rootFields(fs.readFileSync(path.join(QUERIES_DIR, file), 'utf8')).map((info) => {
      const plan = planRootField(info);
      const alias = info.fieldNodes[0]!.alias?.value;
      const title = `// ${alias ? `${alias}: ` : ''}${info.fieldName}`;
      return plan
        ? `${title} (extends cypher/${plan.statement}.cypher)\n${plan.extension.apply(statements[plan.statement])}`
        : `${title}: not planned (no relationship selected below it, or not a planned root field)`;
    });
    await expect(`${parts.join('\n\n')}\n`).toMatchFileSnapshot(`planned-statements/${file.replace(/\.graphql$/, '.cypher')}`);
  });
});

describe('the planner', () => {
  const plan = (source: string) => {
    const [info] = rootFields(source);
    return planSelection(schema, queryType, info!.fieldNodes, info!.fragments, [[]]);
  };

  it('plans nothing when no relationship is selected', () => {
    expect(plan('{ instrument(id: "x") { id title date { value } evidence { excerpt } } }')).toBeNull();
  });

  it('merges the same relationship reached by aliases and fragments into one step', () => {
    const p = plan(
      `{ instrument(id: "x") { a: parties { role } ...F } } fragment F on Instrument { parties(role: SIGNATORY) { institution { country { id } } } }`,
    );
    expect(p?.steps).toHaveLength(1);
    expect(p?.steps[0]).toMatchObject({ kind: 'edges', types: ['PARTICIPATES_IN'], direction: 'INCOMING' });
    // The edge record's institution is the other end of an incoming participation: its country is planned below it.
    expect(p?.steps[0]?.other.steps[0]).toMatchObject({ kind: 'edges', types: ['IN_COUNTRY'], direction: 'OUTGOING' });
  });

  it("does not plan through an edge record's near end", () => {
    // target is the instrument itself (the near end of an incoming participation): nothing to read below it.
    const p = plan('{ instrument(id: "x") { parties { target { ... on Instrument { countries { id } } } } } }');
    expect(p?.steps[0]?.other.steps).toEqual([]);
  });

  it('narrows abstract types by type condition', () => {
    const p = plan('{ node(id: "x") { ... on Institution { parts { id } } ... on Mechanism { usedBy { id } } } }');
    expect(p?.steps.map((s) => s.key)).toEqual(['edges:INCOMING:PART_OF', 'edges:INCOMING:USES']);
  });

  it('plans successions with both their ends', () => {
    const p = plan('{ institution(id: "x") { predecessors { institution { country { id } } changeEvent { originals { id } } } } }');
    expect(p?.steps[0]).toMatchObject({ kind: 'successions' });
    const step = p!.steps[0]!;
    expect(step.kind === 'successions' && step.event.steps[0]).toMatchObject({ types: ['ORIGINAL_ORGANIZATION'] });
    expect(step.other.steps[0]).toMatchObject({ types: ['IN_COUNTRY'] });
  });

  it('leaves fields whose reads depend on arguments to the loaders', () => {
    expect(plan('{ instrument(id: "x") { edges { relation } relatedInstruments { relation } } }')).toBeNull();
  });

  it('refuses a fragment placeholder without a value, and never reinterprets values', () => {
    expect(() => fill('{{a}} {{b}}', { a: '1' })).toThrow('{{b}}');
    expect(fill('{{a}}', { a: '{{b}} $x' })).toBe('{{b}} $x');
  });

  it('writes the same text for the same selection, whatever the argument values', () => {
    const fragments = loadPlanFragments();
    const properties = { properties: new Map(), relationships: new Map(), all: false };
    const a = plan('{ instrument(id: "a") { parties { role } } }')!;
    const b = plan('{ instrument(id: "b") { parties { role } } }')!;
    expect(composeStatement(fragments, 'RETURN 1 AS id', a, properties)).toBe(composeStatement(fragments, 'RETURN 1 AS id', b, properties));
  });
});
