/** What an operation is: a request per target, with parameters drawn from pools of the generated graph. */

/** `hechuang-nocache`: the same service with RESPONSE_CACHE=off, sent Hechuang's requests. */
export type TargetName = 'hechuang' | 'hechuang-nocache' | 'neo4j-graphql' | 'cypher';
export const TARGETS: readonly TargetName[] = ['hechuang', 'hechuang-nocache', 'neo4j-graphql', 'cypher'];
type RequestTarget = Exclude<TargetName, 'hechuang-nocache'>;

export interface HttpRequest {
  path: string;
  body: string;
}

export type PolicyListParams =
  | { kind: 'industry'; code: string; validity: 'VALID' }
  | { kind: 'region'; code: string; from: string }
  | { kind: 'issuer'; issuer: string; level: 'COUNTY' };

export interface Profile {
  industries: string[];
  region: string;
  foundedOn: string;
  employees: number;
  revenue: number;
  rdStaff: number;
  qualifications: string[];
}

export interface Operation<P = unknown> {
  name: string;
  describe: string;
  params(random: () => number, pools: Pools): P;
  /** null: the target cannot express the operation fairly; `unsupported` says why. */
  request: Record<RequestTarget, ((params: P) => HttpRequest) | null>;
  unsupported?: Partial<Record<RequestTarget, string>>;
}

export const requestFor = <P>(op: Operation<P>, target: TargetName) => op.request[target === 'hechuang-nocache' ? 'hechuang' : target];
export const unsupportedFor = <P>(op: Operation<P>, target: TargetName) =>
  op.unsupported?.[target === 'hechuang-nocache' ? 'hechuang' : target];

export interface Pools {
  industries: string[];
  /** Counties and the city: policy list filters by region include the regions inside. */
  regions: string[];
  policyIds: string[];
  entityIds: string[];
  searchTerms: string[];
}

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
export const graphql = (query: string, variables: Record<string, unknown>): HttpRequest => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
export const cypher = (name: string, params: unknown): HttpRequest => ({ path: `/cypher/${name}`, body: JSON.stringify(params) });
