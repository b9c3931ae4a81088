import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import type { EntityType } from '../../domain/entity/types.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { EmbeddingService } from '../../services/embedding/service.js';
import type { DocumentExportFormat } from '../../topics/export/formats.js';
import { embeddingDocumentSearch } from '../../services/document/semantic-search.js';
import { loadConfig } from '../../lib/config.js';
import { openGraph, prepareGraph } from '../runtime.js';
import { exportDocuments, exportEntities, exportPolicies, type ExportFile } from '../../services/export/export.js';
import { CliInputError } from './crawl.js';

/**
 * `hechuang export documents|people|organizations|projects|policies`: the exports of the
 * /export routes, for the operator: no row cap, deleted entities with --include-deleted.
 */

const ENTITIES: Record<string, EntityType> = { people: 'Person', organizations: 'Organization', projects: 'Project' };
const DOCUMENT_FORMATS: Record<string, DocumentExportFormat> = { ris: 'ris', bibtex: 'bibtex', bib: 'bibtex', csv: 'csv' };

interface ExportOptions {
  format: string;
  out?: string;
  topic?: string;
  industry?: string;
  query?: string;
  importJob?: string;
  hybrid?: boolean;
  region?: string;
  organization?: string;
  includeDeleted?: boolean;
  level?: string;
  issuer?: string;
  validity?: string;
  from?: string;
  to?: string;
}

export function registerExportCommands(program: Command, progress: (line: string) => void): void {
  program
    .command('export')
    .description('write documents (ris, bibtex, csv), people, organizations, projects (csv, xlsx) or policies (csv) to a file or stdout')
    .argument('<what>', 'documents, people, organizations, projects or policies')
    .requiredOption('--format <format>', 'documents: ris, bibtex or csv; people, organizations, projects: csv or xlsx; policies: csv')
    .option('--out <file>', 'write here instead of stdout')
    .option('--topic <id>', 'documents of one topic')
    .option('--industry <code>', "documents of an industry's topics; entities and policies of an industry (and its sub-industries)")
    .option('--query <text>', 'documents: the best hits of a search')
    .option('--hybrid', 'with --query: fuse full text with the embedding model (loads it)')
    .option('--import-job <id>', 'documents of one import batch')
    .option('--region <code>', 'entities and policies of a region (and the regions in it)')
    .option('--organization <id>', 'people and projects linked to an organisation')
    .option('--include-deleted', 'people, organisations, projects: soft-deleted ones too')
    .option('--level <level>', 'policies: 国家, 省, 市, 区县…')
    .option('--issuer <text>', 'policies: issuer contains')
    .option('--validity <validity>', 'policies: 有效, 废止, 失效')
    .option('--from <date>', 'policies published on or after (YYYY-MM-DD)')
    .option('--to <date>', 'policies published on or before (YYYY-MM-DD)')
    .action(async (what: string, options: ExportOptions) => {
      const entity = ENTITIES[what];
      if (what !== 'documents' && what !== 'policies' && !entity) {
        throw new CliInputError(`export what? documents, people, organizations, projects or policies, not ${JSON.stringify(what)}`);
      }
      const config = loadConfig();
      const handle = await openGraph(config, { onProgress: progress });
      let embedding: EmbeddingService | undefined;
      try {
        await prepareGraph(handle.graph, config);
        const repos = createRepositories(handle.graph);
        const access = { includeDeleted: options.includeDeleted === true, maxRows: null };
        let file: ExportFile;
        if (what === 'documents') {
          const format = DOCUMENT_FORMATS[options.format];
          if (!format) throw new CliInputError(`--format for documents is ris, bibtex or csv, not ${JSON.stringify(options.format)}`);
          if (options.hybrid) embedding = new EmbeddingService(handle.graph, config, { onProgress: progress });
          const semantic = embedding ? embeddingDocumentSearch(embedding, repos.documents) : undefined;
          file = await exportDocuments(
            repos,
            { format, topic: options.topic, industry: options.industry, query: options.query, importJob: options.importJob },
            access,
            semantic,
          );
        } else if (entity) {
          if (options.format !== 'csv' && options.format !== 'xlsx')
            throw new CliInputError(`--format for ${what} is csv or xlsx, not ${JSON.stringify(options.format)}`);
          file = await exportEntities(
            repos,
            {
              type: entity,
              format: options.format,
              industry: options.industry,
              region: options.region,
              organization: options.organization,
            },
            access,
          );
        } else {
          if (options.format !== 'csv') throw new CliInputError(`--format for policies is csv, not ${JSON.stringify(options.format)}`);
          file = await exportPolicies(
            repos,
            {
              format: 'csv',
              filter: {
                industryCode: options.industry ?? null,
                regionCode: options.region ?? null,
                level: options.level ?? null,
                issuer: options.issuer ?? null,
                validity: options.validity ?? null,
                from: options.from ?? null,
                to: options.to ?? null,
              },
            },
            access,
          );
        }
        const counter = { bytes: 0 };
        file.body.on('data', (chunk: Buffer | string) => (counter.bytes += Buffer.byteLength(chunk)));
        await pipeline(file.body, options.out ? createWriteStream(options.out) : process.stdout, { end: !!options.out });
        progress(`${what}: ${counter.bytes} bytes${options.out ? ` written to ${options.out}` : ''}`);
      } finally {
        await embedding?.close();
        await handle.close();
      }
    });
}
