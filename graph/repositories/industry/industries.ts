import { type IndustryRecord, type IndustryInput } from '../../../domain/industry/types.js';
import { type RegionLevel, type RegionRecord } from '../../../domain/region/types.js';
import type { Graph } from '../../driver.js';
import { int, alignByKey } from '../../values.js';

const INDUSTRY_FIELDS = `{
  code: i.code, name: i.name, description: i.description, keywords: i.keywords, tier: i.tier,
  confidence: i.confidence, parentCode: i.parentCode,
  classificationCodes: i.classificationCodes, classificationNames: i.classificationNames,
  documentTitle: i.documentTitle, documentIssuer: i.documentIssuer, documentYear: i.documentYear,
  documentNumber: i.documentNumber, documentUrl: i.documentUrl
}`;

interface IndustryRow {
  industry: {
    code: string;
    name: string;
    description: string;
    keywords: string[];
    tier: string;
    confidence: string;
    parentCode: string | null;
    classificationCodes: string[];
    classificationNames: string[];
    documentTitle: string;
    documentIssuer: string;
    documentYear: number;
    documentNumber: string | null;
    documentUrl: string | null;
  };
}

function toIndustry({ industry: row }: IndustryRow): IndustryRecord {
  return {
    code: row.code,
    name: row.name,
    description: row.description,
    keywords: row.keywords,
    tier: row.tier,
    confidence: row.confidence,
    parentCode: row.parentCode,
    classifications: row.classificationCodes.map((code, index) => ({ code, name: row.classificationNames[index] ?? '' })),
    source: {
      title: row.documentTitle,
      issuer: row.documentIssuer,
      year: row.documentYear,
      documentNumber: row.documentNumber,
      url: row.documentUrl,
    },
  };
}

/** Industry and Region nodes: the taxonomy of Jiaxing's industrial structure. */
export class IndustryRepository {
  constructor(private readonly graph: Graph) {}

  /** Hash of the taxonomy last loaded, so an unchanged file is not written again. */
  async loadedTaxonomy(): Promise<string | null> {
    const [row] = await this.graph.read<{ hash: string }>("MATCH (s:SeedState {name: 'industries'}) RETURN s.hash AS hash");
    return row?.hash ?? null;
  }

  /**
   * Writes the taxonomy in one transaction: regions, industries, their hierarchy and
   * region links. Nodes are merged by code; links of taxonomy industries are replaced so
   * the graph matches the file. Industries no longer in the file are kept (other nodes
   * may point at them) but marked retired.
   */
  async saveTaxonomy(input: { version: string; hash: string; regions: RegionRecord[]; industries: IndustryInput[] }) {
    const industries = input.industries.map((industry) => ({
      code: industry.code,
      name: industry.name,
      description: industry.description,
      keywords: industry.keywords,
      keywordText: industry.keywords.join(' '),
      tier: industry.tier,
      confidence: industry.confidence,
      parentCode: industry.parentCode,
      classificationCodes: industry.classifications.map((c) => c.code),
      classificationNames: industry.classifications.map((c) => c.name),
      documentTitle: industry.source.title,
      documentIssuer: industry.source.issuer,
      documentYear: int(industry.source.year),
      documentNumber: industry.source.documentNumber,
      documentUrl: industry.source.url,
      regionCodes: industry.regionCodes,
    }));
    await this.graph.writeTx(async (tx) => {
      await tx.run(
        `UNWIND $regions AS r
         MERGE (region:Region {code: r.code})
         SET region.name = r.name, region.level = r.level, region.parentCode = r.parentCode
         WITH region, r
         OPTIONAL MATCH (region)-[old:PART_OF]->(:Region)
         DELETE old
         WITH DISTINCT region, r
         OPTIONAL MATCH (parent:Region {code: r.parentCode})
         FOREACH (_ IN CASE WHEN parent IS NULL THEN [] ELSE [1] END | MERGE (region)-[:PART_OF]->(parent))`,
        { regions: input.regions },
      );
      await tx.run(
        `UNWIND $industries AS row
         MERGE (i:Industry {code: row.code})
         ON CREATE SET i.createdAt = datetime()
         SET i += row { .name, .description, .keywords, .keywordText, .tier, .confidence, .parentCode,
                        .classificationCodes, .classificationNames, .documentTitle, .documentIssuer,
                        .documentYear, .documentNumber, .documentUrl },
             i.retired = false, i.provenance = 'taxonomy', i.taxonomyVersion = $version, i.updatedAt = datetime()
         WITH i, row
         OPTIONAL MATCH (i)-[old:PART_OF|PROMOTED_IN]->()
         DELETE old`,
        { industries, version: input.version },
      );
      await tx.run(
        `UNWIND $industries AS row
         MATCH (i:Industry {code: row.code})
         OPTIONAL MATCH (parent:Industry {code: row.parentCode})
         FOREACH (_ IN CASE WHEN parent IS NULL THEN [] ELSE [1] END | MERGE (i)-[:PART_OF]->(parent))
         WITH i, row
         UNWIND row.regionCodes AS regionCode
         MATCH (region:Region {code: regionCode})
         MERGE (i)-[:PROMOTED_IN]->(region)`,
        { industries },
      );
      await tx.run(
        `MATCH (i:Industry {provenance: 'taxonomy'}) WHERE NOT i.code IN $codes
         SET i.retired = true`,
        { codes: industries.map((i) => i.code) },
      );
      await tx.run(
        `MERGE (s:SeedState {name: 'industries'})
         SET s.hash = $hash, s.version = $version, s.loadedAt = datetime()`,
        { hash: input.hash, version: input.version },
      );
    });
  }

