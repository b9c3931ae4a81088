import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetGraph, testGraph } from '../../../tests/support/graph.js';
import type { Graph } from '../../driver.js';
import { IndustryRepository } from './industries.js';
import { RegionRepository } from '../region/regions.js';
import { type IndustryInput } from '../../../domain/industry/types.js';
import { type RegionRecord } from '../../../domain/region/types.js';

const regions: RegionRecord[] = [
  { code: 'CN', name: '中国', level: 'NATION', parentCode: null },
  { code: '330000', name: '浙江省', level: 'PROVINCE', parentCode: 'CN' },
  { code: '330400', name: '嘉兴市', level: 'CITY', parentCode: '330000' },
  { code: '330481', name: '海宁市', level: 'COUNTY', parentCode: '330400' },
  { code: '330483', name: '桐乡市', level: 'COUNTY', parentCode: '330400' },
];

const source = {
  title: '嘉兴市先进制造业集群培育工程推进方案（2023—2027年）',
  issuer: '嘉兴市人民政府',
  year: 2023,
  documentNumber: null,
  url: null,
};

const industry = (code: string, name: string, parentCode: string | null, regionCodes: string[]): IndustryInput => ({
  code,
  name,
  description: `${name}产业：测试描述「引号」与 emoji 🌾`,
  keywords: [name, '嘉兴'],
  tier: parentCode ? '区县特色产业' : '主导产业',
  confidence: 'confirmed',
  parentCode,
  classifications: [{ code: 'C38', name: '电气机械和器材制造业' }],
  regionCodes,
  source,
});

describe('IndustryRepository', () => {
  let graph: Graph;
  let industries: IndustryRepository;
  let regionRepo: RegionRepository;
  const taxonomy = {
    version: 't1',
    hash: 'hash-1',
    regions,
    industries: [
      industry('jx-new-energy', '新能源', null, ['330400']),
      industry('jx-smart-pv', '智能光伏', 'jx-new-energy', ['330481']),
      industry('jx-hydrogen', '氢能', 'jx-new-energy', ['330481', '330483']),
    ],
  };

  beforeAll(() => {
    graph = testGraph();
    industries = new IndustryRepository(graph);
    regionRepo = new RegionRepository(graph);
  });
  beforeEach(() => resetGraph(graph));
  afterAll(() => graph.close());
  const save = (input: typeof taxonomy) => graph.writeTx((tx) => industries.saveTaxonomy(tx, input));

  it('round-trips Chinese text, lists and integer years', async () => {
    await save(taxonomy);
    const [pv] = await industries.byCodes(['jx-smart-pv']);
    expect(pv).toEqual({
      code: 'jx-smart-pv',
      name: '智能光伏',
      description: '智能光伏产业：测试描述「引号」与 emoji 🌾',
      keywords: ['智能光伏', '嘉兴'],
      tier: '区县特色产业',
      confidence: 'confirmed',
      parentCode: 'jx-new-energy',
      classifications: [{ code: 'C38', name: '电气机械和器材制造业' }],
      source,
    });
    const [type] = await graph.read("MATCH (i:Industry {code: 'jx-smart-pv'}) RETURN valueType(i.documentYear) AS t");
    expect(type).toEqual({ t: 'INTEGER NOT NULL' });
    expect(await industries.loadedTaxonomy()).toBe('hash-1');
  });

  it('is idempotent: saving the same taxonomy twice leaves the same nodes and links', async () => {
    await save(taxonomy);
    await save(taxonomy);
    const [counts] = await graph.read<{ industries: number; partOf: number; promoted: number; regions: number }>(
      `MATCH (i:Industry) WITH count(i) AS industries
       MATCH (r:Region) WITH industries, count(r) AS regions
       OPTIONAL MATCH (:Industry)-[p:PART_OF]->(:Industry) WITH industries, regions, count(p) AS partOf
       OPTIONAL MATCH (:Industry)-[l:PROMOTED_IN]->(:Region)
       RETURN industries, regions, partOf, count(l) AS promoted`,
    );
    expect(counts).toEqual({ industries: 3, regions: 5, partOf: 2, promoted: 4 });
  });

  it('batches children and regions for many parents in one query each, in the order asked', async () => {
    await save(taxonomy);
    const before = graph.stats.queries;
    const children = await industries.childrenOf(['jx-smart-pv', 'jx-new-energy', 'unknown']);
    const regionLists = await industries.regionsOf(['jx-hydrogen', 'jx-smart-pv']);
    expect(graph.stats.queries - before).toBe(2);
    expect(children.map((list) => list.map((i) => i.code))).toEqual([[], ['jx-hydrogen', 'jx-smart-pv'], []]);
    expect(regionLists.map((list) => list.map((r) => r.name))).toEqual([['海宁市', '桐乡市'], ['海宁市']]);
  });

  it('filters by parent and by region, and marks industries dropped from the file as retired', async () => {
    await save(taxonomy);
    expect((await industries.list({ parentCode: 'jx-new-energy' })).map((i) => i.name)).toEqual(['氢能', '智能光伏']);
    expect((await industries.list({ regionCode: '330483' })).map((i) => i.name)).toEqual(['氢能']);
    await save({ ...taxonomy, hash: 'hash-2', industries: taxonomy.industries.slice(0, 2) });
    expect((await industries.list({})).map((i) => i.code)).toEqual(['jx-new-energy', 'jx-smart-pv']);
    const [retired] = await graph.read("MATCH (i:Industry {code: 'jx-hydrogen'}) RETURN i.retired AS retired");
    expect(retired).toEqual({ retired: true });
  });

  it('finds regions by code, full name or short name', async () => {
    await save(taxonomy);
    expect((await regionRepo.find('330481'))?.name).toBe('海宁市');
    expect((await regionRepo.find('海宁'))?.code).toBe('330481');
    expect((await regionRepo.find('桐乡市'))?.code).toBe('330483');
    expect(await regionRepo.find('杭州')).toBeNull();
    expect((await regionRepo.childrenOf(['330400']))[0]?.map((r) => r.code)).toEqual(['330481', '330483']);
  });
});
