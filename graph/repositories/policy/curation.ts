import { curatedAfterEdit } from '../../../domain/curation/precedence.js';
import type { PolicyFields, PolicyRecord } from '../../../domain/policy/types.js';
import { LEVEL_NAME_OF } from '../../../domain/region/levels.js';
import type { Tx } from '../../driver.js';
import { LEVEL_OF_REGION, POLICY_FIELDS } from './cypher.js';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const toHtml = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');

/** Writes of librarians' curation, each in the caller's transaction. */
export class PolicyCurationRepository {
  async regionExists(tx: Tx, code: string): Promise<boolean> {
    return (await tx.run('MATCH (r:Region {code: $code}) RETURN 1 AS ok', { code })).length > 0;
  }

  /** A policy entered by hand (from a paper document): revision 1 holds its text. */
  async create(
    tx: Tx,
    input: {
      id: string;
      fields: PolicyFields;
      regionCode: string;
      text: string;
      libraryId: string | null;
      provenance: { sourceUrl: string | null; actor: string };
    },
  ): Promise<void> {
    await tx.run(
      `CREATE (p:Policy {id: $id})
       SET p += $fields, p.url = coalesce($sourceUrl, ''), p.text = $text, p.html = $html, p.contentHash = '',
           p.revision = 1, p.version = 1, p.deleted = false, p.libraryId = $libraryId, p.curatedFields = [],
           p.firstSeenAt = datetime(), p.createdAt = datetime(), p.updatedAt = datetime(),
           p.provSourceUrl = $sourceUrl, p.provImportFile = null, p.provActor = $actor, p.provAt = datetime()
       CREATE (rev:PolicyRevision {id: $id + '#1', policyId: $id, number: 1, title: p.title, documentNumber: p.documentNumber,
                                   validity: p.validity, text: p.text, html: p.html, contentHash: '', fetchedAt: datetime()})
       CREATE (p)-[:HAS_REVISION]->(rev)
       WITH p
       MATCH (r:Region {code: $regionCode})
       SET p.regionCode = r.code, p.level = ${LEVEL_OF_REGION('r')}
       CREATE (p)-[:IN_REGION {origin: 'librarian', deleted: false, provSourceUrl: $sourceUrl, provActor: $actor, provAt: datetime()}]->(r)`,
      {
        id: input.id,
        fields: input.fields,
        regionCode: input.regionCode,
        text: input.text,
        html: toHtml(input.text),
        libraryId: input.libraryId,
        levelNames: LEVEL_NAME_OF,
        ...input.provenance,
      },
    );
  }

  /** Reads the policy after taking its write lock (see curation's `lock`). */
  async lock(tx: Tx, id: string): Promise<PolicyRecord | null> {
    const [row] = await tx.run<{ policy: PolicyRecord }>(
      `MATCH (p:Policy {id: $id}) SET p._lock = true REMOVE p._lock RETURN ${POLICY_FIELDS} AS policy`,
      { id },
    );
    return row?.policy ?? null;
  }

  /** Applies edited fields with the curated fields they make, a soft delete or restore, and new provenance. */
  async update(
    tx: Tx,
    id: string,
    change: {
      fields?: PolicyFields;
      curatedFields?: readonly string[];
      deleted?: boolean;
      provenance?: { sourceUrl: string | null; actor: string };
    },
  ): Promise<PolicyRecord> {
    const fields = change.fields ?? {};
    const [row] = await tx.run<{ policy: PolicyRecord }>(
      `MATCH (p:Policy {id: $id})
       SET p += $fields, p.version = coalesce(p.version, 1) + 1, p.updatedAt = datetime(),
           p.curatedFields = coalesce($curated, p.curatedFields, [])
       FOREACH (_ IN CASE WHEN $deleted IS NULL THEN [] ELSE [1] END |
         SET p.deleted = $deleted, p.deletedAt = CASE WHEN $deleted THEN datetime() ELSE null END)
       FOREACH (v IN CASE WHEN $provenance IS NULL THEN [] ELSE [$provenance] END |
         SET p.provSourceUrl = v.sourceUrl, p.provActor = v.actor, p.provAt = datetime())
       RETURN ${POLICY_FIELDS} AS policy`,
      { id, fields, curated: change.curatedFields ?? null, deleted: change.deleted ?? null, provenance: change.provenance ?? null },
    );
    return row!.policy;
  }

  /**
   * The policy's region as a librarian set it: the `regionCode` and level it is listed by,
   * kept from recrawls. The IN_REGION link itself goes through curation's `link`.
   */
  async setRegion(tx: Tx, id: string, regionCode: string): Promise<void> {
    const [current] = await tx.run<{ curated: string[] }>('MATCH (p:Policy {id: $id}) RETURN coalesce(p.curatedFields, []) AS curated', {
      id,
    });
    if (!current) return;
    await tx.run(
      `MATCH (p:Policy {id: $id}), (r:Region {code: $regionCode})
       SET p.regionCode = r.code, p.level = ${LEVEL_OF_REGION('r')}, p.curatedFields = $curated`,
      { id, regionCode, levelNames: LEVEL_NAME_OF, curated: curatedAfterEdit(current.curated, ['region']) },
    );
  }
}
