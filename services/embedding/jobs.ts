import { randomUUID } from 'node:crypto';

export type EmbeddingJobState = 'RUNNING' | 'DONE' | 'FAILED';

/** What the API serves about an embedding run (and the CLI draws as a progress bar). */
export interface EmbeddingJobStatus {
  id: string;
  state: EmbeddingJobState;
  modelId: string;
  total: number;
  /** Texts finished, cached ones included. */
  done: number;
  /** Texts whose vector was already stored for the same content and model. */
  cached: number;
  startedAt: string;
  finishedAt: string | null;
  textsPerSecond: number | null;
  error: string | null;
}

/** In-process registry of embedding jobs; keeps the latest `keep` finished ones. */
export class EmbeddingJobs {
  private readonly jobs = new Map<string, EmbeddingJobStatus>();

  constructor(private readonly keep = 50) {}

  start(modelId: string, total: number): EmbeddingJobTracker {
    const status: EmbeddingJobStatus = {
      id: randomUUID(),
      state: 'RUNNING',
      modelId,
      total,
      done: 0,
      cached: 0,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      textsPerSecond: null,
      error: null,
    };
    this.jobs.set(status.id, status);
    this.prune();
    return new EmbeddingJobTracker(status);
  }

  get(id: string): EmbeddingJobStatus | null {
    const job = this.jobs.get(id);
    return job ? { ...job } : null;
  }

  list(): EmbeddingJobStatus[] {
    return [...this.jobs.values()].map((job) => ({ ...job })).reverse();
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((job) => job.state !== 'RUNNING');
    for (const job of finished.slice(0, Math.max(0, finished.length - this.keep))) this.jobs.delete(job.id);
  }
}

export class EmbeddingJobTracker {
  private readonly started = Date.now();

  constructor(readonly status: EmbeddingJobStatus) {}

  /** The model and the number of documents, once known (the job starts before the model is loaded). */
  describe(modelId: string, total: number): void {
    this.status.modelId = modelId;
    this.status.total = total;
  }

  progress(done: number, cached = this.status.cached): void {
    this.status.done = done;
    this.status.cached = cached;
    const seconds = (Date.now() - this.started) / 1000;
    const computed = done - cached;
    this.status.textsPerSecond = seconds > 0 && computed > 0 ? computed / seconds : null;
  }

  finish(): void {
    this.status.state = 'DONE';
    this.status.finishedAt = new Date().toISOString();
  }

  fail(error: unknown): void {
    this.status.state = 'FAILED';
    this.status.error = (error as Error)?.message ?? String(error);
    this.status.finishedAt = new Date().toISOString();
  }
}
