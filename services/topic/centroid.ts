import type { Tx } from '../../graph/driver.js';
import { meanDirections } from '../../topics/cluster/cluster.js';
import { cosine, type Matrix } from '../../topics/cluster/vectors.js';
import { REPRESENTATIVES, type TopicStore } from './store.js';

/** Centroid, similarities and representatives of a topic after documents moved in or out. */
export async function refreshCentroid(store: TopicStore, tx: Tx, topicId: string): Promise<void> {
  const { topicMemberships, documentEmbeddings } = store.repos;
  const [ids] = await topicMemberships.memberIds([topicId], tx);
  if (!ids || ids.length === 0) return;
  const vectors = await documentEmbeddings.embeddings(store.embeddingModel, ids);
  if (vectors.length === 0) return;
  const m: Matrix = { data: new Float32Array(vectors.length * 512), rows: vectors.length, dimensions: 512 };
  vectors.forEach((v, i) => m.data.set(v.embedding, i * 512));
  const [centroid] = meanDirections(m, new Int32Array(vectors.length), 1);
  const scored = vectors.map((v) => ({ id: v.id, score: cosine(v.embedding, centroid!) }));
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  await topicMemberships.updateCentroid(
    tx,
    topicId,
    Array.from(centroid!),
    scored.slice(0, REPRESENTATIVES).map((s) => s.id),
  );
  await topicMemberships.setMemberships(
    tx,
    scored.map((s) => ({ documentId: s.id, topicId, similarity: s.score })),
  );
}
