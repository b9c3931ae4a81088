import type { TopicOrder, TopicRecord } from '../../../domain/topic/types.js';
import type { Graph, Params, Tx } from '../../driver.js';

/** A topic's place in the LIBRARY order (domain/topic/types.ts TopicOrder): filed 0, awaiting review 1, outside every industry 2, 未归类 3. */
export const LIBRARY_RANK = `CASE
    WHEN coalesce(t.outlier, false) THEN 3
    WHEN t.mappingStatus = 'REVIEW' THEN 1
    WHEN t.industryCode IS NOT NULL THEN 0
    ELSE 2
  END`;

/** ORDER BY of a topic list (`t`) in the given order, ties by id. */
export const topicOrderBy = (order: TopicOrder) =>
  order === 'SIZE' ? 'coalesce(t.outlier, false), t.size DESC, t.id' : `${LIBRARY_RANK}, t.size DESC, t.id`;

/** What every query of a Topic returns (`t`), and how a row becomes a TopicRecord. */
export const TOPIC_FIELDS = `{
  .id, .label, .autoLabel, .labelSource, .size, .representativeIds, .industryCode, .mappingScore, .mappingStatus, .mergedInto,
  outlier: coalesce(t.outlier, false), retired: coalesce(t.retired, false),
  keywordTerms: coalesce(t.keywords, []), keywordScores: coalesce(t.keywordScores, []),
  trendYears: coalesce(t.trendYears, []), trendCounts: coalesce(t.trendCounts, [])
}`;

export interface TopicRow {
  topic: Omit<TopicRecord, 'keywords' | 'trend' | 'outlier' | 'retired'> & {
    outlier: boolean;
    retired: boolean;
    keywordTerms: string[];
    keywordScores: number[];
    trendYears: number[];
    trendCounts: number[];
  };
}

export function toTopic({ topic }: TopicRow): TopicRecord {
  const { keywordTerms, keywordScores, trendYears, trendCounts, ...rest } = topic;
  return {
    ...rest,
    labelSource: rest.labelSource ?? 'AUTO',
    mappingStatus: rest.mappingStatus ?? 'REVIEW',
    representativeIds: rest.representativeIds ?? [],
    size: rest.size ?? 0,
    industryCode: rest.industryCode ?? null,
    mappingScore: rest.mappingScore ?? null,
    mergedInto: rest.mergedInto ?? null,
    keywords: keywordTerms.map((term, index) => ({ term, score: keywordScores[index] ?? 0 })),
    trend: trendYears.map((year, index) => ({ year, count: trendCounts[index] ?? 0 })),
  };
}

/**
 * Reads run in the caller's transaction when one is given (a decision or a rebuild reads what
 * it has written so far), else in a read transaction of their own.
 */
export const readIn = <R extends object>(graph: Graph, tx: Tx | undefined, cypher: string, params: Params = {}): Promise<R[]> =>
  tx ? tx.run<R>(cypher, params) : graph.read<R>(cypher, params);
