import { type RegionLevel, type RegionRecord } from '../../../domain/region/types.js';
import type { Graph } from '../../driver.js';
import { alignByKey, groupByKey } from '../../values.js';

/** Region nodes: 国家 › 浙江省 › 嘉兴市 › 区县. */
export class RegionRepository {
  constructor(private readonly graph: Graph) {}

  async list(level: RegionLevel | null): Promise<RegionRecord[]> {
    return this.graph.read<RegionRecord>(
      `MATCH (r:Region) WHERE $level IS NULL OR r.level = $level
       RETURN r.code AS code, r.name AS name, r.level AS level, r.parentCode AS parentCode
       ORDER BY r.code`,
      { level },
    );
  }

  /** Finds a region by its code or its Chinese name (with or without 市/区/县). */
  async find(codeOrName: string): Promise<RegionRecord | null> {
    const [row] = await this.graph.read<RegionRecord>(
      `MATCH (r:Region)
       WHERE r.code = $key OR r.name = $key OR r.name IN [$key + '市', $key + '区', $key + '县', $key + '省']
       RETURN r.code AS code, r.name AS name, r.level AS level, r.parentCode AS parentCode
       ORDER BY size(r.name) LIMIT 1`,
      { key: codeOrName },
    );
    return row ?? null;
  }

  async byCodes(codes: readonly string[]): Promise<(RegionRecord | null)[]> {
    const rows = await this.graph.read<RegionRecord>(
      `MATCH (r:Region) WHERE r.code IN $codes
       RETURN r.code AS code, r.name AS name, r.level AS level, r.parentCode AS parentCode`,
      { codes },
    );
    return alignByKey(
      codes,
      rows.map((row) => [row.code, row] as const),
    );
  }

  async childrenOf(parentCodes: readonly string[]): Promise<RegionRecord[][]> {
    const rows = await this.graph.read<RegionRecord & { parent: string }>(
      `UNWIND $parentCodes AS parent
       MATCH (r:Region)-[:PART_OF]->(:Region {code: parent})
       RETURN parent, r.code AS code, r.name AS name, r.level AS level, r.parentCode AS parentCode
       ORDER BY r.code`,
      { parentCodes },
    );
    return groupByKey(
      parentCodes,
      rows,
      (row) => row.parent,
      ({ parent: _parent, ...region }) => region,
    );
  }
}
