import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LocalNeo4jError, type LocalNeo4jErrorCode } from './errors.js';
import { type JavaTools, type LauncherRuntime, MAIN_CLASS, resolveRuntime } from './runtime.js';

export interface LocalNeo4jOptions {
  /** Neo4j home: databases, transaction logs and Neo4j's own logs live below it. */
  home: string;
  port: number;
  heap: string;
  pageCache: string;
  cacheDir: string;
  launcherDir: string;
  tools: JavaTools;
  /** The Java runtime a previous start resolved (the supervisor's restarts): no `java -version`, no hashing again. */
  runtime?: LauncherRuntime;
  /** Keep running after this process exits (`hechuang neo4j start`). */
  detached?: boolean;
  startupTimeoutMs?: number;
  onProgress?: (line: string) => void;
}

export interface LocalNeo4jInfo {
  pid: number;
  port: number;
  detached: boolean;
  uri: string;
  user: string;
  password: string;
}

interface PidFile {
  pid: number;
  port: number;
  detached: boolean;
  startedAt: string;
}

const USER = 'neo4j';
const files = (home: string) => ({
  password: path.join(home, 'hechuang-password'),
  pid: path.join(home, 'hechuang-neo4j.pid'),
  log: path.join(home, 'logs', 'launcher.log'),
});

/** The generated password, created on first start and kept beside the data (mode 600). */
async function ensurePassword(home: string): Promise<string> {
  const file = files(home).password;
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(file, 0o600);
  return password;
}

function processIsLocalNeo4j(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(MAIN_CLASS);
  } catch {
    return true; // No /proc (macOS): a live pid is the best evidence available.
  }
}

