import type { Graph } from '../../../graph/driver.js';
import type { Entities } from './entities.js';
import { date, hash, pick, some, shortName, write, type Progress, type World } from './world.js';

/** News items, with their region, industry and the organisations and people they mention. */

export function generateNews({ seed, random, counts, texts, industries, counties, city, at }: World, { companies, people }: Entities) {
  return Array.from({ length: counts.news }, (_, i) => {
    const region = pick(random, [city, ...counties]);
    const record = pick(random, texts.records);
    return {
      id: hash(`news-${seed}-${i}`).slice(0, 32),
      title: `${shortName(region.name)}：${pick(random, texts.titles)}`,
      summary: record.abstract.slice(0, 100),
      text: record.abstract,
      publishedAt: `${date(random, 2022, 2025)}T09:00:00Z`,
      level: region.level === 'CITY' ? '嘉兴市' : '区县',
      regionCode: region.code,
      industry: pick(random, industries).code,
      organizations: some(random, companies, 1, 2).map((o) => o.id),
      people: random() < 0.5 ? [pick(random, people).id] : [],
      at: at(random),
    };
  });
}

export async function writeNews(graph: Graph, news: ReturnType<typeof generateNews>, onProgress: Progress) {
  await write(
    graph,
    `CREATE (n:NewsItem {id: row.id})
     SET n.guid = row.id, n.url = 'https://news.example.cn/' + row.id, n.title = row.title, n.summary = row.summary, n.text = row.text,
         n.html = '<p>' + row.text + '</p>', n.publishedAt = row.publishedAt, n.author = null, n.contentHash = row.id, n.revision = 1,
         n.level = row.level, n.regionCode = row.regionCode, n.sourceId = 'bench-news', n.firstSeenAt = datetime(row.at), n.updatedAt = datetime(row.at)
     WITH n, row
     MATCH (r:Region {code: row.regionCode}) CREATE (n)-[:IN_REGION]->(r)
     WITH n, row
     MATCH (i:Industry {code: row.industry}) CREATE (n)-[:CONCERNS]->(i)
     WITH n, row
     CALL (n, row) { UNWIND row.organizations AS id MATCH (o:Organization {id: id}) CREATE (n)-[:MENTIONS]->(o) }
     CALL (n, row) { UNWIND row.people AS id MATCH (p:Person {id: id}) CREATE (n)-[:MENTIONS]->(p) }`,
    news,
    'NewsItem',
    onProgress,
  );
}
