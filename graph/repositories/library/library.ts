import type { FacetCount, IndustryLibraryCounts, IndustryLibraryFacets, LibraryFeedEntry } from '../../../domain/library/types.js';
import type { TopicRecord } from '../../../domain/topic/types.js';
import type { IndustryRecord } from '../../../domain/industry/types.js';
import type { Graph } from '../../driver.js';
import { groupByKey, int } from '../../values.js';
import { IN_FORCE } from '../policy/cypher.js';
import { IN_INDUSTRY_LIBRARY } from '../document/fields.js';
import { TOPIC_FIELDS, topicOrderBy, toTopic, type TopicRow } from '../topic/fields.js';
import { PART_OF_PATH } from '../within.js';

/** The industry and its sub-industries at any depth, as `industries` (nodes) and `codes`, for `industry`. */
const WITHIN = `CALL (industry) {
    MATCH (x:Industry)${PART_OF_PATH}(industry) WHERE NOT coalesce(x.retired, false)
    RETURN collect(x) AS industries, collect(x.code) AS codes
  }`;

const LIBRARY_TOPIC = `NOT coalesce(t.retired, false) AND NOT coalesce(t.outlier, false) AND t.industryCode IN codes`;

const ENTITY_COUNT = (label: string) => `COUNT {
    MATCH (n:${label})-[r:IN_INDUSTRY]->(x:Industry)
    WHERE x IN industries AND NOT coalesce(r.deleted, false) AND NOT coalesce(n.deleted, false) AND n.mergedInto IS NULL
    WITH DISTINCT n RETURN n }`;

/**
 * Reads of industry libraries that span the domains: counts and facets of a library, its topics,
 * the signature industries of regions, what is new. Each list read is one query whatever its length.
 */
export class IndustryLibraryRepository {
  constructor(private readonly graph: Graph) {}

  /** What each industry's library holds, sub-industries included; policies in force on `today` (a DataLoader batch). */
  async countsOf(codes: readonly string[], today: string): Promise<IndustryLibraryCounts[]> {
    const rows = await this.graph.read<IndustryLibraryCounts>(
      `UNWIND $codes AS code
       MATCH (industry:Industry {code: code})
       ${WITHIN}
       RETURN code AS industryCode,
         COUNT { MATCH (t:Topic) WHERE ${LIBRARY_TOPIC} } AS topics,
         COUNT {
           MATCH (t:Topic)-[:CANDIDATE_INDUSTRY]->(x:Industry)
           WHERE x IN industries AND t.mappingStatus = 'REVIEW' AND NOT coalesce(t.retired, false) AND NOT coalesce(t.outlier, false)
           WITH DISTINCT t RETURN t
         } AS topicsInReview,
         COUNT {
           MATCH (d:Document)-[f:FILED_UNDER]->(x:Industry) WHERE x IN industries AND NOT coalesce(f.deleted, false) RETURN d
           UNION
           MATCH (d:Document)-[:IN_TOPIC]->(t:Topic) WHERE NOT coalesce(t.retired, false) AND t.industryCode IN codes RETURN d
         } AS documents,
         COUNT { MATCH (p:Policy)-[r:SUPPORTS]->(x:Industry) WHERE x IN industries AND NOT coalesce(r.deleted, false)
                 WITH DISTINCT p WHERE ${IN_FORCE('p')} RETURN p } AS policiesInForce,
         COUNT { MATCH (n:NewsItem)-[:CONCERNS]->(x:Industry) WHERE x IN industries WITH DISTINCT n RETURN n } AS news,
         ${ENTITY_COUNT('Organization')} AS organizations,
         ${ENTITY_COUNT('Person')} AS people,
         ${ENTITY_COUNT('Project')} AS projects`,
      { codes, today },
    );
    const byCode = new Map(rows.map((row) => [row.industryCode, row]));
    return codes.map(
      (code) =>
        byCode.get(code) ?? {
          industryCode: code,
          documents: 0,
          topics: 0,
          topicsInReview: 0,
          policiesInForce: 0,
          news: 0,
          organizations: 0,
          people: 0,
          projects: 0,
        },
    );
  }

  /** One page of the library's topics (those mapped to the industry or a sub-industry), largest first, and how many. */
  async topics(code: string, page: { offset: number; first: number }): Promise<{ items: TopicRecord[]; hasMore: boolean; total: number }> {
    const [row] = await this.graph.read<{ total: number; items: TopicRow['topic'][] }>(
      `MATCH (industry:Industry {code: $code})
       ${WITHIN}
       MATCH (t:Topic) WHERE ${LIBRARY_TOPIC}
       WITH t ORDER BY ${topicOrderBy('LIBRARY')}
       WITH collect(t ${TOPIC_FIELDS}) AS topics
       RETURN size(topics) AS total, topics[$offset..($offset + $limit)] AS items`,
      { code, offset: int(page.offset), limit: int(page.first + 1) },
    );
    const items = (row?.items ?? []).map((topic) => toTopic({ topic }));
    return { items: items.slice(0, page.first), hasMore: items.length > page.first, total: row?.total ?? 0 };
  }

