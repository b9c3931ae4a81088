import { readdirSync, readFileSync } from 'node:fs';

/**
 * The JVM's CPU seconds so far by kind of thread: JIT compilers, garbage collection, and the rest (queries, commits, Lucene).
 * A thread that ended between two readings takes its seconds with it (HotSpot stops idle compiler threads), so a kind's
 * difference can come out low, even negative; the process's total (`processCpuSeconds`) keeps them.
 */
export function jvmThreadCpu(pid: number): { jit: number; gc: number; other: number } | null {
  try {
    const cpu = { jit: 0, gc: 0, other: 0 };
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      } catch {
        continue; // the thread ended
      }
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
      const kind = /Compiler|C[12] Compi/.test(name) ? 'jit' : /GC|G1|Conc|Refine/.test(name) ? 'gc' : 'other';
      cpu[kind] += seconds;
    }
    return cpu;
  } catch {
    return null;
  }
}

export function jvmThreadCpuSince(pid: number, before: ReturnType<typeof jvmThreadCpu>) {
  const after = jvmThreadCpu(pid);
  if (!before || !after) return null;
  const round = (n: number) => +n.toFixed(2);
  return { jit: round(after.jit - before.jit), gc: round(after.gc - before.gc), other: round(after.other - before.other) };
}