/** The instance running on this home, if any (pid file checked against the live process). */
export async function localNeo4jStatus(home: string): Promise<LocalNeo4jInfo | undefined> {
  const pidFile = files(home).pid;
  if (!existsSync(pidFile)) return undefined;
  let recorded: PidFile;
  try {
    recorded = JSON.parse(await readFile(pidFile, 'utf8')) as PidFile;
  } catch {
    return undefined;
  }
  if (!processIsLocalNeo4j(recorded.pid)) return undefined;
  return {
    pid: recorded.pid,
    port: recorded.port,
    detached: recorded.detached,
    uri: `bolt://127.0.0.1:${recorded.port}`,
    user: USER,
    password: await ensurePassword(home),
  };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * A Neo4j 5.26 Community DBMS in a child JVM, Bolt on 127.0.0.1. Attached instances
 * (the default) die with this process: the JVM watches its stdin, and an exit hook
 * kills it if the process ends without `stop()`.
 */
export class LocalNeo4j {
  private exitHook?: () => void;

  private constructor(
    readonly info: LocalNeo4jInfo,
    readonly home: string,
    private readonly child: ChildProcess | undefined,
    /** The Java runtime it runs on, for a restart. */
    readonly runtime: LauncherRuntime,
  ) {}

  static async start(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
    const progress = options.onProgress ?? (() => {});
    const home = path.resolve(options.home);
    await mkdir(path.join(home, 'logs'), { recursive: true });
    const running = await localNeo4jStatus(home);
    if (running) {
      throw new LocalNeo4jError(
        'data_dir_locked',
        `${home} is in use by another local Neo4j (pid ${running.pid}, port ${running.port}); stop it with "hechuang neo4j stop" or set DATA_DIR`,
      );
    }
    if (!(await portIsFree(options.port))) {
      throw new LocalNeo4jError('port_in_use', `port ${options.port} on 127.0.0.1 is already in use; set NEO4J_LOCAL_PORT to a free port`);
    }
    const runtime =
      options.runtime ??
      (await resolveRuntime({
        launcherDir: options.launcherDir,
        cacheDir: options.cacheDir,
        tools: options.tools,
        onProgress: progress,
      }));
    const password = await ensurePassword(home);
    const { log, pid: pidFile } = files(home);
    const logOffset = existsSync(log) ? (await stat(log)).size : 0;
    const logFd = openSync(log, 'a');
    const detached = options.detached ?? false;
    let child: ChildProcess;
    try {
      child = spawn(
        runtime.java,
        [
          `-Xmx${options.heap}`,
          '-XX:+UseG1GC',
          '-XX:+ExitOnOutOfMemoryError',
          '-Dfile.encoding=UTF-8',
          '-cp',
          runtime.classPath,
          MAIN_CLASS,
          '--home',
          home,
          '--port',
          String(options.port),
          '--password-file',
          files(home).password,
          '--pagecache',
          options.pageCache,
          ...(detached ? ['--detached'] : []),
        ],
        { stdio: [detached ? 'ignore' : 'pipe', logFd, logFd], detached },
      );
    } finally {
      closeSync(logFd);
    }
    const spawned = child;
    const instance = new LocalNeo4j(
      { pid: spawned.pid ?? -1, port: options.port, detached, uri: `bolt://127.0.0.1:${options.port}`, user: USER, password },
      home,
      detached ? undefined : spawned,
      runtime,
    );
    if (!detached) instance.installExitHook(spawned);

    progress(`Starting local Neo4j on 127.0.0.1:${options.port} (data in ${home})…`);
    try {
      await waitForReady(spawned, log, logOffset, options.startupTimeoutMs ?? 120_000);
    } catch (error) {
      if (spawned.exitCode === null && spawned.signalCode === null) {
        // Wait for the kill to land: a caller that exits at once must leave no JVM behind.
        const exited = new Promise((resolve) => spawned.once('exit', resolve));
        spawned.kill('SIGKILL');
        await Promise.race([exited, sleep(10_000)]);
      }
      instance.removeExitHook();
      throw error;
    }
    const record: PidFile = { pid: spawned.pid ?? -1, port: options.port, detached, startedAt: new Date().toISOString() };
    await writeFile(pidFile, JSON.stringify(record));
    if (detached) spawned.unref();
    return instance;
  }

  /** Resolves when the attached JVM exits, for whatever reason; undefined for a background instance. */
  whenExited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined {
    const child = this.child;
    if (!child) return undefined;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
    return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Stops the instance started by this process. */
  async stop(timeoutMs = 30_000): Promise<void> {
    const child = this.child;
    if (!child) return stopByPid(this.home, this.info.pid, timeoutMs);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timedOut = await Promise.race([exited.then(() => false), sleep(timeoutMs, undefined, { ref: false }).then(() => true)]);
      if (timedOut) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    this.removeExitHook();
    removePidFile(this.home, this.info.pid);
  }

  private installExitHook(child: ChildProcess): void {
    this.exitHook = () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      removePidFile(this.home, child.pid ?? -1);
    };
    process.once('exit', this.exitHook);
  }

  private removeExitHook(): void {
    if (this.exitHook) process.removeListener('exit', this.exitHook);
    this.exitHook = undefined;
  }
}

/** Stops the instance recorded in the home's pid file (`hechuang neo4j stop`). */
export async function stopLocalNeo4j(home: string, timeoutMs = 30_000): Promise<boolean> {
  const running = await localNeo4jStatus(path.resolve(home));
  if (!running) return false;
  await stopByPid(path.resolve(home), running.pid, timeoutMs);
  return true;
}

async function stopByPid(home: string, pid: number, timeoutMs: number): Promise<void> {
  if (processIsLocalNeo4j(pid)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + timeoutMs;
    while (processIsLocalNeo4j(pid) && Date.now() < deadline) await sleep(100);
    if (processIsLocalNeo4j(pid)) process.kill(pid, 'SIGKILL');
  }
  removePidFile(home, pid);
}

function removePidFile(home: string, pid: number): void {
  const pidFile = files(home).pid;
  try {
    const recorded = JSON.parse(readFileSync(pidFile, 'utf8')) as PidFile;
    if (recorded.pid === pid) rmSync(pidFile, { force: true });
  } catch {
    // Already gone or unreadable: nothing of ours to remove.
  }
}

async function waitForReady(child: ChildProcess, log: string, offset: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let spawnError: NodeJS.ErrnoException | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });
  for (;;) {
    if (spawnError) {
      throw new LocalNeo4jError('java_missing', `Java could not be started: ${spawnError.message}`);
    }
    const output = await readFromOffset(log, offset);
    if (/^HECHUANG_NEO4J_READY \d+$/m.test(output)) return;
    const failure = /^HECHUANG_NEO4J_ERROR (\S+) (.*)$/m.exec(output);
    if (failure) {
      throw new LocalNeo4jError(knownCode(failure[1] ?? ''), failure[2] ?? 'Neo4j failed to start');
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      const lastLine = output.trim().split('\n').at(-1) ?? '';
      throw new LocalNeo4jError(
        'startup_failed',
        `the Neo4j JVM exited (${child.exitCode ?? child.signalCode}) before it was ready: ${lastLine || `see ${log}`}`,
      );
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError('startup_timeout', `Neo4j was not ready within ${Math.round(timeoutMs / 1000)} s; see ${log}`);
    }
    await sleep(100);
  }
}

async function readFromOffset(file: string, offset: number): Promise<string> {
  const content = await readFile(file);
  return content.subarray(offset).toString('utf8');
}

function knownCode(code: string): LocalNeo4jErrorCode {
  return code === 'port_in_use' || code === 'data_dir_locked' ? code : 'startup_failed';
}
