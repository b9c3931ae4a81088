import type { Graph } from '../../../graph/driver.js';
import { createRepositories } from '../../../graph/repositories/index.js';
import { CLI_ACTOR, type Viewer } from '../../../domain/account/access.js';
import type { LearningPathRecord } from '../../../domain/learning/path.js';
import { createLearningPath, setLearningPathPublished } from '../../../services/learning/paths.js';

/** Learning paths for tests, made through the service (validated, audited), with unique slugs; published unless told. */

let sequence = 0;

export async function buildLearningPath(
  graph: Graph,
  { actor = CLI_ACTOR, published = true, ...fields }: { actor?: Viewer; published?: boolean; [field: string]: unknown } = {},
): Promise<LearningPathRecord> {
  const repos = createRepositories(graph);
  sequence += 1;
  const path = await createLearningPath(repos, actor, {
    slug: `path-${Date.now().toString(36)}-${sequence}`,
    title: `学习路径${sequence}`,
    summary: '测试用的学习路径',
    steps: [{ kind: 'LINK', url: 'https://www.zjzwfw.gov.cn/', title: '浙江政务服务网', note: '网上办理' }],
    ...fields,
  });
  return published ? setLearningPathPublished(repos, actor, path.id, path.version, true) : path;
}
