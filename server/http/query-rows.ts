import { getNullableType, GraphQLError, isListType, isObjectType, type GraphQLCompositeType } from 'graphql';
import type { Plugin } from 'graphql-yoga';
// The CommonJS build, so that it shares graphql's CommonJS instance with yoga under vitest too.
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';

/**
 * graphql-armor's cost limit sees only literal `first` arguments and counts a relation list
 * (`members`, `industries`…) as one object. This limit estimates the rows a query can touch
 * once its variables are known: a field with a `first` or `limit` argument returns that many
 * items, any other list field `assumedListSize`, and the item lists of a page (`nodes`,
 * `items`, `hits`… inside a type that has `pageInfo`, `hasMore` or `truncated`) are the page's
 * own items, not counted twice. Over `maxRows` the operation is refused before it runs.
 */
export interface RowLimits {
  maxRows: number;
  assumedListSize: number;
}

const SIZE_ARGUMENTS = ['first', 'limit'] as const;
const PAGE_MARKERS = ['pageInfo', 'hasMore', 'truncated'];

function isPageType(type: GraphQLCompositeType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return PAGE_MARKERS.some((name) => name in fields);
}

function requestedSize(args: Record<string, unknown>): number | null {
  for (const name of SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  return null;
}

/**
 * A query embedding (a forward pass of the model) costs this many rows: with the default
 * GRAPHQL_MAX_ROWS an operation embeds at most four queries, however it aliases them.
 */
export const EMBEDDING_ROWS = 10_000;

/** Fields that embed their query: `semanticSearch`, `search` (hybrid when the model is there) and non-FULLTEXT `searchDocuments`. */
function embeds(fieldName: string, args: Record<string, unknown>): boolean {
  if (fieldName === 'semanticSearch' || fieldName === 'search') return true;
  return fieldName === 'searchDocuments' && args.mode !== undefined && args.mode !== 'FULLTEXT';
}

function rowEstimator(assumedListSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const embedding = type.name === 'Query' && embeds(field.name, args) ? EMBEDDING_ROWS : 0;
    const size = requestedSize(args);
    if (size !== null) return embedding + 1 + size * childComplexity;
    const returnsList = isListType(getNullableType(field.type));
    if (returnsList && !isPageType(type)) return embedding + 1 + assumedListSize * childComplexity;
    return embedding + 1 + childComplexity;
  };
}

type ComplexityOptions = Parameters<typeof getComplexity>[0];

export function estimateRows(options: {
  schema: ComplexityOptions['schema'];
  document: ComplexityOptions['query'];
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  assumedListSize: number;
}): number {
  return getComplexity({
    schema: options.schema,
    query: options.document,
    variables: options.variables ?? {},
    operationName: options.operationName ?? undefined,
    estimators: [rowEstimator(options.assumedListSize)],
  });
}

/** Refuses, before execution and with code VALIDATION, an operation estimated over `maxRows`. */
export function rowLimit(limits: RowLimits): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let rows: number;
      try {
        rows = estimateRows({
          // envelop types the execution arguments as any.
          schema: args.schema as ComplexityOptions['schema'],
          document: args.document as ComplexityOptions['query'],
          variables: args.variableValues as Record<string, unknown> | undefined,
          operationName: args.operationName as string | null | undefined,
          assumedListSize: limits.assumedListSize,
        });
      } catch (error) {
        // Bad variables are reported by execution itself with its own message.
        if (error instanceof GraphQLError) return;
        throw error;
      }
      if (rows <= limits.maxRows) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `Query would read about ${Math.round(rows)} rows, more than the ${limits.maxRows} allowed: ask for smaller pages or fewer nested lists`,
            {
              extensions: { code: 'VALIDATION', limit: 'maxRows', rows: Math.round(rows), maxRows: limits.maxRows },
            },
          ),
        ],
      });
    },
  };
}
