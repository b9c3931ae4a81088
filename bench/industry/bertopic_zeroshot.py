"""BERTopic zero-shot topic modelling on given embeddings (no torch, no sentence-transformers).

argv: documents.f32 topics.f32 dimensions input.json output.json
input.json: {"documents": [...texts], "topics": [...zero-shot topic texts], "minSimilarities": [...]}
Writes, per min similarity, each document's zero-shot topic index (or -1 when BERTopic left it
to its clustering: no industry).
"""
import json
import sys
import time

import numpy as np
from bertopic import BERTopic
from bertopic.backend import BaseEmbedder


class GivenEmbeddings(BaseEmbedder):
    """Answers BERTopic's requests for embeddings of the zero-shot topic texts with the vectors Hechuang's embedder computed."""

    def __init__(self, texts, vectors):
        super().__init__()
        self.by_text = {text: vectors[i] for i, text in enumerate(texts)}

    def embed(self, documents, verbose=False):
        return np.stack([self.by_text[d] for d in documents])


def main():
    doc_file, topic_file, dimensions, input_file, output_file = sys.argv[1:6]
    d = int(dimensions)
    spec = json.load(open(input_file, encoding="utf-8"))
    docs = np.fromfile(doc_file, dtype="<f4").reshape(-1, d)
    topics = np.fromfile(topic_file, dtype="<f4").reshape(-1, d)
    results = []
    for min_similarity in spec["minSimilarities"]:
        started = time.time()
        model = BERTopic(
            embedding_model=GivenEmbeddings(spec["topics"], topics),
            zeroshot_topic_list=spec["topics"],
            zeroshot_min_similarity=min_similarity,
            min_topic_size=5,
            calculate_probabilities=False,
        )
        assigned, _ = model.fit_transform(spec["documents"], docs)
        mapping = model._topic_id_to_zeroshot_topic_idx
        results.append(
            {
                "minSimilarity": min_similarity,
                "assignments": [int(mapping.get(t, -1)) if t != -1 else -1 for t in assigned],
                "seconds": time.time() - started,
            }
        )
    json.dump({"runs": results}, open(output_file, "w", encoding="utf-8"))
    print(json.dumps({"ok": True}))


if __name__ == "__main__":
    main()
