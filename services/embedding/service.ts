import type { Graph } from '../../graph/driver.js';
import { DocumentEmbeddingRepository } from '../../graph/repositories/embedding/document-embedding.js';
import type { Config } from '../../lib/config.js';
import { VARIANTS, type ModelVariant } from '../../topics/model/catalog.js';
import { ensureModel } from '../../topics/model/provision.js';
import { embedDocumentsCached, graphEmbeddingStore, type EmbeddingStore } from './cache.js';
import { Embedder } from '../../topics/embedding/embedder.js';
import { EmbeddingJobs, type EmbeddingJobStatus } from './jobs.js';
import { documentText } from '../../topics/embedding/text.js';
import { FairQueue } from '../../lib/fair-queue.js';
import { ValidationError } from '../../lib/errors.js';

/** Longest query embedded: a search needs no more, and the model's work grows with the text. */
export const MAX_QUERY_CHARS = 200;
import { createRepositories } from '../../graph/repositories/index.js';
import { fileDocuments } from '../industry/filing.js';

export interface EmbedRunReport {
  total: number;
  computed: number;
  cached: number;
  stored: number;
}

export interface EmbeddingRun {
  /** Live status (the same object the job registry serves). */
  job: EmbeddingJobStatus;
  done: Promise<EmbedRunReport>;
}

export interface SemanticHit {
  documentId: string;
  title: string;
  score: number;
}

export interface EmbeddingServiceOptions {
  /** Provisioning lines (model download); the CLI prints them. */
  onProgress?: (line: string) => void;
  /** Overrides the configured variant. */
  variant?: ModelVariant;
  /** Documents embedded and stored per round, so progress is saved as it goes. */
  chunkSize?: number;
}

/**
 * Embedding of Document nodes and semantic search, shared by the CLI (`hechuang embed`,
 * `hechuang search`) and the API (job status, search). Holds one Embedder, opened (and the
 * model provisioned) on first need, and the registry of embedding jobs of this process.
 */
const NOT_EMBEDDED_RECHECK_MS = 5_000;

export class EmbeddingService {
  readonly jobs = new EmbeddingJobs();
  readonly variant: ModelVariant;
  private readonly repo: DocumentEmbeddingRepository;
  private readonly store: EmbeddingStore;
  private embedder: Promise<Embedder> | undefined;
  private running: EmbeddingRun | undefined;
  /** Query embeddings wait here, with fair shares per client, in front of the one model worker. */
  readonly queries: FairQueue;
  /** Whether documents are embedded: yes is kept, no is asked again after NOT_EMBEDDED_RECHECK_MS or after a run here. */
  private embedded: { value: boolean; at: number } | undefined;

  constructor(
    private readonly graph: Graph,
    private readonly config: Pick<Config, 'models' | 'embedding'>,
    private readonly options: EmbeddingServiceOptions = {},
  ) {
    this.repo = new DocumentEmbeddingRepository(graph);
    this.store = graphEmbeddingStore(graph, this.repo);
    this.variant = options.variant ?? config.embedding.variant;
    this.queries = new FairQueue({ concurrency: 1, ...(config.embedding.queryQueue ?? { maxQueued: 64, maxQueuedPerClient: 4 }) });
  }

  get modelId(): string {
    return VARIANTS[this.variant].modelId;
  }

  private open(): Promise<Embedder> {
    this.embedder ??= (async () => {
      const model = await ensureModel(this.variant, this.config.models, { onProgress: this.options.onProgress });
      return Embedder.open({ model, batchSize: this.config.embedding.batchSize, threads: this.config.embedding.threads });
    })();
    // A failed load is not cached: the next call tries again (e.g. once a source is reachable).
    this.embedder.catch(() => (this.embedder = undefined));
    return this.embedder;
  }

