import { setTimeout as sleep } from 'node:timers/promises';
import { LocalNeo4j, type LocalNeo4jInfo, type LocalNeo4jOptions } from './launcher.js';

/**
 * The local Neo4j kept running: when its JVM dies (a crash, an OOM exit, kill -9) it is started
 * again on the same home and port, after a backoff that doubles from `baseMs` to `maxMs` while
 * restarts keep failing. The driver reconnects by itself; a guarded graph's circuit is held open
 * from the exit until the new JVM reports ready (its probes then run a query before it closes), so
 * requests get UNAVAILABLE in between and never a Neo4j that accepts connections but does not serve.
 */

/** What the supervisor holds open while the JVM is away (the Graph's circuit). */
export interface CircuitGate {
  holdCircuit(reason: string): void;
  releaseCircuit(reason: string): void;
}

const HOLD = 'the local Neo4j JVM is restarting';

export interface SupervisorOptions {
  baseMs?: number;
  maxMs?: number;
  onEvent?: (event: { kind: 'exited' | 'restarting' | 'restarted' | 'restart-failed'; detail: string }) => void;
}

export class SupervisedNeo4j {
  private stopping = false;
  private restarts = 0;
  private watching: Promise<void> | undefined;
  private readonly gates = new Set<CircuitGate>();

  private constructor(
    private current: LocalNeo4j,
    private readonly launch: LocalNeo4jOptions,
    private readonly options: SupervisorOptions,
  ) {}

  static async start(launch: LocalNeo4jOptions, options: SupervisorOptions = {}): Promise<SupervisedNeo4j> {
    const supervised = new SupervisedNeo4j(await LocalNeo4j.start(launch), launch, options);
    supervised.watch();
    return supervised;
  }

  /** The instance's Bolt address and credentials (the same across restarts); `pid` is the current JVM's. */
  get info(): LocalNeo4jInfo {
    return this.current.info;
  }

  /** How many times the JVM was started again. */
  get restartCount(): number {
    return this.restarts;
  }

  /** Holds `gate` open from each exit of the JVM until its restart is ready. */
  guard(gate: CircuitGate): void {
    this.gates.add(gate);
  }

  private watch(): void {
    const exited = this.current.whenExited();
    if (!exited) return;
    this.watching = exited.then(async ({ code, signal }) => {
      if (this.stopping) return;
      for (const gate of this.gates) gate.holdCircuit(HOLD);
      this.options.onEvent?.({ kind: 'exited', detail: `the Neo4j JVM (pid ${this.current.info.pid}) exited (${signal ?? code})` });
      await this.restart();
    });
  }

  private async restart(): Promise<void> {
    let delay = this.options.baseMs ?? 1_000;
    while (!this.stopping) {
      this.options.onEvent?.({ kind: 'restarting', detail: `starting Neo4j again in ${delay} ms` });
      await sleep(delay, undefined, { ref: false });
      if (this.stopping) return;
      try {
        // The dead JVM may have left its pid file; a dead pid is not "in use".
        // The runtime resolved at the first start: a restart spawns the JVM at once, without blocking on `java -version`.
        this.current = await LocalNeo4j.start({ ...this.launch, runtime: this.current.runtime });
        this.restarts += 1;
        this.options.onEvent?.({ kind: 'restarted', detail: `Neo4j is back (pid ${this.current.info.pid})` });
        this.watch();
        for (const gate of this.gates) gate.releaseCircuit(HOLD);
        return;
      } catch (error) {
        this.options.onEvent?.({ kind: 'restart-failed', detail: (error as Error).message });
        delay = Math.min(delay * 2, this.options.maxMs ?? 30_000);
      }
    }
  }

  async stop(timeoutMs?: number): Promise<void> {
    this.stopping = true;
    await this.current.stop(timeoutMs);
    await this.watching;
  }
}
