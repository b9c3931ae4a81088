import { Command } from 'commander';
import { LocalNeo4j, localNeo4jStatus, stopLocalNeo4j } from '../../graph/local/launcher.js';
import { ConfigError, loadConfig, type Config } from '../../lib/config.js';
import { createLogger, flushLogger } from '../logger.js';
import { localNeo4jOptions, openGraph, prepareGraph, startService } from '../runtime.js';
import { registerCrawlCommands } from './crawl.js';
import { describeFailure } from './errors.js';
import { registerImportCommands } from './import.js';
import { registerExportCommands } from './export.js';
import { registerUserCommands } from './users.js';
import { registerPurchaseCommands } from './purchases.js';
import { readServiceVersion } from '../version.js';
import { registerTopicsImportCommands } from './topics-import.js';
import { registerEmbeddingCommands } from './embedding.js';
import { registerTopicCommands } from './topics.js';
import { registerBackupCommands } from './backup.js';
import { registerBudgetCommands } from './budget.js';
import { registerLearningCommands } from './learning.js';

/** `hechuang`: every operator task, calling the same services as the API. */

const progress = (line: string) => process.stderr.write(`${line}\n`);

function fail(error: unknown): never {
  const { line, exitCode } = describeFailure(error);
  process.stderr.write(`${line}\n`);
  process.exit(exitCode);
}

function requireLocal(cfg: Config): Extract<Config['neo4j'], { mode: 'local' }> {
  if (cfg.neo4j.mode !== 'local') {
    throw new ConfigError(['NEO4J_URI is set: the local Neo4j is not used; unset NEO4J_URI to manage it']);
  }
  return cfg.neo4j;
}

export function buildCli(): Command {
  const program = new Command('hechuang')
    .description('禾创 Hechuang: maker-space knowledge service of the Jiaxing public digital library')
    .version(readServiceVersion());

  program
    .command('start')
    .description('start the service: Neo4j (local unless NEO4J_URI is set), migrations, GraphQL API and web app')
    .action(async () => {
      const cfg = loadConfig();
      const log = createLogger(cfg);
      const service = await startService(cfg, log, { onProgress: progress });
      progress(`Hechuang is serving on ${service.url} (GraphQL at ${service.url}/graphql)`);
      const stop = (signal: string) => {
        void service
          .shutdown(signal)
          .then(
            () => 0,
            (error: unknown) => {
              log.error({ err: error }, 'shutdown failed');
              return 1;
            },
          )
          .then(async (code) => {
            await flushLogger(log);
            process.exit(code);
          });
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });

  program
    .command('migrate')
    .description('apply pending schema migrations and load the industry taxonomy, then exit')
    .action(async () => {
      const cfg = loadConfig();
      const handle = await openGraph(cfg, { onProgress: progress });
      try {
        const report = await prepareGraph(handle.graph, cfg);
        progress(
          `migrations applied: ${report.applied.join(', ') || 'none'}; already applied: ${report.alreadyApplied.join(', ') || 'none'}; industries: ${report.industries}; libraries: ${report.libraries}`,
        );
      } finally {
        await handle.close();
      }
    });

  const neo4j = program.command('neo4j').description('manage the local Neo4j (the embedded default)');
  neo4j
    .command('start')
    .description('start the local Neo4j in the background; `hechuang start` then uses it')
    .action(async () => {
      const cfg = loadConfig();
      requireLocal(cfg);
      const local = await LocalNeo4j.start(localNeo4jOptions(cfg, { detached: true, onProgress: progress }));
      progress(`local Neo4j running: ${local.info.uri}, pid ${local.info.pid}, data in ${local.home}`);
    });
  neo4j
    .command('stop')
    .description('stop the background local Neo4j')
    .action(async () => {
      const local = requireLocal(loadConfig());
      const stopped = await stopLocalNeo4j(local.home);
      progress(stopped ? 'local Neo4j stopped' : `no local Neo4j is running on ${local.home}`);
    });
  neo4j
    .command('status')
    .description('tell whether the local Neo4j runs (exit code 3 when it does not)')
    .action(async () => {
      const local = requireLocal(loadConfig());
      const status = await localNeo4jStatus(local.home);
      if (!status) {
        process.stdout.write(`stopped (data in ${local.home})\n`);
        process.exitCode = 3;
        return;
      }
      process.stdout.write(
        `running: ${status.uri}, pid ${status.pid}, ${status.detached ? 'background' : 'owned by a running service'}, data in ${local.home}\n`,
      );
    });

  registerTopicsImportCommands(program);
  registerEmbeddingCommands(program, progress);
  registerTopicCommands(program, progress);
  registerCrawlCommands(program, { onProgress: progress });
  registerUserCommands(program, progress);
  registerPurchaseCommands(program, progress);
  registerImportCommands(program, progress);
  registerExportCommands(program, progress);
  registerBackupCommands(program, progress);
  registerBudgetCommands(program, progress);
  registerLearningCommands(program, progress);

  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    fail(error);
  }
}
