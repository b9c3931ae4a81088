import { createHash } from 'node:crypto';
import type { Graph } from '../../../graph/driver.js';
import type { CslTexts } from '../texts.js';

/** What every job of the generator draws from: the seeded random stream, the counts, the texts and the reference data. */

export interface Region {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}
export interface Industry {
  code: string;
  name: string;
}

export type Rng = () => number;
export const pick = <T>(random: Rng, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
export const between = (random: Rng, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
export const some = <T>(random: Rng, list: readonly T[], min: number, max: number): T[] => {
  const n = between(random, min, max);
  return [...new Set(Array.from({ length: n }, () => pick(random, list)))];
};
export const pad = (n: number, width = 6) => String(n).padStart(width, '0');
export const date = (random: Rng, fromYear: number, toYear: number) =>
  `${between(random, fromYear, toYear)}-${pad(between(random, 1, 12), 2)}-${pad(between(random, 1, 28), 2)}`;
export const hash = (text: string) => createHash('sha256').update(text).digest('hex');
export const shortName = (name: string) => name.replace(/(市|区|县|省)$/, '');

export const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤',
];
export const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文辉玲宇浩凯鹏飞晨欣怡嘉琪子涵梓轩雨萱思远博文一鸣晓峰志强海燕',
];

export interface World {
  seed: number;
  /** One stream for the whole graph: the jobs draw from it in a fixed order (see generate.ts). */
  random: Rng;
  counts: { documents: number; policies: number; people: number; organizations: number; projects: number; news: number };
  texts: CslTexts;
  industries: Industry[];
  counties: Region[];
  city: Region;
  province: Region;
  /** A timestamp of 2023–2025. */
  at: (r: Rng) => string;
}

const BATCH = 2_000;

export type Progress = ((line: string) => void) | undefined;

/** Writes `rows` with `UNWIND $rows AS row <cypher>`, BATCH rows at a time. */
export async function write(graph: Graph, cypher: string, rows: object[], label: string, onProgress: Progress) {
  for (let start = 0; start < rows.length; start += BATCH) {
    await graph.write(`UNWIND $rows AS row ${cypher}`, { rows: rows.slice(start, start + BATCH) });
  }
  onProgress?.(`  ${label}: ${rows.length}`);
}
