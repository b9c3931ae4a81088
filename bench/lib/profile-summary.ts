import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Summarises a V8 CPU profile (`node --cpu-prof`, e.g. `bench:api --cpu-prof <dir>`): the
 * share of samples per function (self time) and per package or project folder (self time of
 * the frames in it), from `--skip` seconds after the profile started (start-up left out).
 * Usage: tsx bench/lib/profile-summary.ts <file.cpuprofile> [--skip 20] [--top 25]
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    skip: { type: 'string', default: '0' },
    top: { type: 'string', default: '25' },
    /** Also print the commonest call stacks of the functions whose name contains this text. */
    callers: { type: 'string' },
    depth: { type: 'string', default: '14' },
  },
});
const file = positionals[0];
if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [--skip seconds] [--top n]');
const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
const skipMicros = Number(values.skip) * 1e6;
const top = Number(values.top);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);

/** node_modules/<package> (scoped too), a project folder, node: builtins, or V8's own entries. */
function area(url: string, functionName: string): string {
  if (!url) return `(${functionName || 'native'})`;
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return url;
  const dist = url.indexOf('/dist/');
  const local = dist >= 0 ? url.slice(dist + '/dist/'.length) : url.replace(/^file:\/\//, '');
  return `hechuang:${local.split('/').slice(0, 2).join('/')}`;
}

const stackOf = (id: number): string[] => {
  const frames: string[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const { functionName, url, lineNumber } = byId.get(at)!.callFrame;
    if (functionName === '(root)') break;
    frames.push(`${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`.trim());
  }
  return frames;
};
const stacks = new Map<string, number>();
const selfByFunction = new Map<string, number>();
const selfByArea = new Map<string, number>();
let time = profile.startTime;
let counted = 0;
let idle = 0;
profile.samples.forEach((id, i) => {
  time += profile.timeDeltas[i] ?? 0;
  if (time - profile.startTime < skipMicros) return;
  const node = byId.get(id)!;
  const { functionName, url, lineNumber } = node.callFrame;
  if (functionName === '(idle)') return void idle++;
  counted++;
  const name = `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`.trim();
  selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + 1);
  if (values.callers && name.includes(values.callers)) {
    const stack = stackOf(id).slice(0, Number(values.depth)).join(' < ');
    stacks.set(stack, (stacks.get(stack) ?? 0) + 1);
  }
  const where = area(url, functionName);
  selfByArea.set(where, (selfByArea.get(where) ?? 0) + 1);
});

const share = (n: number) => `${((100 * n) / Math.max(1, counted)).toFixed(1)} %`;
const table = (map: Map<string, number>) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, n]) => ({ name, samples: n, share: share(n) }));
console.log(`${path.basename(file)}: ${counted} busy samples (${idle} idle) after ${values.skip} s`);
console.log('self time by package or folder');
console.table(table(selfByArea));
console.log('self time by function');
console.table(table(selfByFunction));
if (values.callers) {
  console.log(`commonest stacks of ${values.callers}`);
  for (const [stack, n] of [...stacks.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${share(n)}  ${stack}\n`);
}
