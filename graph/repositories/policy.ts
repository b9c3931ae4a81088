import type { Attachment, PolicyDraft, PolicyRelationKind } from '../../crawlers/model.js';
import type { Graph, Tx } from '../driver.js';
import { int, alignByKey } from '../values.js';

export interface PolicySaveInput {
  id: string;
  draft: PolicyDraft;
  contentHash: string;
  sourceId: string;
  regionCode: string;
  level: string;
  industryCodes: string[];
  issuerId: string | null;
  /** Conditional GET state of the detail page. */
  etag: string | null;
  lastModified: string | null;
}

export type SaveOutcome = 'new' | 'updated' | 'unchanged';

export interface PolicyRecord {
  id: string;
  url: string;
  title: string;
  documentNumber: string | null;
  issuer: string | null;
  writtenDate: string | null;
  publishedDate: string | null;
  validity: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  category: string | null;
  text: string;
  html: string;
  contentHash: string;
  revision: number;
  level: string;
  regionCode: string;
  sourceId: string;
  firstSeenAt: string;
  updatedAt: string;
}

export interface PolicyRevisionRecord {
  id: string;
  policyId: string;
  number: number;
  title: string;
  documentNumber: string | null;
  validity: string | null;
  text: string;
  html: string;
  contentHash: string;
  fetchedAt: string;
}

export interface PolicyFilter {
  industryCode?: string | null;
  regionCode?: string | null;
  level?: string | null;
  issuer?: string | null;
  validity?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface PolicyLink {
  kind: PolicyRelationKind;
  direction: 'OUT' | 'IN';
  policyId: string;
}

const FIELDS = `p {
  .id, .url, .title, .documentNumber, .issuer, .writtenDate, .publishedDate, .validity, .effectiveDate, .expiryDate,
  .category, .text, .html, .contentHash, .revision, .level, .regionCode, .sourceId,
  firstSeenAt: toString(p.firstSeenAt), updatedAt: toString(p.updatedAt)
}`;

const RELATION_TYPES: Record<PolicyRelationKind, string> = { REPEALS: 'REPEALS', REPLACES: 'REPLACES', AMENDS: 'AMENDS' };

/** A sort key that orders by publication date (then id), for cursor pagination. */
export const policySortKey = (p: { publishedDate: string | null; id: string }) => `${p.publishedDate ?? '0000-00-00'}|${p.id}`;

/**
 * Policy nodes with their history: every version is a PolicyRevision; the Policy carries
 * the latest. A changed page adds a revision, an unchanged one only refreshes `lastSeenAt`.
 */
export class PolicyRepository {
  constructor(private readonly graph: Graph) {}

  /** Conditional GET state and hash of already stored policies, by id (for a crawl run). */
  async known(ids: readonly string[]): Promise<Map<string, { contentHash: string; etag: string | null; lastModified: string | null }>> {
    const rows = await this.graph.read<{ id: string; contentHash: string; etag: string | null; lastModified: string | null }>(
      `MATCH (p:Policy) WHERE p.id IN $ids RETURN p.id AS id, p.contentHash AS contentHash, p.fetchEtag AS etag, p.fetchLastModified AS lastModified`,
      { ids },
    );
    return new Map(rows.map(({ id, ...rest }) => [id, rest]));
  }

  async touch(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.graph.write(`UNWIND $ids AS id MATCH (p:Policy {id: id}) SET p.lastSeenAt = datetime()`, { ids });
  }

  async save(input: PolicySaveInput): Promise<SaveOutcome> {
    return this.graph.writeTx(async (tx) => {
      const [existing] = await tx.run<{ hash: string; revision: number }>(
        'MATCH (p:Policy {id: $id}) RETURN p.contentHash AS hash, p.revision AS revision',
        { id: input.id },
      );
      if (existing && existing.hash === input.contentHash) {
        await tx.run(
          `MATCH (p:Policy {id: $id}) SET p.lastSeenAt = datetime(), p.fetchEtag = $etag, p.fetchLastModified = $lastModified`,
          { id: input.id, etag: input.etag, lastModified: input.lastModified },
        );
        return 'unchanged';
      }
      const revision = (existing?.revision ?? 0) + 1;
      const d = input.draft;
      const fields = {
        url: d.url,
        title: d.title,
        documentNumber: d.documentNumber,
        issuer: d.issuer,
        writtenDate: d.writtenDate,
        publishedDate: d.publishedDate,
        validity: d.validity,
        effectiveDate: d.effectiveDate,
        expiryDate: d.expiryDate,
        category: d.category,
        text: d.text,
        html: d.html,
        contentHash: input.contentHash,
        level: input.level,
        regionCode: input.regionCode,
        sourceId: input.sourceId,
        fetchEtag: input.etag,
        fetchLastModified: input.lastModified,
        relationKinds: d.relations.map((r) => r.kind),
        relationNumbers: d.relations.map((r) => r.documentNumber ?? ''),
        relationTitles: d.relations.map((r) => r.title ?? ''),
      };
      await tx.run(
        `MERGE (p:Policy {id: $id})
         ON CREATE SET p.firstSeenAt = datetime()
         SET p += $fields, p.revision = $revision, p.updatedAt = datetime(), p.lastSeenAt = datetime()
         CREATE (rev:PolicyRevision {id: $id + '#' + toString($revision), policyId: $id, number: $revision,
                  title: $fields.title, documentNumber: $fields.documentNumber, validity: $fields.validity,
                  text: $fields.text, html: $fields.html, contentHash: $fields.contentHash, fetchedAt: datetime()})
         CREATE (p)-[:HAS_REVISION]->(rev)`,
        { id: input.id, fields, revision: int(revision) },
      );
      await this.link(tx, input);
      return existing ? 'updated' : 'new';
    });
  }

