import type { Graph } from '../../graph/driver.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { int } from '../../graph/values.js';
import { gaussian, seededRandom } from '../../topics/cluster/random.js';
import { normalise } from '../../topics/cluster/vectors.js';

/**
 * Documents of three themes (carbon-fibre materials, hypertension, rice farming) with
 * vectors around one direction per theme, and strays far from all, for topic tests.
 * Documents are created by the import (another module); the fixture writes them directly.
 */

export const FIXTURE_MODEL = 'test/bge-small-zh-v1.5';

const random = seededRandom(2024);
const direction = (rng: () => number = random) => {
  const v = Float32Array.from({ length: 512 }, () => gaussian(rng));
  normalise(v);
  return v;
};
const THEMES = {
  materials: {
    centre: direction(),
    title: (i: number) => `碳纤维复合材料界面性能研究之${i}`,
    abstract: '碳纤维增强树脂基复合材料的拉伸强度与界面结合',
    keywords: ['碳纤维', '复合材料'],
  },
  medicine: {
    centre: direction(),
    title: (i: number) => `高血压患者临床治疗观察之${i}`,
    abstract: '老年高血压患者的降压药物治疗与护理',
    keywords: ['高血压', '临床治疗'],
  },
  agriculture: {
    centre: direction(),
    title: (i: number) => `水稻品种栽培技术之${i}`,
    abstract: '水稻新品种的高产栽培与病虫害防治',
    keywords: ['水稻', '栽培技术'],
  },
} as const;
export type Theme = keyof typeof THEMES;

/** A generator seeded by a document's id: its vector is the same whichever test (in whatever order) creates it. */
const seededBy = (id: string) =>
  seededRandom([...id].reduce((hash, ch) => Math.imul(hash ^ ch.codePointAt(0)!, 16777619) >>> 0, 2166136261));

function near(centre: Float32Array, rng: () => number): number[] {
  const v = Float32Array.from(centre, (x) => x + 0.02 * gaussian(rng));
  normalise(v);
  return Array.from(v);
}

/** Creates `count` documents `<theme>-<from…>` with their embeddings; returns their ids. */
export async function addThemeDocuments(
  graph: Graph,
  repos: Repositories,
  theme: Theme | 'stray',
  from: number,
  count: number,
): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, k) => {
    const i = from + k;
    if (theme === 'stray')
      return {
        id: `stray-${i}`,
        title: `杂记之${i}`,
        abstract: '唐诗宋词的格律',
        keywords: ['诗词'],
        year: int(2020),
        vector: Array.from(direction(seededBy(`stray-${i}`))),
      };
    const t = THEMES[theme];
    return {
      id: `${theme}-${i}`,
      title: t.title(i),
      abstract: t.abstract,
      keywords: [...t.keywords],
      year: int(2018 + (i % 4)),
      vector: near(t.centre, seededBy(`${theme}-${i}`)),
    };
  });
  await graph.write(
    `UNWIND $rows AS row CREATE (:Document {id: row.id, title: row.title, abstract: row.abstract, keywords: row.keywords, year: row.year})`,
    { rows },
  );
  await graph.writeTx((tx) =>
    repos.documentEmbeddings.store(
      tx,
      rows.map((r) => ({ id: r.id, embedding: r.vector, contentHash: `hash-${r.id}`, embeddingModel: FIXTURE_MODEL })),
    ),
  );
  return rows.map((r) => r.id);
}
