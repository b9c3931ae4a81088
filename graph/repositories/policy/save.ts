import {
  decidedByOrigin,
  machineWrites,
  planMachineLinks,
  POLICY_LINK_RULES,
  type ProposedLink,
  type StoredLink,
} from '../../../domain/curation/precedence.js';
import type { PolicySaveInput, SaveOutcome } from '../../../domain/policy/types.js';
import type { Tx } from '../../driver.js';
import { int } from '../../values.js';

/**
 * The crawler's save path: one fetched policy page, in the caller's transaction. The stored
 * state is read, `domain/curation/precedence.ts` decides which fields and links the crawler
 * may write, and only that outcome is written.
 */

/** A librarian's curated `region` keeps both stored fields it stands for. */
const CURATED_PROTECTS = { region: ['regionCode', 'level'] } as const;

/** The node at the far end of each link type the crawler infers, and its key. */
const TARGETS: Record<string, { label: string; key: 'id' | 'code' }> = {
  ISSUED_BY: { label: 'Organization', key: 'id' },
  IN_REGION: { label: 'Region', key: 'code' },
  SUPPORTS: { label: 'Industry', key: 'code' },
  REPEALS: { label: 'Policy', key: 'id' },
  REPLACES: { label: 'Policy', key: 'id' },
  AMENDS: { label: 'Policy', key: 'id' },
};

export async function touchPolicies(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.run(`UNWIND $ids AS id MATCH (p:Policy {id: id}) SET p.lastSeenAt = datetime()`, { ids });
}

export async function savePolicy(tx: Tx, input: PolicySaveInput): Promise<SaveOutcome> {
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
  const page = { title: d.title, documentNumber: d.documentNumber, validity: d.validity, text: d.text, html: d.html };
  await tx.run(
    `MERGE (p:Policy {id: $id})
     ON CREATE SET p.firstSeenAt = datetime(), p.createdAt = datetime(), p.deleted = false, p.curatedFields = [],
                   p.provActor = 'crawler', p.provSourceUrl = $url, p.provAt = datetime()
     SET p += $kept, p.revision = $revision, p.version = coalesce(p.version, 0) + 1, p.updatedAt = datetime(), p.lastSeenAt = datetime()
     CREATE (rev:PolicyRevision {id: $id + '#' + toString($revision), policyId: $id, number: $revision,
              title: $page.title, documentNumber: $page.documentNumber, validity: $page.validity,
              text: $page.text, html: $page.html, contentHash: $hash, fetchedAt: datetime()})
     CREATE (p)-[:HAS_REVISION]->(rev)`,
    {
      id: input.id,
      url: d.url,
      kept: machineWrites(fields, existing?.curated ?? [], CURATED_PROTECTS),
      page,
      hash: input.contentHash,
      revision: int(revision),
    },
  );
  await replaceMachineOnlyLinks(tx, input);
  const plan = planMachineLinks(await storedLinks(tx, input.id), await proposedLinks(tx, input), POLICY_LINK_RULES);
  await removeLinks(tx, plan.remove);
  await addLinks(tx, plan.add);
  return existing ? 'updated' : 'new';
}

/** The source and the attachments are the page's alone: replaced on every new revision. */
async function replaceMachineOnlyLinks(tx: Tx, input: PolicySaveInput): Promise<void> {
  await tx.run(
    `MATCH (p:Policy {id: $id})
     OPTIONAL MATCH (p)-[old:FROM_SOURCE|HAS_ATTACHMENT]->()
     DELETE old
     WITH DISTINCT p
     OPTIONAL MATCH (s:Source {id: $sourceId})
     FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (p)-[:FROM_SOURCE]->(s))
     WITH DISTINCT p
     UNWIND $attachments AS a
     MERGE (f:Attachment {url: a.url})
     SET f.name = a.name, f.format = a.format
     MERGE (p)-[:HAS_ATTACHMENT]->(f)`,
    { id: input.id, sourceId: input.sourceId, attachments: input.draft.attachments },
  );
}

/** The policy's stored links of the types the crawler infers (relations in both directions), removed ones included. */
async function storedLinks(tx: Tx, id: string): Promise<StoredLink[]> {
  const rows = await tx.run<{ type: string; from: string; to: string; origin: string | null; deleted: boolean }>(
    `MATCH (p:Policy {id: $id})-[l:ISSUED_BY|IN_REGION|SUPPORTS]->(t)
     RETURN type(l) AS type, p.id AS from, CASE WHEN t:Organization THEN t.id ELSE t.code END AS to,
            l.origin AS origin, coalesce(l.deleted, false) AS deleted
     UNION ALL
     MATCH (:Policy {id: $id})-[l:REPEALS|REPLACES|AMENDS]-(:Policy)
     RETURN type(l) AS type, startNode(l).id AS from, endNode(l).id AS to, l.origin AS origin, coalesce(l.deleted, false) AS deleted`,
    { id },
  );
  return rows.map(({ origin, ...link }) => ({ ...link, decidedBy: decidedByOrigin(origin) }));
}