  /** Issuer, region, industries, source, attachments and relations to other policies. */
  private async link(tx: Tx, input: PolicySaveInput): Promise<void> {
    await tx.run(
      `MATCH (p:Policy {id: $id})
       OPTIONAL MATCH (p)-[old:ISSUED_BY|IN_REGION|CONCERNS|FROM_SOURCE|HAS_ATTACHMENT]->()
       DELETE old`,
      { id: input.id },
    );
    await tx.run(
      `MATCH (p:Policy {id: $id})
       OPTIONAL MATCH (s:Source {id: $sourceId})
       FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (p)-[:FROM_SOURCE]->(s))
       WITH p
       OPTIONAL MATCH (r:Region {code: $regionCode})
       FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | MERGE (p)-[:IN_REGION]->(r))
       WITH p
       FOREACH (_ IN CASE WHEN $issuer IS NULL THEN [] ELSE [1] END |
         MERGE (o:Organization {id: $issuerId})
         ON CREATE SET o.name = $issuer, o.aliases = [], o.createdAt = datetime(), o.provenance = 'crawler'
         MERGE (p)-[:ISSUED_BY]->(o))
       WITH p
       UNWIND $industryCodes AS code
       MATCH (i:Industry {code: code})
       MERGE (p)-[:CONCERNS]->(i)`,
      {
        id: input.id,
        sourceId: input.sourceId,
        regionCode: input.regionCode,
        issuer: input.draft.issuer,
        issuerId: input.issuerId,
        industryCodes: input.industryCodes,
      },
    );
    await tx.run(
      `MATCH (p:Policy {id: $id})
       UNWIND $attachments AS a
       MERGE (f:Attachment {url: a.url})
       SET f.name = a.name, f.format = a.format
       MERGE (p)-[:HAS_ATTACHMENT]->(f)`,
      { id: input.id, attachments: input.draft.attachments },
    );
    for (const kind of Object.keys(RELATION_TYPES) as PolicyRelationKind[]) {
      const type = RELATION_TYPES[kind];
      // Outgoing: policies this one names. Incoming: stored policies that named this one before it arrived.
      await tx.run(
        `MATCH (p:Policy {id: $id})
         UNWIND range(0, size(coalesce(p.relationKinds, [])) - 1) AS k
         WITH p, k WHERE p.relationKinds[k] = $kind
         MATCH (other:Policy)
         WHERE other <> p AND ((p.relationNumbers[k] <> '' AND other.documentNumber = p.relationNumbers[k])
                               OR (p.relationTitles[k] <> '' AND other.title = p.relationTitles[k]))
         MERGE (p)-[:${type}]->(other)`,
        { id: input.id, kind },
      );
      await tx.run(
        `MATCH (p:Policy {id: $id})
         MATCH (other:Policy)
         WHERE other <> p AND $kind IN other.relationKinds
           AND (($number IS NOT NULL AND $number IN other.relationNumbers) OR $title IN other.relationTitles)
         WITH p, other, [k IN range(0, size(other.relationKinds) - 1) WHERE other.relationKinds[k] = $kind
              AND (other.relationNumbers[k] = $number OR other.relationTitles[k] = $title)] AS hits
         WHERE size(hits) > 0
         MERGE (other)-[:${type}]->(p)`,
        { id: input.id, kind, number: input.draft.documentNumber, title: input.draft.title },
      );
    }
  }

  async byIds(ids: readonly string[]): Promise<(PolicyRecord | null)[]> {
    const rows = await this.graph.read<{ policy: PolicyRecord }>(`MATCH (p:Policy) WHERE p.id IN $ids RETURN ${FIELDS} AS policy`, { ids });
    return alignByKey(ids, rows.map((row) => [row.policy.id, row.policy] as const));
  }

