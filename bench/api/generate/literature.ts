import type { Graph } from '../../../graph/driver.js';
import type { CslRecord } from '../texts.js';
import { between, GIVEN, hash, pad, pick, some, SURNAMES, shortName, write, type Progress, type World } from './world.js';

/** Literature: CSL records resampled with variation, in import batches. */

const JOURNALS = ['科技导报', '中国科技论坛', '浙江大学学报', '嘉兴学院学报', '科学学研究', '中国软科学', '工程科学学报', '管理世界'];
const DATABASES = ['CNKI', 'Wanfang', 'VIP'];

export function generateLiterature({ seed, random, counts, texts, industries, at }: World) {
  const batchCount = Math.max(5, Math.round(counts.documents / 1_000));
  const batches = Array.from({ length: batchCount }, (_, i) => ({
    id: `batch-${pad(i, 4)}`,
    fileName: `${pick(random, DATABASES).toLowerCase()}-export-${i}.ris`,
    fileHash: hash(`batch-${seed}-${i}`),
    database: pick(random, DATABASES),
    at: at(random),
  }));
  const documents = Array.from({ length: counts.documents }, (_, i) => {
    const base: CslRecord = pick(random, texts.records);
    const variant = Math.floor(random() * 5);
    const industry = pick(random, industries);
    const kw = base.keywords[0] ?? pick(random, texts.keywords);
    const title = [
      base.title,
      `${base.title}——以嘉兴为例`,
      `基于${kw}的${pick(random, texts.titles)}`,
      `${shortName(industry.name)}视角下的${base.title}`,
      pick(random, texts.titles),
    ][variant]!;
    const abstract = variant === 4 ? pick(random, texts.records).abstract : base.abstract;
    const keywords = [
      ...new Set([
        ...some(random, base.keywords.length ? base.keywords : texts.keywords, 2, 5),
        ...(random() < 0.3 ? [shortName(industry.name)] : []),
      ]),
    ];
    const authors = Array.from(
      { length: between(random, 1, 4) },
      () => `${pick(random, SURNAMES)}${pick(random, GIVEN)}${pick(random, GIVEN)}`,
    );
    const year = between(random, 2000, 2025);
    const batch = batches[i % batchCount]!;
    return {
      id: `doc-${pad(i, 7)}`,
      title,
      abstract,
      keywords,
      keywordText: keywords.join(' '),
      authors,
      year,
      journal: pick(random, JOURNALS),
      doi: random() < 0.4 ? `10.${between(random, 1000, 9999)}/bench.${i}` : null,
      database: batch.database,
      dedupeKey: random() < 0.4 ? `doi:10.bench/${i}` : `title:${hash(`${title}|${authors[0]}|${year}|${i}`).slice(0, 24)}`,
      titleKey: title.replace(/[\s\p{P}]/gu, '').toLowerCase(),
      sourceId: String(Math.floor(i / batchCount) + 1),
      batchId: batch.id,
      line: Math.floor(i / batchCount) * 12 + 1,
    };
  });
  return { batches, documents };
}

export async function writeLiterature(graph: Graph, { batches, documents }: ReturnType<typeof generateLiterature>, onProgress: Progress) {
  await write(
    graph,
    `CREATE (b:ImportBatch {id: row.id}) SET b.fileName = row.fileName, b.fileHash = row.fileHash, b.format = 'RIS', b.encoding = 'UTF-8',
       b.database = row.database, b.importedBy = '王馆员', b.importedAt = datetime(row.at), b.status = 'COMPLETED', b.reportJson = '{}'`,
    batches,
    'ImportBatch',
    onProgress,
  );
  await write(
    graph,
    `MATCH (b:ImportBatch {id: row.batchId})
     CREATE (d:Document {id: row.id})
     SET d.title = row.title, d.abstract = row.abstract, d.keywords = row.keywords, d.keywordText = row.keywordText, d.authors = row.authors,
         d.year = toInteger(row.year), d.journal = row.journal, d.doi = row.doi, d.database = row.database, d.type = 'article', d.language = 'zh',
         d.dedupeKey = row.dedupeKey, d.titleKey = row.titleKey, d.sourceId = row.sourceId, d.importedAt = b.importedAt, d.batchId = b.id
     CREATE (d)-[:IMPORTED_IN {line: toInteger(row.line), sourceId: row.sourceId}]->(b)`,
    documents,
    'Document',
    onProgress,
  );
  await write(
    graph,
    'MATCH (b:ImportBatch {id: row.id}) SET b.added = COUNT { (b)<-[:IMPORTED_IN]-() }, b.duplicates = 0, b.rejected = 0',
    batches,
    'ImportBatch counts',
    onProgress,
  );
}
