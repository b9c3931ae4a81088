import type { TargetName } from './operations.js';

/** A response is good when it is a 200 without GraphQL `errors` (or a peer's `error`). */
export function checkResponse(status: number, body: string): { ok: boolean } {
  return { ok: status === 200 && !body.includes('"errors"') && !body.includes('"error"') };
}

type Json = { [key: string]: unknown };

const object = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** A list field of ours: a connection's nodes, or a plain list. */
const nodes = (value: unknown): unknown[] => {
  const connection = object(value);
  if (!connection) return list(value);
  if (Array.isArray(connection.edges)) return connection.edges.map((edge) => object(edge)?.node);
  return list(connection.items);
};
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * What must agree between targets for the same parameters: the ids of listed policies, a
 * policy's title, industries and links. '' where answers legitimately differ in shape
 * (search hits per index, neighbourhood walk order).
 */
export function signature(operation: string, given: TargetName, body: string): string {
  // The uncached service answers Hechuang's documents: its answers read the same way.
  const target = given === 'hechuang-nocache' ? 'hechuang' : given;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return 'unparsable';
  }
  const root = object(json) ?? {};
  const data = object(root.data) ?? root;
  const ids = (items: unknown[], n: number) =>
    items
      .slice(0, n)
      .map((p) => text(object(p)?.id))
      .join(',');
  switch (operation) {
    case 'industry page':
      return target === 'hechuang'
        ? ids(nodes(data.policies), 10)
        : target === 'neo4j-graphql'
          ? ids(list(data.policies), 10)
          : ids(
              list(data.policies).map((r) => object(r)?.policy),
              10,
            );
    case 'policy list':
      return target === 'hechuang'
        ? ids(nodes(data.policies), 20)
        : target === 'neo4j-graphql'
          ? ids(list(data.policies), 20)
          : ids(list(data.items), 20);
    case 'policy detail': {
      const p = object(target === 'hechuang' ? data.policy : target === 'neo4j-graphql' ? list(data.policies)[0] : data.policy);
      if (!p) return 'missing';
      const codes = (target === 'cypher' ? list(data.industries).map((r) => object(r)?.industry) : list(p.industries))
        .map((i) => text(object(i)?.code))
        .sort();
      const links =
        target === 'hechuang'
          ? list(p.links).length
          : target === 'neo4j-graphql'
            ? ['repeals', 'repealedBy', 'replaces', 'replacedBy', 'amends', 'amendedBy'].reduce((n, k) => n + list(p[k]).length, 0)
            : list(data.links).length;
      return `${text(p.title)}|${codes.join(',')}|${links}`;
    }
    default:
      return '';
  }
}
