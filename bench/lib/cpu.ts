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
