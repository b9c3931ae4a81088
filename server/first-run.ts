import type { Logger } from 'pino';
import type { Graph } from '../graph/driver.js';
import { createRepositories } from '../graph/repositories/index.js';
import { curatedSourcesFile, type CrawlService } from '../services/source/crawl.js';
import { loadStarterPathsOnce, starterPathsDir } from '../services/learning/transfer.js';

/**
 * What `hechuang start` does for a new installation: the curated sources the graph has never been
 * offered are loaded (all of them on a first start, so a machine with internet starts crawling;
 * a source a librarian removed is not offered again), so are the starter learning paths (data/learning/), and while no admin exists the next step is printed.
 */
export async function prepareFirstRun(
  graph: Graph,
  crawl: CrawlService,
  projectRoot: string,
  log: Logger,
  progress: (line: string) => void,
) {
  try {
    const { created } = await crawl.loadCuratedOnce(curatedSourcesFile(projectRoot));
    if (created.length > 0) progress(`loaded ${created.length} curated crawl sources (data/sources/sources.json): ${created.join(', ')}`);
  } catch (error) {
    log.error({ err: error }, 'the curated sources could not be loaded');
  }
  try {
    const loaded = await loadStarterPathsOnce(createRepositories(graph), starterPathsDir(projectRoot));
    if (loaded.length > 0) progress(`loaded ${loaded.length} starter learning paths (data/learning/): ${loaded.join(', ')}`);
  } catch (error) {
    log.error({ err: error }, 'the starter learning paths could not be loaded');
  }
  if (!(await createRepositories(graph).accounts.anyWithRole('ADMIN'))) {
    progress(
      'Next step: create the first admin account: hechuang users add --email you@example.org --name 你的名字 --role admin (the password is read from stdin or prompted for)',
    );
  }
}
