/**
 * Request-level checks that turn two classes of client mistakes into 400s before anything runs:
 *
 * - argumentLimitsPlugin: every string argument and input field, written in the query or sent as
 *   a variable, is at most the length src/curation/inputLimits.ts gives its field (IDs 128, titles
 *   2,000, names 500, anything else 4,000 …). Over-long values never reach a resolver or Neo4j,
 *   which cannot index them; reads and curator writes share the one table of limits.
 * - knownOperationTypes: an operation whose type the schema does not define (`subscription`),
 *   which graphql-js 16 only notices while executing, as an error without a code.
 */
import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import type * as GraphQL from 'graphql';
import type {
  ASTNode,
  ASTVisitor,
  DocumentNode,
  GraphQLInputType,
  GraphQLSchema,
  OperationDefinitionNode,
  ValidationContext,
} from 'graphql';
import { inputLimits, limitOf, stringProblem, type LengthProblem } from '../curation/inputLimits.js';
import { ErrorCode } from '../errors.js';

// graphql-js refuses schema types and errors from another copy of itself (instanceof checks). Node
// loads graphql's CommonJS build for Apollo Server; under Vitest a plain import would load its ESM
// build instead, so take graphql-js from the copy Apollo uses, in tests as in production.
const {
  getNamedType,
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} = createRequire(import.meta.url)('graphql') as typeof GraphQL;

/** The limit of a string of `type` in field or argument `field`: IDs by type, other scalars by name; enums none. */
function limitFor(type: GraphQLInputType, field: string): number | null {
  const named = getNamedType(type);
  if (isEnumType(named) || isInputObjectType(named)) return null;
  if (named.name === 'ID') return inputLimits.id;
  if (named.name === 'String') return limitOf(field);
  // Int, Float and Boolean are never strings; a custom scalar is held to the ceiling.
  return named.name === 'Int' || named.name === 'Float' || named.name === 'Boolean' ? null : inputLimits.text;
}

function checkLength(value: string, max: number | null, path: string, into: LengthProblem[]): void {
  const message = max === null ? null : stringProblem(value, max);
  if (message) into.push({ path, message });
}

/** Walks a raw (uncoerced) variable value along its declared type; values of the wrong shape are left to coercion. */
function checkVariable(value: unknown, type: GraphQLInputType, path: string, field: string, into: LengthProblem[]): void {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (typeof value === 'string') return checkLength(value, limitFor(inner, field), path, into);
  if (isListType(inner)) {
    // Input coercion accepts a single value where a list is expected.
    if (Array.isArray(value)) value.forEach((item, i) => checkVariable(item, inner.ofType, `${path}[${i}]`, field, into));
    else checkVariable(value, inner.ofType, path, field, into);
  } else if (isInputObjectType(inner) && value !== null && typeof value === 'object') {
    const fields = inner.getFields();
    for (const [key, item] of Object.entries(value)) {
      const def = fields[key];
      if (def) checkVariable(item, def.type, `${path}.${key}`, key, into);
    }
  }
}

/** The name of the argument or input field a literal belongs to (the nearest one up the tree). */
function fieldOf(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (node && !Array.isArray(node) && 'kind' in node && (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD)) {
      return node.name.value;
    }
  }
  return '';
}

/**
 * Every over-long string in `operation` (literals anywhere in `document`, which includes its
 * fragments) and in its raw `variables`, each with a path: `$var.field[0]` for variables, the
 * argument or field name for literals. Pure; never throws.
 */
export function findOverlongArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): LengthProblem[] {
  const problems = [...literalProblems(schema, document)];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type && variables && name in variables) checkVariable(variables[name], type, `$${name}`, name, problems);
  }
  return problems;
}

/**
 * The over-long literals of a document, worked out once per document: Apollo hands every request
 * with the same query text the same parsed DocumentNode, so the typed walk of the whole document
 * does not run again on the hot path; only the variables (which differ per request) are checked
 * each time.
 */
const literalProblemsOf = new WeakMap<DocumentNode, readonly LengthProblem[]>();
function literalProblems(schema: GraphQLSchema, document: DocumentNode): readonly LengthProblem[] {
  const known = literalProblemsOf.get(document);
  if (known) return known;
  const problems: LengthProblem[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node, _key, parent, _path, ancestors) {
        const type = typeInfo.getInputType();
        // The parent (an argument, a field or a list) is not among the ancestors.
        const field = fieldOf(parent ? [...ancestors, parent] : ancestors);
        if (type) checkLength(node.value, limitFor(type, field), field, problems);
      },
    }),
  );
  literalProblemsOf.set(document, problems);
  return problems;
}

/** The plugin: BAD_USER_INPUT, HTTP 400, listing each over-long value in extensions.problems. */
export function argumentLimitsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, operation, request }) => {
        if (!operation) return;
        const problems = findOverlongArguments(schema, document, operation, request.variables);
        if (problems.length === 0) return;
        const lines = problems.map((p) => `${p.path}: ${p.message}`);
        const message = lines.length === 1 ? (lines[0] ?? '') : `The request has ${lines.length} over-long values: ${lines.join('; ')}`;
        // A GraphQLError of Apollo's graphql-js, so Apollo keeps its code and status (see the require above).
        throw new GraphQLError(message, { extensions: { problems, http: { status: 400 }, code: ErrorCode.BAD_USER_INPUT } });
      },
    }),
  };
}

/**
 * Validation rule: an operation whose type (query, mutation, subscription) the schema does not
 * define is GRAPHQL_VALIDATION_FAILED (HTTP 400), as the GraphQL spec's draft and graphql-js 17
 * (KnownOperationTypesRule) have it, instead of an uncoded execution error.
 */
export function knownOperationTypes(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (!schema.getRootType(node.operation)) {
        context.reportError(
          new GraphQLError(`This API has no ${node.operation} operations: the schema defines only queries and mutations.`, {
            nodes: node,
          }),
        );
      }
    },
  };
}