  /** The years, journals (at most `limit` each, most frequent first) and topics of the library's documents. */
  async facets(code: string, limit: number): Promise<IndustryLibraryFacets> {
    const [row] = await this.graph.read<{ years: FacetCount[]; journals: FacetCount[]; topics: { topicId: string; count: number }[] }>(
      `MATCH (d:Document) WHERE ${IN_INDUSTRY_LIBRARY}
       WITH collect(d) AS docs
       CALL (docs) {
         UNWIND docs AS d WITH d.year AS year, count(*) AS count WHERE year IS NOT NULL
         ORDER BY year DESC LIMIT $limit
         RETURN collect({value: toString(year), count: count}) AS years
       }
       CALL (docs) {
         UNWIND docs AS d WITH d.journal AS journal, count(*) AS count WHERE journal IS NOT NULL AND journal <> ''
         ORDER BY count DESC, journal LIMIT $limit
         RETURN collect({value: journal, count: count}) AS journals
       }
       CALL (docs) {
         UNWIND docs AS d MATCH (d)-[:IN_TOPIC]->(t:Topic) WHERE NOT coalesce(t.outlier, false)
         WITH t.id AS topicId, count(*) AS count ORDER BY count DESC, topicId LIMIT $limit
         RETURN collect({topicId: topicId, count: count}) AS topics
       }
       RETURN years, journals, topics`,
      { industryCode: code, limit: int(limit) },
    );
    return row ?? { years: [], journals: [], topics: [] };
  }

  /** The industries each region names as its own signature industries, by code (a DataLoader batch). */
  async signatureIndustriesOf(regionCodes: readonly string[]): Promise<string[][]> {
    const rows = await this.graph.read<{ regionCode: string; code: string }>(
      `UNWIND $regionCodes AS regionCode
       MATCH (i:Industry)-[:PROMOTED_IN]->(:Region {code: regionCode}) WHERE NOT coalesce(i.retired, false)
       RETURN regionCode, i.code AS code ORDER BY i.code`,
      { regionCodes },
    );
    return groupByKey(
      regionCodes,
      rows,
      (row) => row.regionCode,
      (row) => row.code,
    );
  }

  /** The newest documents, policies and news of the library, newest first, at most `limit` in all. */
  async newest(industry: IndustryRecord, limit: number): Promise<LibraryFeedEntry[]> {
    const rows = await this.graph.read<LibraryFeedEntry>(
      `MATCH (industry:Industry {code: $industryCode})
       ${WITHIN}
       CALL (industries) {
         MATCH (d:Document) WHERE ${IN_INDUSTRY_LIBRARY}
         WITH d ORDER BY d.importedAt DESC LIMIT $limit
         RETURN 'Document' AS kind, d.id AS id, coalesce(d.title, '') AS title, toString(d.importedAt) AS at,
                trim(coalesce(d.journal, '') + ' ' + coalesce(toString(d.year), '')) AS summary, d.url AS url
         UNION
         MATCH (p:Policy)-[r:SUPPORTS]->(x:Industry) WHERE x IN industries AND NOT coalesce(r.deleted, false) AND NOT coalesce(p.deleted, false)
         WITH DISTINCT p, coalesce(p.publishedDate + 'T00:00:00+08:00', toString(p.firstSeenAt)) AS at
         ORDER BY at DESC LIMIT $limit
         RETURN 'Policy' AS kind, p.id AS id, p.title AS title, at,
                trim(coalesce(p.documentNumber, '') + ' ' + coalesce(p.issuer, '')) AS summary, p.url AS url
         UNION
         MATCH (n:NewsItem)-[:CONCERNS]->(x:Industry) WHERE x IN industries
         WITH DISTINCT n, coalesce(n.publishedAt, toString(n.firstSeenAt)) AS at
         ORDER BY at DESC LIMIT $limit
         RETURN 'NewsItem' AS kind, n.id AS id, n.title AS title, at, coalesce(n.summary, '') AS summary, n.url AS url
       }
       RETURN kind, id, title, at, summary, url ORDER BY at DESC, id LIMIT $limit`,
      { industryCode: industry.code, limit: int(limit) },
    );
    return rows;
  }
}
