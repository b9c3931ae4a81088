import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The run's JavaScript build of the CLI (global-setup), or the sources through tsx when there is none. */
function cliCommand(): string[] {
  const entry = inject('cliEntry');
  return entry ? [entry] : ['--import', 'tsx', path.join(ROOT, 'server/cli/bin.ts')];
}

/** Runs the real `hechuang` CLI (this checkout's sources) in a child process with the given environment. */
export function spawnCli(args: string[], env: Record<string, string>, input?: string): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, [...cliCommand(), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ...env },
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (input !== undefined) child.stdin?.end(input);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  return Object.assign(child, { output: () => output });
}

export async function runCli(
  args: string[],
  env: Record<string, string>,
  input?: string,
): Promise<{ code: number | null; output: string }> {
  const child = spawnCli(args, env, input);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, output: child.output() };
}

export async function waitForOutput(child: ReturnType<typeof spawnCli>, pattern: RegExp, timeoutMs = 120_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = pattern.exec(child.output());
    if (match) return match;
    if (child.exitCode !== null) throw new Error(`CLI exited (${child.exitCode}) before ${pattern}: ${child.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}: ${child.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
