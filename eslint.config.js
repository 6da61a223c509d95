// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

export default tseslint.config(
  { ignores: ['node_modules/', 'src/generated/', 'neo4j-launcher/target/', '.kizuna/', 'test-artifacts/', 'explorer/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The environment is read in src/config.ts only.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/config.ts.' }],
    },
  },
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
