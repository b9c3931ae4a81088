import type { ClusteringDocument } from '../../domain/topic/types.js';
import { phraseLabels, type PhraseLabel } from '../../topics/cluster/keyphrases.js';
import type { TopicStore } from './store.js';

/**
 * Labels read as subjects for a rebuild's topics (KeyBERT style, topics/cluster/keyphrases.ts):
 * none without the embedding model at hand, where the c-TF-IDF terms label the topics.
 */
export async function subjectLabels(
  store: TopicStore,
  docs: readonly ClusteringDocument[],
  members: readonly number[][],
  centroids: readonly ArrayLike<number>[],
): Promise<(PhraseLabel | null)[]> {
  if (!store.embedPassages) return [];
  return phraseLabels(
    members.map((indices, t) => ({
      records: indices.map((i) => ({ title: docs[i]!.title, keywords: docs[i]!.keywords })),
      centroid: centroids[t]!,
    })),
    store.embedPassages,
  );
}
