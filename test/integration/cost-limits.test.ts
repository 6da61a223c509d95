/**
 * The depth, alias and cost limits judge what a request asks for, not how it is spelled: every query
 * of the misuse suite and the issue's examples, written with literals, with variables, with variable
 * defaults, with schema defaults (where a literal equals one) and with nested named fragments, gets
 * the same verdict, the same answer and the same reported cost. The explorer's documents, with
 * realistic variables, stay within the limits.
 */
import {
  buildSchema,
  getNamedType,
  getNullableType,
  Kind,
  parse,
  parseType,
  print,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  astFromValue,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents } from '../../explorer/src/api.js';
import { loadTypeDefs } from '../../src/graphql/loadTypeDefs.js';
import { startTestKizuna, type GraphQLResponse, type TestKizuna } from './support/startTestKizuna.js';

interface Request {
  query: string;
  variables: Record<string, unknown>;
}

const schema: GraphQLSchema = buildSchema(loadTypeDefs());

/** Every argument literal becomes a variable: sent as a value, or (withDefaults) as the variable's default. */
function withVariables(document: DocumentNode, withDefaults: boolean): Request {
  const typeInfo = new TypeInfo(schema);
  const definitions: VariableDefinitionNode[] = [];
  const variables: Record<string, unknown> = {};
  const rewritten = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node: ArgumentNode) {
        const argument = typeInfo.getArgument();
        if (!argument || node.value.kind === Kind.VARIABLE) return undefined;
        const name = `v${definitions.length}`;
        // A nullable variable with a default may stand where a non-null argument is expected.
        const type = withDefaults ? getNullableType(argument.type) : argument.type;
        definitions.push({
          kind: Kind.VARIABLE_DEFINITION,
          variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } },
          type: parseType(String(type)),
          ...(withDefaults ? { defaultValue: node.value } : {}),
        } as VariableDefinitionNode);
        if (!withDefaults) variables[name] = valueFromAST(node.value, argument.type);
        return { ...node, value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } } };
      },
    }),
  );
  const withDefinitions = visit(rewritten, {
    OperationDefinition: (op: OperationDefinitionNode) => ({
      ...op,
      variableDefinitions: [...(op.variableDefinitions ?? []), ...definitions],
    }),
  });
  return { query: print(withDefinitions), variables };
}

/** Arguments whose literal equals the schema's default are left out; null when there are none. */
function withSchemaDefaults(document: DocumentNode): Request | null {
  const typeInfo = new TypeInfo(schema);
  let dropped = 0;
  const rewritten = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node: ArgumentNode) {
        const argument = typeInfo.getArgument();
        if (argument?.defaultValue === undefined) return undefined;
        const fallback = astFromValue(argument.defaultValue, argument.type);
        if (!fallback || print(fallback) !== print(node.value)) return undefined;
        dropped++;
        return null;
      },
    }),
  );
  return dropped > 0 ? { query: print(rewritten), variables: {} } : null;
}

/** Every selection set (the operation's too) moves into its own named fragment, nested as deep as the query. */
function withFragments(document: DocumentNode): Request {
  const typeInfo = new TypeInfo(schema);
  const fragments: FragmentDefinitionNode[] = [];
  const spread = (selectionSet: SelectionSetNode, typeName: string): SelectionSetNode => {
    const name = `F${fragments.length}`;
    fragments.push({
      kind: Kind.FRAGMENT_DEFINITION,
      name: { kind: Kind.NAME, value: name },
      typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: typeName } },
      selectionSet,
    });
    return { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FRAGMENT_SPREAD, name: { kind: Kind.NAME, value: name } }] };
  };
  const rewritten = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        // On leave the children are already rewritten, so fragments nest like the fields they replace.
        leave(node: FieldNode) {
          const type = getNamedType(typeInfo.getType());
          if (!node.selectionSet || !type) return undefined;
          return { ...node, selectionSet: spread(node.selectionSet, type.name) };
        },
      },
      OperationDefinition: {
        leave(op: OperationDefinitionNode) {
          return { ...op, selectionSet: spread(op.selectionSet, 'Query') };
        },
      },
    }),
  );
  return { query: print({ ...rewritten, definitions: [...rewritten.definitions, ...fragments] }), variables: {} };
}

