import type { Command } from 'commander';
import { createRepositories } from '../../graph/repositories/index.js';
import { VARIANTS } from '../../topics/model/catalog.js';
import { TopicService } from '../../services/topic/topic-service.js';
import { loadConfig, type Config } from '../../lib/config.js';
import { EmbeddingService } from '../../services/embedding/service.js';
import { openGraph, prepareGraph } from '../runtime.js';
import { NewsTopicAssigner } from '../../services/trend/news-topics.js';
import { systemClock } from '../../lib/clock.js';

/** The `topics` command group, shared by every topics subcommand module (created once). */
export function topicsCommand(program: Command): Command {
  return (
    program.commands.find((command) => command.name() === 'topics') ??
    program.command('topics').description('industry topic libraries: literature import, topics, clustering')
  );
}

/** The topic service of a CLI command, on a migrated graph; closes the graph after `work`. */
async function withTopics<T>(
  progress: (line: string) => void,
  work: (service: TopicService, cfg: Config, news: NewsTopicAssigner) => Promise<T>,
): Promise<T> {
  const cfg = loadConfig();
  const handle = await openGraph(cfg, { onProgress: progress });
  let embedding: EmbeddingService | undefined;
  try {
    await prepareGraph(handle.graph, cfg);
    // The model embeds industry profiles and label phrases; it is loaded only when a rebuild needs it.
    embedding = new EmbeddingService(handle.graph, cfg, { onProgress: progress });
    const model = embedding;
    const service = new TopicService(
      handle.graph,
      createRepositories(handle.graph),
      cfg.topics,
      VARIANTS[cfg.embedding.variant].modelId,
      (texts) => model.embedPassages(texts),
    );
    const news = new NewsTopicAssigner(createRepositories(handle.graph), model, {
      clock: systemClock,
      perRound: cfg.embedding.newsPerRound,
    });
    return await work(service, cfg, news);
  } finally {
    await embedding?.close();
    await handle.close();
  }
}

/** `hechuang topics rebuild`, `hechuang topics assign`. */
export function registerTopicCommands(program: Command, progress: (line: string) => void): void {
  const topics = topicsCommand(program);

  topics
    .command('rebuild')
    .description('cluster every embedded Document into topics again, keeping topic identities and librarian decisions')
    .action(async () => {
      await withTopics(progress, async (service, cfg, news) => {
        progress(`clustering (seed ${cfg.topics.seed}, smallest topic ${cfg.topics.minTopicSize})…`);
        const report = await service.rebuild();
        progress(
          `${report.documents} documents: ${report.topics} topics (${report.continued} kept their identity, ${report.created} new, ` +
            `${report.retired} retired), ${report.outliers} 未归类; ${report.decisionsApplied} librarian decisions re-applied; ` +
            `${report.reviewQueue} topics await an industry review; ${report.filed} documents filed under industries, ` +
            `${report.outsideIndustries} outside every industry; ${report.seconds.toFixed(1)} s`,
        );
        if (report.abandonedCleared > 0) progress(`${report.abandonedCleared} unfinished earlier rebuilds cleared away`);
        progress(`stages (s): ${JSON.stringify(Object.fromEntries(Object.entries(report.stages).map(([k, v]) => [k, +v.toFixed(2)])))}`);
        // The topics changed: news items go to their nearest topic as it is now.
        progress(`${await news.reassign()} news items assigned to a topic again`);
      });
    });

  topics
    .command('news')
    .description('embed the news items of the last year not yet embedded and assign each to its nearest topic (for hot topics by meaning)')
    .action(async () => {
      await withTopics(progress, async (_service, _cfg, news) => {
        let embedded = 0;
        let assigned = 0;
        for (;;) {
          const round = await news.embedPending();
          if (round.embedded === 0) break;
          embedded += round.embedded;
          assigned += round.assigned;
          progress(`${embedded} news items embedded, ${assigned} assigned to a topic…`);
        }
        progress(`${embedded} news items embedded, ${assigned} of them assigned to a topic`);
      });
    });

  topics
    .command('assign')
    .description('place Documents embedded since the last rebuild into their nearest topic (or 未归类), without a rebuild')
    .action(async () => {
      await withTopics(progress, async (service) => {
        const report = await service.assignNew();
        progress(`${report.assigned} documents joined a topic, ${report.outliers} went to 未归类`);
      });
    });
}
