import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { NotFoundError } from '../../lib/errors.js';
import { withRepos } from './with-repos.js';
import { learningPath, listLearningPaths } from '../../services/learning/paths.js';
import { exportLearningPath, importLearningPath, parseLearningPathFile } from '../../services/learning/transfer.js';

/** `hechuang learning list|export|import`: learning paths as JSON files, through the librarians' service (as the operator). */

export function registerLearningCommands(program: Command, progress: (line: string) => void): void {
  const learning = program.command('learning').description('learning paths for founders (创业知识学习库): list, export and import as JSON');

  learning
    .command('list')
    .description('every path, drafts and deleted ones included: slug, status, steps, title')
    .action(async () => {
      await withRepos(progress, async (repos) => {
        let after: string | null = null;
        do {
          const page = await listLearningPaths(repos, CLI_ACTOR, { includeDrafts: true, first: 100, after });
          for (const { node: p } of page.edges) {
            const status = p.deleted ? 'deleted' : p.status.toLowerCase();
            process.stdout.write(`${p.slug}\t${status}\t${p.steps.length} steps\tv${p.version}\t${p.title}\n`);
          }
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
      });
    });

  learning
    .command('export')
    .description('write a path (by slug or id) as JSON to stdout or a file')
    .argument('<path>', 'slug or id')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (key: string, options: { out?: string }) => {
      const path = await withRepos(progress, (repos) => learningPath(repos, CLI_ACTOR, key));
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
      const { path, created } = await withRepos(progress, (repos) => importLearningPath(repos, CLI_ACTOR, data));
      process.stdout.write(
        `${created ? 'created' : 'updated'} ${path.slug} (${path.id}), version ${path.version}, ${path.status.toLowerCase()}, ${path.steps.length} steps\n`,
      );
    });
}
