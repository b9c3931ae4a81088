import { randomUUID } from 'node:crypto';
import type { Graph } from '../../../graph/driver.js';
import { createRepositories } from '../../../graph/repositories/index.js';
import { CLI_ACTOR } from '../../../domain/account/access.js';
import type { PolicyDraft, PolicyRecord } from '../../../domain/policy/types.js';
import { setPolicyDeleted } from '../../../services/policy/curation.js';

/** An id no other test uses: `prefix-<n>-<random>`. */
let sequence = 0;
export const uniqueId = (prefix: string) => `${prefix}-${(sequence += 1)}-${randomUUID().slice(0, 8)}`;

export interface PolicyOverrides extends Partial<PolicyDraft> {
  id?: string;
  /** The source's region; null for none (no IN_REGION link). Default 330400 (嘉兴市). */
  regionCode?: string | null;
  level?: string;
  /** Industry codes the crawler links with SUPPORTS. */
  industryCodes?: string[];
  sourceId?: string;
  /** Soft-deleted after it is stored (as an operator would). */
  deleted?: boolean;
}

/**
 * A policy as the crawler stores a fetched page (through the repository's save path, in its own
 * transaction): unique id and URL, 嘉兴市, no dates, no validity, unless `overrides` say otherwise.
 * Relations in `relations` link to stored policies whose 发文字号 or title they name.
 */
export async function buildPolicy(graph: Graph, overrides: PolicyOverrides = {}): Promise<PolicyRecord> {
  const repos = createRepositories(graph);
  const {
    id = uniqueId('policy'),
    regionCode = '330400',
    level = '嘉兴市',
    industryCodes = [],
    sourceId = 'test-source',
    deleted,
    ...fields
  } = overrides;
  const draft: PolicyDraft = {
    url: `https://gov.example.cn/art/${id}.html`,
    title: `测试政策 ${id}`,
    documentNumber: null,
    issuer: null,
    writtenDate: null,
    publishedDate: null,
    validity: null,
    effectiveDate: null,
    expiryDate: null,
    category: null,
    text: '',
    html: '',
    attachments: [],
    relations: [],
    ...fields,
  };
  await graph.writeTx((tx) =>
    repos.policies.save(tx, {
      id,
      draft,
      contentHash: `hash-${id}`,
      sourceId,
      regionCode: regionCode ?? '',
      level,
      industryCodes,
      issuerId: draft.issuer ? `org-${id}` : null,
      etag: null,
      lastModified: null,
    }),
  );
  if (deleted) await setPolicyDeleted({ graph, repos }, CLI_ACTOR, id, 1, true);
  const [stored] = await repos.policies.byIds([id], true);
  return stored!;
}