/**
 * What the page says the policy links to, as stored nodes: its issuer (a well-formed curated
 * organisation, created on first sight so librarians can edit and merge it; merged ones are
 * followed), its source's region, its industries, the policies it names and those that named
 * it before it arrived.
 */
async function proposedLinks(tx: Tx, input: PolicySaveInput): Promise<ProposedLink[]> {
  const d = input.draft;
  const proposed: ProposedLink[] = [];
  if (d.issuer && input.issuerId) {
    const [issuer] = await tx.run<{ id: string }>(
      `MATCH (p:Policy {id: $id})
       MERGE (o:Organization {id: $issuerId})
       ON CREATE SET o.name = $issuer, o.aliasList = [], o.aliases = '', o.version = 1, o.deleted = false,
                     o.createdAt = datetime(), o.updatedAt = datetime(),
                     o.provActor = 'crawler', o.provSourceUrl = p.url, o.provAt = datetime()
       WITH o
       OPTIONAL MATCH (o)-[:MERGED_INTO*1..5]->(t:Organization) WHERE NOT (t)-[:MERGED_INTO]->()
       WITH coalesce(t, o) AS issuer
       WHERE NOT coalesce(issuer.deleted, false)
       RETURN issuer.id AS id`,
      { id: input.id, issuer: d.issuer, issuerId: input.issuerId },
    );
    if (issuer) proposed.push({ type: 'ISSUED_BY', from: input.id, to: issuer.id });
  }
  const [found] = await tx.run<{ region: string | null; industries: string[]; relations: ProposedLink[] }>(
    `MATCH (p:Policy {id: $id})
     OPTIONAL MATCH (r:Region {code: $regionCode})
     WITH p, r.code AS region
     CALL (p) {
       UNWIND $industryCodes AS code
       MATCH (i:Industry {code: code})
       RETURN collect(DISTINCT i.code) AS industries
     }
     CALL (p) {
       UNWIND $relations AS rel
       CALL (rel) {
         MATCH (other:Policy) WHERE rel.number <> '' AND other.documentNumber = rel.number RETURN other
         UNION
         MATCH (other:Policy) WHERE rel.title <> '' AND other.title = rel.title RETURN other
       }
       WITH p, rel, other WHERE other <> p
       RETURN collect({type: rel.kind, from: p.id, to: other.id}) AS outgoing
     }
     CALL (p) {
       MATCH (other:Policy)
       WHERE other <> p AND (($number IS NOT NULL AND $number IN other.relationNumbers) OR $title IN other.relationTitles)
       UNWIND range(0, size(other.relationKinds) - 1) AS k
       WITH p, other, k WHERE other.relationNumbers[k] = $number OR other.relationTitles[k] = $title
       RETURN collect({type: other.relationKinds[k], from: other.id, to: p.id}) AS incoming
     }
     RETURN region, industries, outgoing + incoming AS relations`,
    {
      id: input.id,
      regionCode: input.regionCode,
      industryCodes: input.industryCodes,
      relations: d.relations.map((r) => ({ kind: r.kind, number: r.documentNumber ?? '', title: r.title ?? '' })),
      number: d.documentNumber,
      title: d.title,
    },
  );
  if (found?.region) proposed.push({ type: 'IN_REGION', from: input.id, to: found.region });
  for (const code of found?.industries ?? []) proposed.push({ type: 'SUPPORTS', from: input.id, to: code });
  proposed.push(...(found?.relations ?? []));
  return proposed;
}

function byType<T extends { type: string }>(links: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const link of links) groups.set(link.type, [...(groups.get(link.type) ?? []), link]);
  return groups;
}

async function removeLinks(tx: Tx, links: readonly StoredLink[]): Promise<void> {
  for (const [type, group] of byType(links)) {
    const target = TARGETS[type]!;
    await tx.run(
      `UNWIND $links AS l
       MATCH (:Policy {id: l.from})-[r:${type}]->(t:${target.label} {${target.key}: l.to})
       WHERE coalesce(r.origin, 'crawler') = 'crawler' AND NOT coalesce(r.deleted, false)
       DELETE r`,
      { links: group },
    );
  }
}

async function addLinks(tx: Tx, links: readonly ProposedLink[]): Promise<void> {
  for (const [type, group] of byType(links)) {
    const target = TARGETS[type]!;
    await tx.run(
      `UNWIND $links AS l
       MATCH (a:Policy {id: l.from}), (t:${target.label} {${target.key}: l.to})
       CREATE (a)-[:${type} {origin: 'crawler', deleted: false, provActor: 'crawler', provSourceUrl: a.url, provAt: datetime()}]->(t)`,
      { links: group },
    );
  }
}
