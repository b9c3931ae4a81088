/** Seconds spent in each stage of a rebuild, in the order the stages first ran. */
export type StageSeconds = Record<string, number>;

/** Times the stages of one rebuild; a stage run more than once (a batch) adds up. */
export class StageClock {
  readonly seconds: StageSeconds = {};

  async time<T>(stage: string, work: () => Promise<T> | T): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.add(stage, (performance.now() - started) / 1000);
    }
  }

  add(stage: string, seconds: number): void {
    this.seconds[stage] = (this.seconds[stage] ?? 0) + seconds;
  }

  /** `embed` wrapped so that its time (the model's loading on first use included) adds to `stage`. */
  timed<A extends unknown[], R>(stage: string, embed: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return (...args) => this.time(stage, () => embed(...args));
  }
}
