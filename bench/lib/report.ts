import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Machine facts written beside every benchmark's figures. */
export function machine() {
  // `java -version` writes to stderr.
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const java = probe.error ? 'not found' : (`${probe.stderr}${probe.stdout}`.split('\n')[0] ?? '').trim();
  return {
    hostname: os.hostname(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    // Other work on the machine skews timings: the 1-minute load average at the end of the run.
    loadAverage1m: +(os.loadavg()[0] ?? 0).toFixed(2),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The nearest-rank percentile (0–100) of values sorted ascending; 0 for none. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
}

/** Prints a table and writes bench/results/<name>.json with the run's date and machine. */
export function writeResults(name: string, figures: Record<string, unknown>, table: Record<string, string | number>[]) {
  const file = path.resolve(import.meta.dirname, '..', 'results', `${name}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  const result = { benchmark: name, date: new Date().toISOString(), machine: machine(), ...figures };
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.table(table);
  console.log(`figures written to ${path.relative(process.cwd(), file)}`);
}
