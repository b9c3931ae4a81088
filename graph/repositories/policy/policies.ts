import { PART_OF_PATH } from '../within.js';
import {
  type PolicySaveInput,
  type SaveOutcome,
  type PolicyRecord,
  type PolicyRevisionRecord,
  type PolicyFilter,
  type PolicyLink,
} from '../../../domain/policy/types.js';
import type { Attachment, PolicyDraft, PolicyRelationKind } from '../../../domain/source/model.js';
import type { Graph, Tx } from '../../driver.js';
import { int, alignByKey } from '../../values.js';

export const POLICY_FIELDS = `p {
  .id, .title, .documentNumber, .issuer, .writtenDate, .publishedDate, .validity, .effectiveDate, .expiryDate,
  .category, .text, .html, .contentHash, .revision, .level, .regionCode, .sourceId, .libraryId,
  url: coalesce(p.url, ''), firstSeenAt: toString(p.firstSeenAt), updatedAt: toString(p.updatedAt),
  version: coalesce(p.version, 1), deleted: coalesce(p.deleted, false), curatedFields: coalesce(p.curatedFields, []),
  provenance: {sourceUrl: p.provSourceUrl, importFile: p.provImportFile, actor: coalesce(p.provActor, 'crawler'),
               at: toString(coalesce(p.provAt, p.firstSeenAt))}
}`;

/** The policy's own dates and validity allow it on `$today` (dates are YYYY-MM-DD strings). */
const DATED_IN_FORCE = (p: string) =>
  `(NOT coalesce(${p}.validity, '') IN ['废止', '失效'] AND coalesce(${p}.effectiveDate, '0000-00-00') <= $today
    AND coalesce(${p}.expiryDate, '9999-12-31') >= $today)`;

/**
 * A live policy in force on `$today`: not repealed or expired by its validity, effective,
 * not past its expiry or its conditions' validity, and not repealed or replaced by a live
 * policy whose own dates and validity put it in force (one level: a repealing policy's own
 * repealers are not followed).
 */
export const IN_FORCE = (p: string) =>
  `(NOT coalesce(${p}.deleted, false) AND ${DATED_IN_FORCE(p)}
    AND NOT EXISTS { (${p})-[:HAS_CONDITIONS]->(c:PolicyConditions)
                     WHERE coalesce(c.validFrom, '0000-00-00') > $today OR coalesce(c.validUntil, '9999-12-31') < $today }
    AND NOT EXISTS { (${p})<-[x:REPEALS|REPLACES]-(by:Policy)
                     WHERE NOT coalesce(x.deleted, false) AND NOT coalesce(by.deleted, false) AND ${DATED_IN_FORCE('by')} })`;

/** Fields of the page that a librarian's edit of the same name keeps from a recrawl. */
const CURATED_PAGE_FIELDS: Record<string, readonly string[]> = {
  title: ['title'],
  documentNumber: ['documentNumber'],
  issuer: ['issuer'],
  writtenDate: ['writtenDate'],
  publishedDate: ['publishedDate'],
  validity: ['validity'],
  effectiveDate: ['effectiveDate'],
  expiryDate: ['expiryDate'],
  category: ['category'],
  region: ['regionCode', 'level'],
};

