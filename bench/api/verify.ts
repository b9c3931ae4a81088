import type { TargetName } from './operations.js';

/** A response is good when it is a 200 without GraphQL `errors` (or a peer's `error`). */
export function checkResponse(status: number, body: string): { ok: boolean } {
  return { ok: status === 200 && !body.includes('"errors"') && !body.includes('"error"') };
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * What must agree between targets for the same parameters: the ids of listed policies, a
 * policy's title, industries and links. '' where answers legitimately differ in shape
 * (search hits per index, neighbourhood walk order).
 */
export function signature(operation: string, target: TargetName, body: string): string {
  let json: Json;
  try {
    json = JSON.parse(body) as Json;
  } catch {
    return 'unparsable';
  }
  const data = (json.data ?? json) as Json;
  const ids = (items: Json[] | undefined, n: number) =>
    (items ?? [])
      .slice(0, n)
      .map((p) => p.id as string)
      .join(',');
  const nodes = (connection: Json | undefined) => (connection?.edges as Json[] | undefined)?.map((e) => e.node as Json);
  switch (operation) {
    case 'industry page':
      return target === 'hechuang'
        ? ids(nodes(data.policies), 10)
        : target === 'neo4j-graphql'
          ? ids(data.policies, 10)
          : ids(
              data.policies?.map((r: Json) => r.policy),
              10,
            );
    case 'policy list':
      return target === 'hechuang'
        ? ids(nodes(data.policies), 20)
        : target === 'neo4j-graphql'
          ? ids(data.policies, 20)
          : ids(data.items, 20);
    case 'policy detail': {
      const p = (target === 'hechuang' ? data.policy : target === 'neo4j-graphql' ? data.policies?.[0] : data.policy) as Json | undefined;
      if (!p) return 'missing';
      const codes = (target === 'cypher' ? (data.industries as Json[]).map((r) => r.industry) : (p.industries as Json[]))
        .map((i) => i.code as string)
        .sort();
      const links =
        target === 'hechuang'
          ? (p.links as Json[]).length
          : target === 'neo4j-graphql'
            ? ['repeals', 'repealedBy', 'replaces', 'replacedBy', 'amends', 'amendedBy'].reduce((n, k) => n + (p[k] as Json[]).length, 0)
            : (data.links as Json[]).length;
      return `${p.title}|${codes.join(',')}|${links}`;
    }
    default:
      return '';
  }
}