/** The query written every way the limits must not tell apart. */
function spellings(query: string): [string, Request][] {
  const document = parse(query);
  const schemaDefaults = withSchemaDefaults(document);
  return [
    ['literal', { query, variables: {} }],
    ['variables', withVariables(document, false)],
    ['variable defaults', withVariables(document, true)],
    ...(schemaDefaults ? [['schema defaults', schemaDefaults] as [string, Request]] : []),
    ['nested fragments', withFragments(document)],
  ];
}

/** instrument → (parties → institution → participations → target) × levels → tail: 1 + 4 × levels + the tail's depth. */
const deepQuery = (levels: number, tail = 'id'): string => {
  const nest = (n: number): string =>
    n === 0 ? tail : `parties { institution { participations { target { ... on Instrument { ${nest(n - 1)} } } } } }`;
  return `{ instrument(id: "mou-2019-nrc-aist") { ${nest(levels)} } }`;
};

const issueInstruments =
  '{ instruments(first: 100) { edges { node { id title parties { role institution { id name acronym } } technologyAreas { how technologyArea { id name } } } } } }';
const relationshipsPage =
  '{ relationships(first: 100) { edges { node { id relation from { id } to { id } evidence { locator excerpt } } } pageInfo { hasNextPage endCursor } totalCount } }';
const relationshipsTooCostly =
  '{ relationships(first: 100) { edges { cursor node { id relation qualifier year asNamed from { id ... on Instrument { title parties { role institution { id name } } } } to { id ... on Instrument { title parties { role institution { id name } } } } evidence { locator excerpt note source { id title } } } } pageInfo { hasNextPage endCursor } totalCount } }';

/** The misuse suite's queries (test/integration/misuse.test.ts), the issue's examples and the limits' edges. */
const corpus: string[] = [
  '{ instrument(id: "nope") { id } }',
  '{ institution(id: "moc-2023-industrial-science-technology") { id } }',
  '{ lineage(id: "nope") { root { id } } }',
  '{ path(from: "meti", to: "nope") { length } }',
  '{ overlap(ids: ["moc-2023-industrial-science-technology", "nope"]) { score } }',
  '{ graph(ids: ["nope"]) { truncated } }',
  '{ instruments(filter: { participant: "nope" }) { totalCount } }',
  '{ overlap(ids: ["moc-2023-industrial-science-technology"]) { score } }',
  '{ overlap(ids: ["mou-2019-nrc-aist", "mou-2019-nrc-aist"]) { score } }',
  '{ lineage(id: "meti", maxDepth: 0) { root { id } } }',
  '{ lineage(id: "meti", maxDepth: 11) { root { id } } }',
  '{ lineage(id: "canada") { root { id } } }',
  '{ instruments(first: 101) { totalCount } }',
  '{ instruments(first: -5) { totalCount } }',
  '{ instruments(after: "not-a-cursor") { totalCount } }',
  '{ search(text: "") { score } }',
  '{ search(text: "quantum", first: 1000) { score } }',
  '{ search(text: "quantum", first: 20) { score node { id } } }',
  '{ path(from: "meti", to: "miti", maxLength: 99) { length } }',
  '{ timeline(from: 2000, to: 1990) { year } }',
  '{ timeline(from: 1900, to: 2100) { year } }',
  '{ graph(ids: ["meti"], depth: 4) { truncated } }',
  // Depth: 12 levels of fields (the limit) passes, 13 fails, whatever the fragments around them.
  deepQuery(2, 'parties { institution { id } }'),
  deepQuery(2, 'parties { institution { participations { role } } }'),
  `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: instrument(id: "mou-2019-nrc-aist") { id }`).join(' ')} }`,
  `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: instrument(id: "mou-2019-nrc-aist") { id }`).join(' ')} }`,
  issueInstruments,
  relationshipsPage,
  relationshipsTooCostly,
  '{ relationships(first: 100) { totalCount edges { node { id from { id ... on Instrument { parties { institution { participations { target { ... on Instrument { parties { role } } } } } } } } } } } }',
];

type Verdict = { status: number; data: unknown; errors: { code: unknown; message: string; cost: unknown }[] };

function verdictOf(res: GraphQLResponse): Verdict {
  return {
    status: res.status,
    data: res.data ?? null,
    errors: (res.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message, cost: e.extensions?.cost })),
  };
}