  async list(filter: { parentCode?: string | null; regionCode?: string | null }): Promise<IndustryRecord[]> {
    const rows = await this.graph.read<IndustryRow>(
      `MATCH (i:Industry) WHERE NOT coalesce(i.retired, false)
         AND ($parentCode IS NULL OR i.parentCode = $parentCode)
         AND ($regionCode IS NULL OR EXISTS { (i)-[:PROMOTED_IN]->(:Region {code: $regionCode}) })
       RETURN i ${INDUSTRY_FIELDS} AS industry
       ORDER BY i.code`,
      { parentCode: filter.parentCode ?? null, regionCode: filter.regionCode ?? null },
    );
    return rows.map(toIndustry);
  }

  /** Industries by code, in the order asked, null where unknown (a DataLoader batch). */
  async byCodes(codes: readonly string[]): Promise<(IndustryRecord | null)[]> {
    const rows = await this.graph.read<IndustryRow>(`MATCH (i:Industry) WHERE i.code IN $codes RETURN i ${INDUSTRY_FIELDS} AS industry`, {
      codes,
    });
    return alignByKey(
      codes,
      rows.map((row) => [row.industry.code, toIndustry(row)] as const),
    );
  }

  /** Direct children of each parent code, ordered by code (a DataLoader batch). */
  async childrenOf(parentCodes: readonly string[]): Promise<IndustryRecord[][]> {
    const rows = await this.graph.read<IndustryRow & { parentCode: string }>(
      `UNWIND $parentCodes AS parentCode
       MATCH (i:Industry)-[:PART_OF]->(:Industry {code: parentCode})
       WHERE NOT coalesce(i.retired, false)
       RETURN parentCode, i ${INDUSTRY_FIELDS} AS industry
       ORDER BY i.code`,
      { parentCodes },
    );
    return groupBy(parentCodes, rows, (row) => row.parentCode, toIndustry);
  }

  /** Regions that name each industry as theirs (a DataLoader batch). */
  async regionsOf(industryCodes: readonly string[]): Promise<RegionRecord[][]> {
    const rows = await this.graph.read<{ industryCode: string; region: RegionRecord }>(
      `UNWIND $industryCodes AS industryCode
       MATCH (:Industry {code: industryCode})-[:PROMOTED_IN]->(r:Region)
       RETURN industryCode, r {.code, .name, .level, .parentCode} AS region
       ORDER BY r.code`,
      { industryCodes },
    );
    return groupBy(
      industryCodes,
      rows,
      (row) => row.industryCode,
      (row) => row.region,
    );
  }
}

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
    return groupBy(
      parentCodes,
      rows,
      (row) => row.parent,
      ({ parent: _parent, ...region }) => region,
    );
  }
}

function groupBy<Row, T>(keys: readonly string[], rows: Row[], keyOf: (row: Row) => string, map: (row: Row) => T): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(map(row));
  return keys.map((key) => groups.get(key) ?? []);
}
