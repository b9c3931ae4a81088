import type { Graph } from '../../../graph/driver.js';
import { createRepositories } from '../../../graph/repositories/index.js';
import { CLI_ACTOR, type Viewer } from '../../../domain/account/access.js';
import type { LinkType } from '../../../domain/entity/links.js';
import type { EntityRecord, EntityType } from '../../../domain/entity/types.js';
import { loadConfig } from '../../../lib/config.js';
import { librariesFile, loadLibraries } from '../../../services/account/libraries.js';
import { createEntity, setDeleted } from '../../../services/entity/entities.js';
import { linkEntities } from '../../../services/entity/links.js';
import { loadTaxonomy, taxonomyFile } from '../../../services/industry/taxonomy.js';

/**
 * Curated entities for tests, made through the product's services (validated, audited) in
 * the manner of Outline's `buildUser()`: sensible defaults, unique names, the record returned.
 * `actor` defaults to the operator CLI (an admin of no library).
 */

let sequence = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(sequence += 1)}`;

interface BuildOptions {
  actor?: Viewer;
  sourceUrl?: string | null;
  [field: string]: unknown;
}

async function build(graph: Graph, type: EntityType, prefix: string, { actor = CLI_ACTOR, sourceUrl, ...fields }: BuildOptions) {
  return createEntity(createRepositories(graph), actor, type, { name: unique(prefix), ...fields }, { sourceUrl: sourceUrl ?? null });
}

export const buildPerson = (graph: Graph, overrides: BuildOptions = {}): Promise<EntityRecord> => build(graph, 'Person', '人物', overrides);
export const buildOrganization = (graph: Graph, overrides: BuildOptions = {}): Promise<EntityRecord> =>
  build(graph, 'Organization', '机构', overrides);
export const buildProject = (graph: Graph, overrides: BuildOptions = {}): Promise<EntityRecord> =>
  build(graph, 'Project', '项目', overrides);

/** A curated link (`toId`: an entity or policy id, or an industry or region code). */
export const buildLink = (graph: Graph, fromId: string, type: LinkType, toId: string, actor: Viewer = CLI_ACTOR) =>
  linkEntities(createRepositories(graph), actor, { fromId, type, toId });

/** Soft-deletes an entity made by a factory (version 1). */
export const deleteEntity = (graph: Graph, entity: EntityRecord, actor: Viewer = CLI_ACTOR) =>
  setDeleted(createRepositories(graph), actor, entity.entityType, entity.id, entity.version, true);

/** The industry taxonomy, regions and member libraries, as the service loads them at start (idempotent). */
export async function loadReferenceData(graph: Graph): Promise<void> {
  const { projectRoot } = loadConfig({});
  const repos = createRepositories(graph);
  await loadTaxonomy(repos, taxonomyFile(projectRoot));
  await loadLibraries(repos, librariesFile(projectRoot));
}

/** The code of one industry of the taxonomy (loaded first). */
export async function anIndustryCode(graph: Graph): Promise<string> {
  await loadReferenceData(graph);
  return (await graph.read<{ code: string }>('MATCH (i:Industry) RETURN i.code AS code ORDER BY code LIMIT 1'))[0]!.code;
}