const CRAWLER_LINK = `{origin: 'crawler', deleted: false, provActor: 'crawler', provSourceUrl: p.url, provAt: datetime()}`;

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
      const [existing] = await tx.run<{ hash: string; revision: number; curated: string[] }>(
        `MATCH (p:Policy {id: $id}) SET p._lock = true REMOVE p._lock
         RETURN p.contentHash AS hash, p.revision AS revision, coalesce(p.curatedFields, []) AS curated`,
        { id: input.id },
      );
      if (existing && existing.hash === input.contentHash) {
        await tx.run(`MATCH (p:Policy {id: $id}) SET p.lastSeenAt = datetime(), p.fetchEtag = $etag, p.fetchLastModified = $lastModified`, {
          id: input.id,
          etag: input.etag,
          lastModified: input.lastModified,
        });
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
      // The revision records the page as fetched; the policy keeps what a librarian edited.
      const page = {
        title: d.title,
        documentNumber: d.documentNumber,
        validity: d.validity,
        text: d.text,
        html: d.html,
        contentHash: input.contentHash,
      };
      const kept: Record<string, unknown> = { ...fields };
      for (const field of existing?.curated ?? []) for (const key of CURATED_PAGE_FIELDS[field] ?? []) delete kept[key];
      await tx.run(
        `MERGE (p:Policy {id: $id})
         ON CREATE SET p.firstSeenAt = datetime(), p.createdAt = datetime(), p.deleted = false, p.curatedFields = [],
                       p.provActor = 'crawler', p.provSourceUrl = $fields.url, p.provAt = datetime()
         SET p += $kept, p.revision = $revision, p.version = coalesce(p.version, 0) + 1, p.updatedAt = datetime(), p.lastSeenAt = datetime()
         CREATE (rev:PolicyRevision {id: $id + '#' + toString($revision), policyId: $id, number: $revision,
                  title: $page.title, documentNumber: $page.documentNumber, validity: $page.validity,
                  text: $page.text, html: $page.html, contentHash: $page.contentHash, fetchedAt: datetime()})
         CREATE (p)-[:HAS_REVISION]->(rev)`,
        { id: input.id, fields, kept, page, revision: int(revision) },
      );
      await this.link(tx, input);
      return existing ? 'updated' : 'new';
    });
  }

  /**
   * Issuer, region, industries, source, attachments and relations to other policies. The
   * crawler replaces only its own live inferred links: a librarian's link stays, and a link
   * a librarian removed (kept soft-deleted) is never added again. A live librarian's issuer
   * or region is a correction, so the crawler adds none of its own beside it.
   */
  private async link(tx: Tx, input: PolicySaveInput): Promise<void> {
    await tx.run(
      `MATCH (p:Policy {id: $id})
       OPTIONAL MATCH (p)-[old:FROM_SOURCE|HAS_ATTACHMENT]->()
       DELETE old`,
      { id: input.id },
    );
    await tx.run(
      `MATCH (p:Policy {id: $id})-[old:ISSUED_BY|IN_REGION|SUPPORTS]->()
       WHERE coalesce(old.origin, 'crawler') = 'crawler' AND NOT coalesce(old.deleted, false)
       DELETE old`,
      { id: input.id },
    );
    await tx.run(
      `MATCH (p:Policy {id: $id}), (s:Source {id: $sourceId})
       MERGE (p)-[:FROM_SOURCE]->(s)`,
      { id: input.id, sourceId: input.sourceId },
    );
    await tx.run(
      `MATCH (p:Policy {id: $id}), (r:Region {code: $regionCode})
       WHERE NOT EXISTS { (p)-[x:IN_REGION]->(y) WHERE y = r OR (x.origin = 'librarian' AND NOT coalesce(x.deleted, false)) }
       CREATE (p)-[:IN_REGION ${CRAWLER_LINK}]->(r)`,
      { id: input.id, regionCode: input.regionCode },
    );
    if (input.draft.issuer && input.issuerId) {
      // A well-formed curated organisation, so librarians can edit and merge it; merged ones are followed.
      await tx.run(
        `MATCH (p:Policy {id: $id})
         MERGE (o:Organization {id: $issuerId})
         ON CREATE SET o.name = $issuer, o.aliasList = [], o.aliases = '', o.version = 1, o.deleted = false,
                       o.createdAt = datetime(), o.updatedAt = datetime(),
                       o.provActor = 'crawler', o.provSourceUrl = p.url, o.provAt = datetime()
         WITH p, o
         OPTIONAL MATCH (o)-[:MERGED_INTO*1..5]->(t:Organization) WHERE NOT (t)-[:MERGED_INTO]->()
         WITH p, coalesce(t, o) AS issuer
         WHERE NOT coalesce(issuer.deleted, false)
           AND NOT EXISTS { (p)-[x:ISSUED_BY]->(y) WHERE y = issuer OR (x.origin = 'librarian' AND NOT coalesce(x.deleted, false)) }
         CREATE (p)-[:ISSUED_BY ${CRAWLER_LINK}]->(issuer)`,
        { id: input.id, issuer: input.draft.issuer, issuerId: input.issuerId },
      );
    }
    await tx.run(
      `MATCH (p:Policy {id: $id})
       UNWIND $industryCodes AS code
       MATCH (i:Industry {code: code})
       WHERE NOT EXISTS { (p)-[:SUPPORTS]->(i) }
       CREATE (p)-[:SUPPORTS ${CRAWLER_LINK}]->(i)`,
      { id: input.id, industryCodes: input.industryCodes },
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
         MERGE (p)-[r:${type}]->(other)
         ON CREATE SET r += ${CRAWLER_LINK}`,
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
         MERGE (other)-[r:${type}]->(p)
         ON CREATE SET r.origin = 'crawler', r.deleted = false, r.provActor = 'crawler', r.provSourceUrl = other.url, r.provAt = datetime()`,
        { id: input.id, kind, number: input.draft.documentNumber, title: input.draft.title },
      );
    }
  }

  async byIds(ids: readonly string[], includeDeleted = false): Promise<(PolicyRecord | null)[]> {
    const rows = await this.graph.read<{ policy: PolicyRecord }>(
      `MATCH (p:Policy) WHERE p.id IN $ids AND ($includeDeleted OR NOT coalesce(p.deleted, false)) RETURN ${POLICY_FIELDS} AS policy`,
      { ids, includeDeleted },
    );
    return alignByKey(
      ids,
      rows.map((row) => [row.policy.id, row.policy] as const),
    );
  }

  /** Newest first (publication date, then id), after the cursor's sort key. */
  async list(filter: PolicyFilter, page: { first: number; after: string | null }): Promise<{ items: PolicyRecord[]; hasMore: boolean }> {
    const rows = await this.graph.read<{ policy: PolicyRecord }>(
      // The sub-regions and sub-industries are collected once, not walked again for every policy.
      `OPTIONAL MATCH (inRegion:Region)${PART_OF_PATH}(:Region {code: $regionCode})
       WITH collect(inRegion) AS regions
       OPTIONAL MATCH (inIndustry:Industry)${PART_OF_PATH}(:Industry {code: $industryCode})
       WITH regions, collect(inIndustry) AS industries
       MATCH (p:Policy)
       WHERE ($includeDeleted OR NOT coalesce(p.deleted, false))
         AND ($inForce IS NULL OR ${IN_FORCE('p')} = $inForce)
         AND ($level IS NULL OR p.level = $level)
         AND ($validity IS NULL OR p.validity = $validity)
         AND ($from IS NULL OR p.publishedDate >= $from)
         AND ($to IS NULL OR p.publishedDate <= $to)
         AND ($issuer IS NULL OR p.issuer CONTAINS $issuer)
         AND ($regionCode IS NULL OR EXISTS { (p)-[r:IN_REGION]->(x:Region) WHERE x IN regions AND NOT coalesce(r.deleted, false) })
         AND ($industryCode IS NULL OR EXISTS { (p)-[r:SUPPORTS]->(x:Industry) WHERE x IN industries AND NOT coalesce(r.deleted, false) })
       WITH p, coalesce(p.publishedDate, '0000-00-00') + '|' + p.id AS key
       WHERE $after IS NULL OR key < $after
       RETURN ${POLICY_FIELDS} AS policy ORDER BY key DESC LIMIT $limit`,
      {
        level: filter.level ?? null,
        validity: filter.validity ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        issuer: filter.issuer ?? null,
        regionCode: filter.regionCode ?? null,
        industryCode: filter.industryCode ?? null,
        includeDeleted: filter.includeDeleted ?? false,
        inForce: filter.inForce ?? null,
        today: filter.today ?? new Date().toISOString().slice(0, 10),
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
    return group(
      ids,
      rows.map((r) => r.revision),
      (r) => r.policyId,
    );
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
      `UNWIND $ids AS id MATCH (:Policy {id: id})-[r:SUPPORTS]->(i:Industry) WHERE NOT coalesce(r.deleted, false)
       RETURN id, i.code AS code ORDER BY i.code`,
      { ids },
    );
    return group(ids, rows, (r) => r.id).map((list) => list.map((r) => r.code));
  }

  async issuersOf(ids: readonly string[]): Promise<({ id: string; name: string } | null)[]> {
    const rows = await this.graph.read<{ id: string; org: { id: string; name: string } }>(
      `UNWIND $ids AS id MATCH (:Policy {id: id})-[r:ISSUED_BY]->(o:Organization)
       WHERE NOT coalesce(r.deleted, false) AND NOT coalesce(o.deleted, false)
       RETURN id, o {.id, .name} AS org`,
      { ids },
    );
    return alignByKey(
      ids,
      rows.map((r) => [r.id, r.org] as const),
    );
  }

  async linksOf(ids: readonly string[], includeDeleted = false): Promise<PolicyLink[][]> {
    const rows = await this.graph.read<{ id: string; link: PolicyLink }>(
      `UNWIND $ids AS id
       MATCH (p:Policy {id: id})-[rel:REPEALS|REPLACES|AMENDS]-(other:Policy)
       WHERE NOT coalesce(rel.deleted, false) AND ($includeDeleted OR NOT coalesce(other.deleted, false))
       RETURN id, {kind: type(rel), direction: CASE WHEN startNode(rel) = p THEN 'OUT' ELSE 'IN' END, policyId: other.id} AS link
       ORDER BY link.kind, other.id`,
      { ids, includeDeleted },
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
