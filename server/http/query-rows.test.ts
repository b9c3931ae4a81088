import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateRows } from './query-rows.js';

const schema = buildSchema(`
  type Query { people(first: Int = 20, after: String): PersonConnection! person(id: ID!): Person neighbourhood(limit: Int = 50): Neighbourhood }
  type PageInfo { hasNextPage: Boolean! }
  type PersonConnection { nodes: [Person!]! pageInfo: PageInfo! }
  type Person { name: String! friends: [Person!]! }
  type Neighbourhood { nodes: [Person!]! truncated: Boolean! }
`);

const rows = (query: string, variables: Record<string, unknown> = {}) =>
  estimateRows({ schema, document: parse(query), variables, assumedListSize: 10 });

describe('estimateRows', () => {
  it('multiplies by `first` from a literal, a variable or the default, and counts a page’s nodes once', () => {
    expect(rows('{ people(first: 5) { nodes { name } } }')).toBe(
      rows('query ($n: Int) { people(first: $n) { nodes { name } } }', { n: 5 }),
    );
    expect(rows('{ people { nodes { name } } }')).toBe(rows('{ people(first: 20) { nodes { name } } }'));
    // people: 1 + 5 × (nodes: 1 + name: 1)
    expect(rows('{ people(first: 5) { nodes { name } } }')).toBe(11);
  });

  it('assumes the configured size for a list without `first`', () => {
    // person: 1 + (friends: 1 + 10 × (name: 1))
    expect(rows('{ person(id: "x") { friends { name } } }')).toBe(12);
    expect(rows('{ person(id: "x") { friends { friends { name } } } }')).toBe(1 + 1 + 10 * (1 + 10));
  });

  it('treats `limit` like `first` and a neighbourhood’s nodes as its own items', () => {
    expect(rows('{ neighbourhood(limit: 100) { nodes { name } } }')).toBe(1 + 100 * (1 + 1));
  });
});
