import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The folders `npm run build:server` compiles (tsconfig.json `include`). */
const SERVER_FOLDERS = ['lib', 'domain', 'graph', 'crawlers', 'topics', 'purchases', 'services', 'schema', 'server'];

/**
 * The CLI as plain JavaScript for the tests' child processes: `node --import tsx` spends seconds of CPU
 * per process compiling the same files again, and the CLI tests start dozens. esbuild transpiles each
 * file (no bundling, the layout of dist/) into a folder under node_modules, so packages and the project
 * root (the nearest package.json up) resolve as they do for the built service.
 */
export async function buildTestCli(): Promise<{ entry: string; remove: () => Promise<void> }> {
  const cacheDir = path.join(ROOT, 'node_modules', '.cache');
  await mkdir(cacheDir, { recursive: true });
  const outdir = await mkdtemp(path.join(cacheDir, 'hechuang-test-cli-'));
  const sources = await Promise.all(
    SERVER_FOLDERS.map(async (folder) =>
      (await readdir(path.join(ROOT, folder), { recursive: true }))
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
        .map((file) => path.join(ROOT, folder, file)),
    ),
  );
  await build({
    entryPoints: sources.flat(),
    outdir: path.join(outdir, 'dist'),
    outbase: ROOT,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return { entry: path.join(outdir, 'dist', 'server', 'cli', 'bin.js'), remove: () => rm(outdir, { recursive: true, force: true }) };
}