let kizuna: TestKizuna;
// The same server with the lowest cost limit allowed: it reports the cost of everything but the smallest queries.
let strict: TestKizuna;
beforeAll(async () => {
  kizuna = await startTestKizuna();
  strict = await startTestKizuna({ GRAPHQL_MAX_COST: '100', SEED_ON_START: 'false' });
});
afterAll(async () => {
  await strict?.stop();
  await kizuna?.stop();
});

describe('limits judge what is asked, not how it is spelled', () => {
  it.each(corpus)('%s', async (query) => {
    const ways = spellings(query);
    const verdicts = [];
    const strictVerdicts = [];
    for (const [, request] of ways) {
      verdicts.push(verdictOf(await kizuna.graphql(request.query, request.variables)));
      strictVerdicts.push(verdictOf(await strict.graphql(request.query, request.variables)));
    }
    for (const verdict of [...verdicts, ...strictVerdicts]) {
      expect(verdict.status, JSON.stringify(verdict.errors)).toBeLessThan(500);
      expect(verdict.errors.map((e) => e.code)).not.toContain('INTERNAL_SERVER_ERROR');
    }
    const [literal, ...others] = verdicts;
    others.forEach((verdict, i) => expect(verdict, `${ways[i + 1]![0]}: ${ways[i + 1]![1].query}`).toEqual(literal));
    const [strictLiteral, ...strictOthers] = strictVerdicts;
    strictOthers.forEach((verdict, i) => expect(verdict, `${ways[i + 1]![0]} (max cost 100)`).toEqual(strictLiteral));
  });

  it('reports the cost and the limit of a refused query, as a client error', async () => {
    for (const [way, request] of spellings(relationshipsTooCostly)) {
      const res = await kizuna.graphql(request.query, request.variables);
      expect(res.status, way).toBe(400);
      expect(res.errors?.[0]?.extensions, way).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', maxCost: 20_000 });
      expect(res.errors?.[0]?.message, way).toMatch(/^Query cost limit of 20000 exceeded, found [\d.]+\. Ask for smaller pages/);
      expect(res.errors?.[0]?.extensions?.cost, way).toBeGreaterThan(20_000);
    }
  });

  it('costs the issue examples and the README export page as documented', async () => {
    // README (Limits): leaf 1; object 2 + 1.5 × its selection; × first/last. Both pass at 20,000.
    for (const [query, cost] of [
      [relationshipsPage, 6575],
      [issueInstruments, 9809.375],
    ] as const) {
      const res = await strict.graphql(query);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: 100 });
      expect((await kizuna.graphql(query)).errors).toBeUndefined();
    }
  });

  it('refuses deeper queries and more aliases however they are spelled', async () => {
    for (const [way, request] of spellings(deepQuery(3))) {
      const res = await kizuna.graphql(request.query, request.variables);
      expect(res.errors?.[0]?.message, way).toMatch(/depth limit of 12 exceeded, found 14/);
      expect(res.status, way).toBe(400);
    }
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: instrument(id: "mou-2019-nrc-aist") { id }`).join(' ')} }`;
    for (const [way, request] of spellings(aliases)) {
      expect((await kizuna.graphql(request.query, request.variables)).errors?.[0]?.message, way).toMatch(
        /Aliases limit of 15 exceeded, found 16/,
      );
    }
  });

  it('accepts every explorer document with realistic variables', async () => {
    const page = await kizuna.graphql<{ instruments: { edges: { node: { id: string } }[] } }>(
      '{ instruments(first: 50) { edges { node { id } } } }',
    );
    const ids = page.data!.instruments.edges.map((e) => e.node.id);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    const variables: Record<keyof typeof documents, Record<string, unknown>> = {
      search: { text: 'quantum' },
      suggest: { prefix: 'me' },
      graph: { ids: [...ids, ...ids].slice(0, 50), depth: 3 },
      lineage: { id: 'moc-2023-industrial-science-technology', direction: 'BOTH', maxDepth: 10 },
      overlap: { ids: ids.slice(0, 20) },
      path: { from: 'meti', to: 'miti' },
      node: { id: 'moc-2023-industrial-science-technology' },
    };
    for (const [name, query] of Object.entries(documents)) {
      const res = await kizuna.graphql(query, variables[name as keyof typeof documents]);
      const refused = (res.errors ?? []).filter((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
      expect(refused, name).toEqual([]);
    }
  });
});
