import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * User + system CPU seconds a process (all its threads) has used so far, from /proc. CPU time
 * per request is what contention from other work on the machine changes least.
 */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** `cpuSeconds`, or null when the process is gone or /proc cannot be read. */
export function processCpuSeconds(pid: number): number | null {
  try {
    return cpuSeconds(pid);
  } catch {
    return null;
  }
}

/** The JVM of a local Neo4j: the launcher's pid is the java process or its parent. */
export function jvmPid(pid: number): number {
  const children = spawnSync('pgrep', ['-P', String(pid), 'java'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .filter(Boolean);
  return children.length > 0 ? Number(children[0]) : pid;
}

/** This process's CPU seconds (user + system) so far. */
export const ownCpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};
