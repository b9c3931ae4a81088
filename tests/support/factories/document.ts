import type { Graph } from '../../../graph/driver.js';
import { createRepositories } from '../../../graph/repositories/index.js';
import type { ImportStore } from '../../../services/document/import.js';

/**
 * Where the tests' imports write: the graph (the import opens its one transaction there) and
 * its import repository. Documents are built by importing files through the product's import
 * (`importLiteratureFile(importStore(graph), file)`), as a librarian would.
 */
export const importStore = (graph: Graph): ImportStore => {
  const repos = createRepositories(graph);
  return { graph, importBatches: repos.importBatches, audit: repos.audit };
};
