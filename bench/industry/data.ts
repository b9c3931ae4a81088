import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../lib/config.js';
import { readTaxonomy, taxonomyFile } from '../../services/industry/taxonomy.js';
import { Embedder } from '../../topics/embedding/embedder.js';
import { documentText } from '../../topics/embedding/text.js';
import { taxonomyIndustry, type TaxonomyIndustry } from '../../topics/filing/industries.js';
import { profileTexts } from '../../topics/filing/profile.js';
import { ensureModel } from '../../topics/model/provision.js';
import { CSL_DIR, cslRows } from '../../topics/testing/csl.js';

export const CACHE_DIR = path.resolve(import.meta.dirname, '..', '.cache');
const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** ../shared/data/csl of the checkout, or of the directory above it (a git worktree under /work/wt). */
const CSL =
  [CSL_DIR, path.resolve(ROOT, '..', '..', 'shared', 'data', 'csl')].find((dir) => existsSync(path.join(dir, 'ts_dev.tsv'))) ?? CSL_DIR;

/** One CSL record as a literature record: abstract and discipline (cls_dcp_dev), title (ts_dev), keywords (kg_dev). */
export interface BenchRecord {
  id: string;
  title: string;
  abstract: string;
  keywords: string[];
  discipline: string;
}

/** The 1,000 records of cls_dcp_dev.tsv joined by abstract with their titles and keywords. */
export function benchRecords(): BenchRecord[] {
  const titles = new Map(cslRows('ts_dev.tsv', CSL).map(([abstract, title]) => [abstract, title]));
  const keywords = new Map<string, string[]>();
  const kg = cslRows('kg_dev.tsv', CSL);
  for (const [text, joined] of kg) {
    for (const [abstract, title] of titles) {
      if (text === `${abstract} ${title}`) keywords.set(abstract, joined.split('_').filter(Boolean));
    }
  }
  return cslRows('cls_dcp_dev.tsv', CSL).map(([abstract, discipline], index) => ({
    id: `csl-${index}`,
    title: titles.get(abstract) ?? '',
    abstract,
    keywords: keywords.get(abstract) ?? [],
    discipline,
  }));
}

export async function taxonomyIndustries(): Promise<TaxonomyIndustry[]> {
  const taxonomy = await readTaxonomy(taxonomyFile(ROOT));
  return taxonomy.industries.map(taxonomyIndustry);
}

let embedder: Promise<Embedder> | undefined;
function model(): Promise<Embedder> {
  embedder ??= (async () => {
    const config = loadConfig(process.env);
    const provisioned = await ensureModel(config.embedding.variant, config.models, {});
    return Embedder.open({ model: provisioned, batchSize: config.embedding.batchSize, threads: config.embedding.threads });
  })();
  return embedder;
}

export async function closeModel(): Promise<void> {
  if (embedder) await (await embedder).close();
  embedder = undefined;
}

/** Passages embedded once with the project's embedder (as documents are) and cached under bench/.cache by their hash. */
export async function embedCached(name: string, texts: readonly string[], onProgress?: (line: string) => void): Promise<Float32Array[]> {
  const hash = createHash('sha256').update(JSON.stringify(texts)).digest('hex').slice(0, 16);
  const variant = loadConfig(process.env).embedding.variant;
  const file = path.join(CACHE_DIR, `industry-${name}-${hash}.${variant}.f32`);
  if (existsSync(file)) {
    const buffer = readFileSync(file);
    const all = new Float32Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
    if (all.length === texts.length * 512) return texts.map((_, i) => all.slice(i * 512, (i + 1) * 512));
  }
  const started = Date.now();
  const rows = await (
    await model()
  ).embedDocuments([...texts], ({ done, total }) => {
    if (done === total || done % 200 === 0)
      onProgress?.(`${name}: embedded ${done}/${total} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  });
  const all = new Float32Array(texts.length * 512);
  rows.forEach((row, i) => all.set(row, i * 512));
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, Buffer.from(all.buffer));
  return rows.map((row) => Float32Array.from(row));
}

export const recordPassage = (r: BenchRecord) => documentText({ title: r.title, abstract: r.abstract, keywords: r.keywords });

/** Passages per industry (`texts[i]` of `industries[i]`) embedded in one cached call, by industry code. */
export async function passagesByIndustry(
  industries: readonly TaxonomyIndustry[],
  name: string,
  texts: readonly (readonly string[])[],
  onProgress?: (line: string) => void,
): Promise<Map<string, Float32Array[]>> {
  const flat = await embedCached(name, texts.flat(), onProgress);
  let offset = 0;
  return new Map(
    industries.map((industry, index) => {
      const own = flat.slice(offset, offset + texts[index]!.length);
      offset += texts[index]!.length;
      return [industry.code, own] as const;
    }),
  );
}

/** Each industry's profile passages (name, description, keywords, classes) embedded, by its code. */
export const profilePassages = (industries: readonly TaxonomyIndustry[], onProgress?: (line: string) => void) =>
  passagesByIndustry(industries, 'profiles', industries.map(profileTexts), onProgress);