  /**
   * Starts embedding every Document (or the given ids) whose text or model changed; one run
   * at a time: while one runs, asking again returns it. Progress is on `job` as it goes.
   */
  embedDocuments(options: { ids?: readonly string[]; onProgress?: (job: EmbeddingJobStatus) => void } = {}): EmbeddingRun {
    if (this.running && this.running.job.state === 'RUNNING') return this.running;
    const tracker = this.jobs.start(this.modelId, 0);
    const notify = () => options.onProgress?.(tracker.status);
    const done = (async (): Promise<EmbedRunReport> => {
      try {
        const embedder = await this.open();
        const documents = (await this.repo.sources(options.ids)).map((source) => ({ id: source.id, text: documentText(source) }));
        tracker.describe(embedder.modelId, documents.length);
        const total: EmbedRunReport = { total: documents.length, computed: 0, cached: 0, stored: 0 };
        notify();
        const chunkSize = this.options.chunkSize ?? 1_000;
        for (let start = 0; start < documents.length; start += chunkSize) {
          const before = { done: start, cached: total.cached };
          const report = await embedDocumentsCached(this.store, embedder, documents.slice(start, start + chunkSize), {
            onProgress: ({ done, cached }) => {
              tracker.progress(before.done + done, before.cached + cached);
              notify();
            },
          });
          total.computed += report.computed;
          total.cached += report.cached;
          total.stored += report.stored;
          if (report.stored > 0) this.embedded = undefined;
        }
        // The embedding step files what it embedded under industries (services/industry/filing.ts).
        await fileDocuments(
          {
            graph: this.graph,
            repos: createRepositories(this.graph),
            embeddingModel: embedder.modelId,
            embedPassages: (texts) => embedder.embedDocuments(texts),
          },
          { documentIds: documents.map((d) => d.id) },
        );
        tracker.progress(documents.length, total.cached);
        tracker.finish();
        notify();
        return total;
      } catch (error) {
        tracker.fail(error);
        notify();
        throw error;
      }
    })();
    // The API does not await runs; their failure is on the job status.
    done.catch(() => {});
    this.running = { job: tracker.status, done };
    return this.running;
  }

  /** Passages embedded as documents are (no query instruction): industry profiles, label phrases. */
  async embedPassages(texts: string[]): Promise<Float32Array[]> {
    return (await this.open()).embedDocuments(texts);
  }

  /**
   * Documents nearest in meaning to a query (bge's query instruction first), best first.
   * `client` (an account or an IP) gets its fair share of the model: see `queries`.
   */
  async search(query: string, limit = 10, client = 'local'): Promise<SemanticHit[]> {
    if (query.length > MAX_QUERY_CHARS) throw ValidationError(`query: at most ${MAX_QUERY_CHARS} characters`, { field: 'query' });
    // Before any document is embedded there is nothing to find: neither load the model nor spend a forward pass.
    if (!(await this.anyEmbedded())) return [];
    const embedder = await this.open();
    const vector = await this.queries.run(client, () => embedder.embedQuery(query));
    const nearest = await this.repo.nearest(vector, limit, embedder.modelId);
    return nearest.map((hit) => ({ documentId: hit.id, title: hit.title, score: hit.score }));
  }

  /**
   * One query per search was a quarter of a search's Neo4j round trips in bench:api. Embeddings
   * removed later only cost a forward pass that finds nothing; ones written by another process
   * (`hechuang embed`) are seen within NOT_EMBEDDED_RECHECK_MS.
   */
  private async anyEmbedded(): Promise<boolean> {
    const now = performance.now();
    if (this.embedded && (this.embedded.value || now - this.embedded.at < NOT_EMBEDDED_RECHECK_MS)) return this.embedded.value;
    const value = await this.repo.anyEmbedded();
    this.embedded = { value, at: now };
    return value;
  }

  async close(): Promise<void> {
    const embedder = this.embedder;
    this.embedder = undefined;
    await embedder?.then(
      (open) => open.close(),
      () => {},
    );
  }
}
