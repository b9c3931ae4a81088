"""BERTopic's default pipeline (UMAP -> HDBSCAN -> c-TF-IDF) on precomputed embeddings.

Usage: bertopic_run.py <vectors.f32> <dimensions> <texts.txt> <assignments.out>
Prints one JSON line: wall and CPU seconds (fit_transform only, all threads), peak RSS, topics, outliers.
"""
import json
import resource
import sys
import time

import numpy as np
from bertopic import BERTopic


def main() -> None:
    vectors_file, dimensions, texts_file, out_file = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    embeddings = np.fromfile(vectors_file, dtype="<f4").reshape(-1, dimensions)
    with open(texts_file, encoding="utf-8") as handle:
        docs = handle.read().split("\n")[: embeddings.shape[0]]
    assert len(docs) == embeddings.shape[0], (len(docs), embeddings.shape)
    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    # All defaults: UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine"),
    # HDBSCAN(min_cluster_size=10, metric="euclidean", cluster_selection_method="eom").
    model = BERTopic()
    topics, _ = model.fit_transform(docs, embeddings)
    seconds = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    cpu_seconds = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    topics = np.asarray(topics, dtype=np.int32)
    topics.tofile(out_file)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({
        "seconds": seconds,
        "cpuSeconds": cpu_seconds,
        "peakRssMiB": peak_kib / 1024,
        "topics": int(len(set(topics.tolist()) - {-1})),
        "outliers": int((topics == -1).sum()),
    }))


if __name__ == "__main__":
    main()
