import type { Repositories } from '../../graph/repositories/index.js';
import { DEFAULT_ASSIGN_FLOOR, nearestTopic } from '../../domain/trend/assign.js';
import { baselineWindows, WINDOW_DAYS } from '../../domain/trend/burst.js';
import type { Clock } from '../../lib/clock.js';

/**
 * News items embedded with the documents' model and assigned to their nearest topic, so hot
 * topics count topics as well as words. The cost is bounded: only news of the span hot topics
 * read (the year before the longest window, and the window), only title and summary (300
 * characters), at most `perRound` items a round, and nothing at all while the library has no
 * topics to assign to (the model is then never loaded for news).
 */

export interface PassageEmbedder {
  readonly modelId: string;
  embedPassages(texts: string[]): Promise<Float32Array[]>;
}

const DAY_MS = 86_400_000;
const SPAN_DAYS = (baselineWindows('MONTH') + 1) * WINDOW_DAYS.MONTH;
const MAX_CHARS = 300;

type Repos = Pick<Repositories, 'graph' | 'newsTopics' | 'topicMemberships'>;

export class NewsTopicAssigner {
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly repos: Repos,
    private readonly embedder: PassageEmbedder,
    private readonly options: { clock: Clock; perRound?: number; floor?: number; onError?: (error: unknown) => void },
  ) {}

  private since(): string {
    return new Date(this.options.clock().getTime() - SPAN_DAYS * DAY_MS).toISOString();
  }

  /** One round: embeds up to `perRound` news items not yet embedded and assigns them; returns how many. */
  async embedPending(): Promise<{ embedded: number; assigned: number }> {
    const centroids = await this.repos.topicMemberships.centroids();
    if (centroids.length === 0) return { embedded: 0, assigned: 0 };
    const model = this.embedder.modelId;
    const pending = await this.repos.newsTopics.pending(model, this.since(), this.options.perRound ?? 200);
    if (pending.length === 0) return { embedded: 0, assigned: 0 };
    const vectors = await this.embedder.embedPassages(pending.map((n) => `${n.title}\n${n.summary}`.slice(0, MAX_CHARS)));
    const assignments = vectors.map((vector, i) => ({ id: pending[i]!.id, ...this.topicOf(vector, centroids) }));
    await this.repos.graph.writeTx(async (tx) => {
      await this.repos.newsTopics.store(
        tx,
        model,
        pending.map((n, i) => ({ id: n.id, hash: n.hash, embedding: Array.from(vectors[i]!) })),
      );
      await this.repos.newsTopics.assign(tx, assignments);
    });
    return { embedded: pending.length, assigned: assignments.filter((a) => a.topicId !== null).length };
  }

  /** Assigns every embedded news item of the span again, to the topics as they are now (after a rebuild). */
  async reassign(): Promise<number> {
    const centroids = await this.repos.topicMemberships.centroids();
    let after = '';
    let assigned = 0;
    for (;;) {
      const page = await this.repos.newsTopics.embedded(this.embedder.modelId, this.since(), after, 1_000);
      if (page.length === 0) return assigned;
      const rows = page.map((n) => ({ id: n.id, ...this.topicOf(n.embedding, centroids) }));
      await this.repos.graph.writeTx((tx) => this.repos.newsTopics.assign(tx, rows));
      assigned += rows.filter((r) => r.topicId !== null).length;
      after = page[page.length - 1]!.id;
    }
  }

  private topicOf(vector: ArrayLike<number>, centroids: Awaited<ReturnType<Repos['topicMemberships']['centroids']>>) {
    const nearest = nearestTopic(vector, centroids, this.options.floor ?? DEFAULT_ASSIGN_FLOOR);
    return { topicId: nearest?.topicId ?? null, similarity: nearest?.similarity ?? 0 };
  }

  /**
   * Asks for rounds until no news is pending (after a crawl committed news): one round at a
   * time; asking while one runs makes it go on once more. Failures go to `onError`.
   */
  schedule(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          const { embedded } = await this.embedPending();
          if (embedded === 0) break;
          if (embedded >= (this.options.perRound ?? 200)) this.again = true;
        } while (this.again);
      } catch (error) {
        this.options.onError?.(error);
      } finally {
        this.running = undefined;
      }
    })();
  }

  /** Resolves when the current rounds are done (shutdown, tests). */
  async idle(): Promise<void> {
    await this.running;
  }
}
