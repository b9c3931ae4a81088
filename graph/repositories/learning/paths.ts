import type { LearningPathFields, LearningPathRecord, LearningPathStatus, LearningStep } from '../../../domain/learning/path.js';
import { searchTextOf } from '../../../domain/learning/path.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';
import { PART_OF_PATH } from '../within.js';

/**
 * Learning paths: one `(:LearningPath)` node each, its steps in order as JSON (`stepsJson`, the
 * order is the list's), their titles and notes also as `searchText` for the full-text index.
 */

const NODE = `p {.id, .slug, .title, .summary, .industryCode, .status, .stepsJson, .version, .deleted, .libraryId,
  createdAt: toString(p.createdAt), updatedAt: toString(p.updatedAt), publishedAt: toString(p.publishedAt)}`;

interface Row {
  p: Omit<LearningPathRecord, 'steps'> & { stepsJson: string };
}

const toRecord = ({ p: { stepsJson, ...rest } }: Row): LearningPathRecord => ({
  ...rest,
  steps: JSON.parse(stepsJson) as LearningStep[],
});

const stored = (fields: LearningPathFields) => ({
  slug: fields.slug,
  title: fields.title,
  summary: fields.summary,
  industryCode: fields.industryCode,
  stepsJson: JSON.stringify(fields.steps),
  searchText: searchTextOf(fields),
});

export interface LearningListFilter {
  /** Paths of this industry, its sub-industries and parents, and the general ones. */
  industryCode: string | null;
  /** Drafts and deleted paths too (staff). */
  includeDrafts: boolean;
}

/** Visible to visitors: published and not deleted. */
const VISIBLE = `($includeDrafts OR (p.status = 'PUBLISHED' AND NOT p.deleted))`;
// A founder in an industry sees its paths, its sub-industries' and its parents' (a 新材料 path serves 碳纤维), and the general ones.
const OF_INDUSTRY = `($industryCode IS NULL OR p.industryCode IS NULL
  OR EXISTS { MATCH (:Industry {code: p.industryCode})${PART_OF_PATH}(:Industry {code: $industryCode}) }
  OR EXISTS { MATCH (:Industry {code: $industryCode})${PART_OF_PATH}(:Industry {code: p.industryCode}) })`;

export class LearningPathRepository {
  constructor(private readonly graph: Graph) {}

  async create(
    tx: Tx,
    input: { id: string; fields: LearningPathFields; libraryId: string | null; actor: string },
  ): Promise<LearningPathRecord> {
    const [row] = await tx.run<Row>(
      `CREATE (p:LearningPath {id: $id})
       SET p += $fields, p.status = 'DRAFT', p.version = 1, p.deleted = false, p.libraryId = $libraryId,
           p.createdAt = datetime(), p.updatedAt = datetime(), p.provActor = $actor
       RETURN ${NODE} AS p`,
      { id: input.id, fields: stored(input.fields), libraryId: input.libraryId, actor: input.actor },
    );
    return toRecord(row!);
  }

  /** Reads the path after taking its write lock, so the version the caller compares cannot change before commit. */
  async lock(tx: Tx, id: string): Promise<LearningPathRecord | null> {
    const [row] = await tx.run<Row>(`MATCH (p:LearningPath {id: $id}) SET p._lock = true REMOVE p._lock RETURN ${NODE} AS p`, { id });
    return row ? toRecord(row) : null;
  }

  async update(
    tx: Tx,
    id: string,
    change: { fields?: LearningPathFields; status?: LearningPathStatus; deleted?: boolean; actor: string },
  ): Promise<LearningPathRecord> {
    const [row] = await tx.run<Row>(
      `MATCH (p:LearningPath {id: $id})
       SET p += $fields, p.version = p.version + 1, p.updatedAt = datetime(), p.provActor = $actor
       FOREACH (s IN CASE WHEN $status IS NULL THEN [] ELSE [$status] END |
         SET p.status = s, p.publishedAt = CASE WHEN s = 'PUBLISHED' THEN datetime() ELSE null END)
       FOREACH (d IN CASE WHEN $deleted IS NULL THEN [] ELSE [$deleted] END | SET p.deleted = d)
       RETURN ${NODE} AS p`,
      {
        id,
        fields: change.fields ? stored(change.fields) : {},
        status: change.status ?? null,
        deleted: change.deleted ?? null,
        actor: change.actor,
      },
    );
    return toRecord(row!);
  }

