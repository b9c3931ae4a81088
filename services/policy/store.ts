import type { Graph } from '../../graph/driver.js';
import type { Repositories } from '../../graph/repositories/index.js';

/** What the policy use cases run on: the graph (they open the one transaction) and its repositories. A request context is one. */
export interface PolicyStore {
  graph: Graph;
  repos: Repositories;
}
