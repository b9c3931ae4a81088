import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createRepositories } from '../../graph/repositories/index.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { loadConfig } from '../../lib/config.js';
import { NotFoundError } from '../../lib/errors.js';
import { openGraph, prepareGraph } from '../runtime.js';
import { learningPath, listLearningPaths } from '../../services/learning/paths.js';
import { exportLearningPath, importLearningPath, parseLearningPathFile } from '../../services/learning/transfer.js';

/** `hechuang learning list|export|import`: learning paths as JSON files, through the librarians' service (as the operator). */

async function withRepos<T>(
  work: (repos: ReturnType<typeof createRepositories>) => Promise<T>,
  progress: (line: string) => void,
): Promise<T> {
  const config = loadConfig();
  const handle = await openGraph(config, { onProgress: progress });
  try {
    await prepareGraph(handle.graph, config);
    return await work(createRepositories(handle.graph));
  } finally {
    await handle.close();
  }
}

export function registerLearningCommands(program: Command, progress: (line: string) => void): void {
  const learning = program.command('learning').description('learning paths for founders (创业知识学习库): list, export and import as JSON');

  learning
    .command('list')
    .description('every path, drafts and deleted ones included: slug, status, steps, title')
    .action(async () => {
      await withRepos(async (repos) => {
        let after: string | null = null;
        do {
          const page = await listLearningPaths(repos, CLI_ACTOR, { includeDrafts: true, first: 100, after });
          for (const { node: p } of page.edges) {
            const status = p.deleted ? 'deleted' : p.status.toLowerCase();
            process.stdout.write(`${p.slug}\t${status}\t${p.steps.length} steps\tv${p.version}\t${p.title}\n`);
          }
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
      }, progress);
    });

  learning
    .command('export')
    .description('write a path (by slug or id) as JSON to stdout or a file')
    .argument('<path>', 'slug or id')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (key: string, options: { out?: string }) => {
      const path = await withRepos((repos) => learningPath(repos, CLI_ACTOR, key), progress);
      if (!path) throw NotFoundError('LearningPath', key);
      const json = `${JSON.stringify(exportLearningPath(path), null, 2)}\n`;
      if (options.out) await writeFile(options.out, json);
      else process.stdout.write(json);
    });

  learning
    .command('import')
    .description('create the path of a JSON file, or update the path with its slug (a new version, audited)')
    .argument('<file>', 'a JSON file as export writes it')
    .action(async (file: string) => {
      const data = parseLearningPathFile(await readFile(file, 'utf8'));
      const { path, created } = await withRepos((repos) => importLearningPath(repos, CLI_ACTOR, data), progress);
      process.stdout.write(
        `${created ? 'created' : 'updated'} ${path.slug} (${path.id}), version ${path.version}, ${path.status.toLowerCase()}, ${path.steps.length} steps\n`,
      );
    });
}
