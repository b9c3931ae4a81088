import { createRepositories, type Repositories } from '../../graph/repositories/index.js';
import { loadConfig } from '../../lib/config.js';
import { openGraph, prepareGraph } from '../runtime.js';

/**
 * Opens the graph, migrated and with its reference data (a librarian can only be attached to a
 * loaded library), runs one command's work on its repositories, and closes it.
 */
export async function withRepos<T>(progress: (line: string) => void, work: (repos: Repositories) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = await openGraph(config, { onProgress: progress });
  try {
    await prepareGraph(handle.graph, config);
    return await work(createRepositories(handle.graph));
  } finally {
    await handle.close();
  }
}
