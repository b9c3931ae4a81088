import type { ClusteringDocument } from '../../domain/topic/types.js';
import { phraseLabels, type EmbedPassages, type PhraseLabel } from '../../topics/cluster/phrase-ranking.js';
import type { TopicStore } from './store.js';

const SAVE_BATCH = 1_000;

/**
 * Labels read as subjects for a rebuild's topics (KeyBERT style, topics/cluster/keyphrases.ts):
 * none without the embedding model at hand, where the c-TF-IDF terms label the topics.
 * Candidate phrases an earlier rebuild embedded are read from the graph, not embedded again.
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
    storedOrEmbedded(store, store.embedPassages),
  );
}

/** Embeds only the phrases not stored for the model, and stores those. */
function storedOrEmbedded(store: TopicStore, embed: EmbedPassages): EmbedPassages {
  const { phraseVectors } = store.repos;
  return async (phrases) => {
    const stored: Map<string, ArrayLike<number>> = await phraseVectors.vectors(store.embeddingModel, phrases);
    const missing = phrases.filter((phrase) => !stored.has(phrase));
    if (missing.length > 0) {
      const fresh = await embed(missing);
      missing.forEach((phrase, i) => stored.set(phrase, fresh[i]!));
      for (let start = 0; start < missing.length; start += SAVE_BATCH) {
        const rows = missing.slice(start, start + SAVE_BATCH).map((phrase, i) => ({ phrase, vector: fresh[start + i]! }));
        await store.graph.writeTx((tx) => phraseVectors.save(tx, store.embeddingModel, rows));
      }
    }
    return phrases.map((phrase) => stored.get(phrase)!);
  };
}
