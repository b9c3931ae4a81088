import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { IndustryInput } from '../../domain/industry/types.js';
import type { RegionRecord } from '../../domain/region/types.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { AppError } from '../../lib/errors.js';

/** The taxonomy file `data/industries/industries.json`, validated strictly before it is loaded. */

const TIERS = ['主导产业', '战略性新兴产业', '未来产业', '传统优势产业', '区县特色产业'] as const;

const TaxonomySchema = z
  .object({
    version: z.string().min(1),
    documents: z.record(
      z.string().regex(/^[a-z0-9-]+$/),
      z.strictObject({
        title: z.string().min(2),
        issuer: z.string().min(2),
        year: z.number().int().min(1949).max(2100),
        documentNumber: z.string().min(2).optional(),
        url: z.url().optional(),
      }),
    ),
    regions: z.array(
      z.strictObject({
        code: z.string().regex(/^(CN|\d{6})$/),
        name: z.string().min(2),
        level: z.enum(['NATION', 'PROVINCE', 'CITY', 'COUNTY']),
        parent: z.string().nullable(),
      }),
    ),
    industries: z.array(
      z.strictObject({
        code: z.string().regex(/^jx-[a-z0-9-]+$/),
        name: z.string().min(2),
        description: z.string().min(4),
        keywords: z.array(z.string().min(1)).min(1),
        tier: z.enum(TIERS),
        parent: z.string().nullable(),
        classifications: z.array(z.strictObject({ code: z.string().regex(/^[A-T]\d{0,4}$/), name: z.string().min(2) })).min(1),
        regions: z.array(z.string()),
        document: z.string(),
        confidence: z.enum(['confirmed', 'inferred']),
      }),
    ),
  })
  .superRefine((taxonomy, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    const regionCodes = new Set(taxonomy.regions.map((r) => r.code));
    const industryCodes = new Set<string>();
    const names = new Set<string>();
    for (const region of taxonomy.regions) {
      if (region.parent && !regionCodes.has(region.parent)) problem(`region ${region.code}: unknown parent ${region.parent}`);
    }
    for (const industry of taxonomy.industries) {
      if (industryCodes.has(industry.code)) problem(`industry ${industry.code}: duplicate code`);
      if (names.has(industry.name)) problem(`industry ${industry.code}: duplicate name ${industry.name}`);
      industryCodes.add(industry.code);
      names.add(industry.name);
      if (!(industry.document in taxonomy.documents)) problem(`industry ${industry.code}: unknown document ${industry.document}`);
      for (const region of industry.regions) {
        if (!regionCodes.has(region)) problem(`industry ${industry.code}: unknown region ${region}`);
      }
    }
    const parentOf = new Map(taxonomy.industries.map((i) => [i.code, i.parent]));
    for (const industry of taxonomy.industries) {
      if (industry.parent && !industryCodes.has(industry.parent)) problem(`industry ${industry.code}: unknown parent ${industry.parent}`);
      const seen = new Set<string>();
      for (let code: string | null | undefined = industry.code; code; code = parentOf.get(code)) {
        if (seen.has(code)) {
          problem(`industry ${industry.code}: parent chain has a cycle`);
          break;
        }
        seen.add(code);
      }
    }
  });

export interface Taxonomy {
  version: string;
  hash: string;
  regions: RegionRecord[];
  industries: IndustryInput[];
}

/** The taxonomy file cannot be read or breaks its rules. */
export class TaxonomyError extends AppError {
  constructor(message: string) {
    super('VALIDATION', message);
  }
}

export const taxonomyFile = (projectRoot: string) => path.join(projectRoot, 'data', 'industries', 'industries.json');

export async function readTaxonomy(file: string): Promise<Taxonomy> {
  const raw = await readFile(file);
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    throw new TaxonomyError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = TaxonomySchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new TaxonomyError(`${file} is not a valid taxonomy: ${problems.join('; ')}`);
  }
  const taxonomy = parsed.data;
  return {
    version: taxonomy.version,
    hash: createHash('sha256').update(raw).digest('hex'),
    regions: taxonomy.regions.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent })),
    industries: taxonomy.industries.map((industry) => {
      const document = taxonomy.documents[industry.document]!;
      return {
        code: industry.code,
        name: industry.name,
        description: industry.description,
        keywords: industry.keywords,
        tier: industry.tier,
        confidence: industry.confidence,
        parentCode: industry.parent,
        classifications: industry.classifications,
        regionCodes: industry.regions,
        source: {
          title: document.title,
          issuer: document.issuer,
          year: document.year,
          documentNumber: document.documentNumber ?? null,
          url: document.url ?? null,
        },
      };
    }),
  };
}

/**
 * Loads the taxonomy into the graph unless the same file is already loaded, in one transaction;
 * `timeoutMs` gives that bulk write more than the usual transaction time (a cold Neo4j on a busy machine).
 */
export async function loadTaxonomy(
  repos: Repositories,
  file: string,
  options: { timeoutMs?: number } = {},
): Promise<{ loaded: boolean; industries: number }> {
  const taxonomy = await readTaxonomy(file);
  if ((await repos.industries.loadedTaxonomy()) === taxonomy.hash) {
    return { loaded: false, industries: taxonomy.industries.length };
  }
  await repos.graph.writeTx((tx) => repos.industries.saveTaxonomy(tx, taxonomy), options);
  return { loaded: true, industries: taxonomy.industries.length };
}
