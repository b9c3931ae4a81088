import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Repositories } from '../../graph/repositories/index.js';
import { CLI_ACTOR, type Viewer } from '../../domain/account/access.js';
import type { LearningPathRecord } from '../../domain/learning/path.js';
import { ValidationError } from '../../lib/errors.js';
import { createLearningPath, setLearningPathPublished, updateLearningPath } from './paths.js';

/**
 * A learning path as a JSON file (`hechuang learning export/import`, the starter paths in
 * data/learning/): its slug identifies it, so importing a changed file updates the path.
 */

export interface LearningPathFile {
  slug: string;
  title: string;
  summary: string;
  industry: string | null;
  published: boolean;
  steps: { kind: string; target?: string | null; url?: string | null; title?: string; note?: string }[];
}

type Repos = Pick<Repositories, 'graph' | 'learningPaths' | 'audit'>;

export function exportLearningPath(path: LearningPathRecord): LearningPathFile {
  return {
    slug: path.slug,
    title: path.title,
    summary: path.summary,
    industry: path.industryCode,
    published: path.status === 'PUBLISHED',
    steps: path.steps.map((step) =>
      step.kind === 'LINK'
        ? { kind: step.kind, url: step.url, title: step.title, note: step.note }
        : { kind: step.kind, target: step.targetId, title: step.title, note: step.note },
    ),
  };
}

export function parseLearningPathFile(text: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw ValidationError(`not a JSON learning path: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw ValidationError('a learning path file holds one JSON object');
  return data as Record<string, unknown>;
}

/** Creates the path of the file, or updates the one with its slug; publishes or unpublishes it as the file says. */
export async function importLearningPath(
  repos: Repos,
  actor: Viewer,
  file: Record<string, unknown>,
): Promise<{ path: LearningPathRecord; created: boolean }> {
  const existing = typeof file.slug === 'string' ? await repos.learningPaths.byIdOrSlug(file.slug.trim().toLowerCase()) : null;
  let saved = existing
    ? await updateLearningPath(repos, actor, existing.id, existing.version, file)
    : await createLearningPath(repos, actor, file);
  const publish = file.published === undefined ? saved.status === 'PUBLISHED' : file.published === true;
  if (publish !== (saved.status === 'PUBLISHED')) saved = await setLearningPathPublished(repos, actor, saved.id, saved.version, publish);
  return { path: saved, created: !existing };
}

export const starterPathsDir = (projectRoot: string) => path.join(projectRoot, 'data', 'learning');

/**
 * The starter paths of data/learning/ not yet offered to this graph, imported by the operator
 * (first start): each is offered once, so a path librarians deleted or rewrote stays as they left it.
 */
export async function loadStarterPathsOnce(repos: Repos, dir: string): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const offered = new Set(await repos.learningPaths.seedsOffered());
  const loaded: string[] = [];
  for (const name of files) {
    const file = parseLearningPathFile(await readFile(path.join(dir, name), 'utf8'));
    const slug = typeof file.slug === 'string' ? file.slug.trim().toLowerCase() : '';
    if (offered.has(slug)) continue;
    if (!(await repos.learningPaths.byIdOrSlug(slug))) {
      await importLearningPath(repos, CLI_ACTOR, file);
      loaded.push(slug);
    }
    offered.add(slug);
    await repos.graph.writeTx((tx) => repos.learningPaths.rememberSeedsOffered(tx, [...offered]));
  }
  return loaded;
}