  /** Whether another path already has this slug. */
  async slugTaken(tx: Tx, slug: string, exceptId: string | null): Promise<boolean> {
    const rows = await tx.run(`MATCH (p:LearningPath {slug: $slug}) WHERE $exceptId IS NULL OR p.id <> $exceptId RETURN p.id`, {
      slug,
      exceptId,
    });
    return rows.length > 0;
  }

  /** Which of these ids are live documents or policies (for a path's steps). */
  async existingTargets(tx: Tx, documentIds: string[], policyIds: string[]): Promise<{ id: string; title: string }[]> {
    return tx.run<{ id: string; title: string }>(
      `CALL () { UNWIND $documentIds AS id MATCH (d:Document {id: id}) RETURN d.id AS id, coalesce(d.title, '') AS title
         UNION UNWIND $policyIds AS id MATCH (p:Policy {id: id}) WHERE NOT coalesce(p.deleted, false) RETURN p.id AS id, p.title AS title }
       RETURN id, title`,
      { documentIds, policyIds },
    );
  }

  async industryExists(tx: Tx, code: string): Promise<boolean> {
    return (await tx.run(`MATCH (i:Industry {code: $code}) RETURN i.code`, { code })).length > 0;
  }

  async byIdOrSlug(key: string): Promise<LearningPathRecord | null> {
    const [row] = await this.graph.read<Row>(
      `OPTIONAL MATCH (a:LearningPath {id: $key}) OPTIONAL MATCH (b:LearningPath {slug: $key})
       WITH coalesce(a, b) AS p WHERE p IS NOT NULL RETURN ${NODE} AS p`,
      { key },
    );
    return row ? toRecord(row) : null;
  }

  /** One page in title order (keyset on title, id). */
  async list(filter: LearningListFilter, page: { first: number; after: [string, string] | null }) {
    const rows = await this.graph.read<Row & { total: number }>(
      `MATCH (p:LearningPath) WHERE ${VISIBLE} AND ${OF_INDUSTRY}
       WITH collect(p) AS matched
       UNWIND matched AS p
       WITH p, size(matched) AS total
       WHERE $after IS NULL OR p.title > $after[0] OR (p.title = $after[0] AND p.id > $after[1])
       RETURN ${NODE} AS p, total ORDER BY p.title, p.id LIMIT $limit`,
      { ...filter, after: page.after, limit: int(page.first + 1) },
    );
    return { items: rows.slice(0, page.first).map(toRecord), hasNextPage: rows.length > page.first, total: rows[0]?.total ?? 0 };
  }

  /** Full-text search (cjk analyser) over titles, summaries and steps, best first. */
  async search(query: string, filter: LearningListFilter, page: { first: number; offset: number }) {
    const rows = await this.graph.read<Row & { total: number }>(
      `CALL db.index.fulltext.queryNodes('learning_path_text', $query) YIELD node AS p, score
       WHERE ${VISIBLE} AND ${OF_INDUSTRY}
       WITH collect({p: p, score: score}) AS hits
       UNWIND hits AS hit
       WITH hit.p AS p, hit.score AS score, size(hits) AS total
       RETURN ${NODE} AS p, total ORDER BY score DESC, p.id SKIP $offset LIMIT $limit`,
      { query, ...filter, offset: int(page.offset), limit: int(page.first + 1) },
    );
    return { items: rows.slice(0, page.first).map(toRecord), hasNextPage: rows.length > page.first, total: rows[0]?.total ?? 0 };
  }

  /** Slugs of the starter paths ever offered to this graph: each is loaded once, so a deleted one stays deleted. */
  async seedsOffered(): Promise<string[]> {
    const [row] = await this.graph.read<{ slugs: string[] }>("MATCH (s:SeedState {name: 'learning-paths'}) RETURN s.slugs AS slugs");
    return row?.slugs ?? [];
  }

  async rememberSeedsOffered(tx: Tx, slugs: string[]): Promise<void> {
    await tx.run("MERGE (s:SeedState {name: 'learning-paths'}) SET s.slugs = $slugs, s.updatedAt = datetime()", { slugs });
  }
}
