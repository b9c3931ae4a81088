import { type IndustryRecord, type IndustryInput } from '../../../domain/industry/types.js';
import { type RegionRecord } from '../../../domain/region/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int, alignByKey, groupByKey } from '../../values.js';

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
   * Writes the taxonomy in the caller's transaction: regions, industries, their hierarchy and
   * region links. Nodes are merged by code; links of taxonomy industries are replaced so
   * the graph matches the file. Industries no longer in the file are kept (other nodes
   * may point at them) but marked retired.
   */
  async saveTaxonomy(tx: Tx, input: { version: string; hash: string; regions: RegionRecord[]; industries: IndustryInput[] }) {
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

  /** Every industry, retired ones too (flagged), with the regions that promote it: the in-memory reference data. */
  async everything(): Promise<{ industry: IndustryRecord; retired: boolean; regions: RegionRecord[] }[]> {
    const rows = await this.graph.read<IndustryRow & { retired: boolean; regions: RegionRecord[] }>(
      `MATCH (i:Industry)
       RETURN i ${INDUSTRY_FIELDS} AS industry, coalesce(i.retired, false) AS retired,
              COLLECT { MATCH (i)-[:PROMOTED_IN]->(r:Region) RETURN r {.code, .name, .level, .parentCode} ORDER BY r.code } AS regions
       ORDER BY i.code`,
    );
    return rows.map((row) => ({ industry: toIndustry(row), retired: row.retired, regions: row.regions }));
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
    return groupByKey(parentCodes, rows, (row) => row.parentCode, toIndustry);
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
    return groupByKey(
      industryCodes,
      rows,
      (row) => row.industryCode,
      (row) => row.region,
    );
  }
}
