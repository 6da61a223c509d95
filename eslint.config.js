// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

/**
 * The floor plan (README "Architecture", docs/architecture.md): imports point down only,
 *   cli → app → http → graphql → {graph, curation, export} → {seed → db} → model
 * with config, errors and logger usable from anywhere and importing none of the layers. Each
 * folder lists the folders it must not import; a wrong arrow fails `npm run lint`
 * (test/unit/layers.test.ts proves the rule bites). Only src/db/ may import the Neo4j driver.
 */
const layers = {
  model: ['db', 'seed', 'graph', 'curation', 'export', 'graphql', 'generated', 'http', 'app', 'cli'],
  db: ['seed', 'graph', 'curation', 'export', 'graphql', 'generated', 'http', 'app', 'cli'],
  seed: ['graph', 'curation', 'export', 'graphql', 'generated', 'http', 'app', 'cli'],
  graph: ['curation', 'export', 'graphql', 'generated', 'http', 'app', 'cli'],
  curation: ['graph', 'export', 'graphql', 'generated', 'http', 'app', 'cli'],
  export: ['curation', 'graphql', 'generated', 'http', 'app', 'cli'],
  graphql: ['http', 'app', 'cli'],
  http: ['app', 'cli'],
  app: ['cli'],
  cli: [],
};
/** Modules at the root of src/ (config, errors, logger) import no layer. */
const everyLayer = [...Object.keys(layers), 'generated'];
const driver = { name: 'neo4j-driver', message: 'Only src/db/ talks to Neo4j: take a Reader or a Db instead.' };
const importRule = (forbidden, { root = false, allowDriver = false } = {}) => [
  'error',
  {
    paths: allowDriver ? [] : [driver],
    patterns: forbidden.length
      ? [
          {
            regex: root ? `^\\./(${forbidden.join('|')})/` : `^(\\.\\./)+(${forbidden.join('|')})/`,
            message:
              'Layers point one way (cli → app → http → graphql → graph/curation/export → seed/db → model); move the code down or pass it in.',
          },
        ]
      : [],
  },
];
const layerRules = [
  ...Object.entries(layers).map(([folder, forbidden]) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: { 'no-restricted-imports': importRule(forbidden, { allowDriver: folder === 'db' }) },
  })),
  // model/ imports nothing outside itself, not even config or errors.
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [driver], patterns: [{ regex: '^\\.\\./', message: 'model/ imports nothing.' }] }],
    },
  },
  { files: ['src/*.ts'], rules: { 'no-restricted-imports': importRule(everyLayer, { root: true }) } },
];

export default tseslint.config(
  {
    ignores: [
      '.dependency-cruiser.cjs',
      'node_modules/',
      'src/generated/',
      'neo4j-launcher/target/',
      '.kizuna/',
      'test-artifacts/',
      'explorer/dist/',
      '.stryker-tmp/',
      'reports/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The environment is read in src/config.ts only.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/config.ts.' }],
    },
  },
  ...layerRules,
  {
    files: ['src/config.ts', 'test/**', 'bench/**', 'scripts/**', '*.config.ts', '*.config.js'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // The SDL in schema/ is the API's manual in GraphiQL: every definition must say what it means.
    files: ['schema/**/*.graphql'],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: 'schema/*.graphql' } } },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          ScalarTypeDefinition: true,
          ObjectTypeDefinition: true,
          InterfaceTypeDefinition: true,
          UnionTypeDefinition: true,
          InputObjectTypeDefinition: true,
          EnumTypeDefinition: true,
          DirectiveDefinition: true,
          OperationDefinition: true,
        },
      ],
      // Off: it demands an `id: ID!` on every object type (PageInfo, Evidence, PartialDate …), a change to the public contract.
      '@graphql-eslint/strict-id-in-types': 'off',
    },
  },
);