  /** Newest first (publication date, then id), after the cursor's sort key. */
  async list(filter: PolicyFilter, page: { first: number; after: string | null }): Promise<{ items: PolicyRecord[]; hasMore: boolean }> {
    const rows = await this.graph.read<{ policy: PolicyRecord }>(
      `MATCH (p:Policy)
       WHERE ($level IS NULL OR p.level = $level)
         AND ($validity IS NULL OR p.validity = $validity)
         AND ($from IS NULL OR p.publishedDate >= $from)
         AND ($to IS NULL OR p.publishedDate <= $to)
         AND ($issuer IS NULL OR p.issuer CONTAINS $issuer)
         AND ($regionCode IS NULL OR EXISTS { (p)-[:IN_REGION]->(:Region)-[:PART_OF*0..3]->(:Region {code: $regionCode}) })
         AND ($industryCode IS NULL OR EXISTS { (p)-[:CONCERNS]->(:Industry)-[:PART_OF*0..3]->(:Industry {code: $industryCode}) })
       WITH p, coalesce(p.publishedDate, '0000-00-00') + '|' + p.id AS key
       WHERE $after IS NULL OR key < $after
       RETURN ${FIELDS} AS policy ORDER BY key DESC LIMIT $limit`,
      {
        level: filter.level ?? null,
        validity: filter.validity ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        issuer: filter.issuer ?? null,
        regionCode: filter.regionCode ?? null,
        industryCode: filter.industryCode ?? null,
        after: page.after,
        limit: int(page.first + 1),
      },
    );
    return { items: rows.slice(0, page.first).map((r) => r.policy), hasMore: rows.length > page.first };
  }

  async revisionsOf(ids: readonly string[]): Promise<PolicyRevisionRecord[][]> {
    const rows = await this.graph.read<{ revision: PolicyRevisionRecord }>(
      `UNWIND $ids AS id
       MATCH (:Policy {id: id})-[:HAS_REVISION]->(r:PolicyRevision)
       RETURN r {.id, .policyId, .number, .title, .documentNumber, .validity, .text, .html, .contentHash, fetchedAt: toString(r.fetchedAt)} AS revision
       ORDER BY r.number DESC`,
      { ids },
    );
    return group(ids, rows.map((r) => r.revision), (r) => r.policyId);
  }

  async attachmentsOf(ids: readonly string[]): Promise<Attachment[][]> {
    const rows = await this.graph.read<{ id: string; attachment: Attachment }>(
      `UNWIND $ids AS id
       MATCH (:Policy {id: id})-[:HAS_ATTACHMENT]->(a:Attachment)
       RETURN id, a {.url, .name, .format} AS attachment ORDER BY a.url`,
      { ids },
    );
    return group(ids, rows, (r) => r.id).map((list) => list.map((r) => r.attachment));
  }

  async industriesOf(ids: readonly string[]): Promise<string[][]> {
    const rows = await this.graph.read<{ id: string; code: string }>(
      `UNWIND $ids AS id MATCH (:Policy {id: id})-[:CONCERNS]->(i:Industry) RETURN id, i.code AS code ORDER BY i.code`,
      { ids },
    );
    return group(ids, rows, (r) => r.id).map((list) => list.map((r) => r.code));
  }

  async issuersOf(ids: readonly string[]): Promise<({ id: string; name: string } | null)[]> {
    const rows = await this.graph.read<{ id: string; org: { id: string; name: string } }>(
      `UNWIND $ids AS id MATCH (:Policy {id: id})-[:ISSUED_BY]->(o:Organization) RETURN id, o {.id, .name} AS org`,
      { ids },
    );
    return alignByKey(ids, rows.map((r) => [r.id, r.org] as const));
  }

  async linksOf(ids: readonly string[]): Promise<PolicyLink[][]> {
    const rows = await this.graph.read<{ id: string; link: PolicyLink }>(
      `UNWIND $ids AS id
       MATCH (p:Policy {id: id})-[rel:REPEALS|REPLACES|AMENDS]-(other:Policy)
       RETURN id, {kind: type(rel), direction: CASE WHEN startNode(rel) = p THEN 'OUT' ELSE 'IN' END, policyId: other.id} AS link
       ORDER BY link.kind, other.id`,
      { ids },
    );
    return group(ids, rows, (r) => r.id).map((list) => list.map((r) => r.link));
  }

  async count(): Promise<number> {
    const [row] = await this.graph.read<{ n: number }>('MATCH (p:Policy) RETURN count(p) AS n');
    return row?.n ?? 0;
  }
}

function group<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
