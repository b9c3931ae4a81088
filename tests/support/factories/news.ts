import type { Graph } from '../../../graph/driver.js';
import { createRepositories } from '../../../graph/repositories/index.js';
import type { NewsDraft, NewsRecord } from '../../../domain/news/types.js';
import { uniqueId } from './policy.js';

export interface NewsOverrides extends Partial<NewsDraft> {
  id?: string;
  regionCode?: string;
  level?: string;
  industryCodes?: string[];
  sourceId?: string;
  /** Ids of organisations, people and projects the crawler found named in it. */
  mentionIds?: string[];
}

/** A news item as the crawler stores a feed entry (through the repository, in its own transaction): unique id and URL, 嘉兴市. */
export async function buildNewsItem(graph: Graph, overrides: NewsOverrides = {}): Promise<NewsRecord> {
  const repos = createRepositories(graph);
  const {
    id = uniqueId('news'),
    regionCode = '330400',
    level = '嘉兴市',
    industryCodes = [],
    sourceId = 'test-source',
    mentionIds = [],
    ...fields
  } = overrides;
  const draft: NewsDraft = {
    guid: id,
    url: `https://news.example.cn/${id}`,
    title: `测试资讯 ${id}`,
    summary: '',
    text: '',
    html: '',
    publishedAt: null,
    author: null,
    ...fields,
  };
  await graph.writeTx((tx) =>
    repos.news.saveMany(tx, [
      { id, draft, contentHash: `${draft.title}\n${draft.text}`, sourceId, regionCode, level, industryCodes, mentionIds },
    ]),
  );
  const [stored] = await repos.news.byIds([id]);
  return stored!;
}
