"""The bench's peer: the same ONNX file with Python onnxruntime + HF `tokenizers`, and a GEMM peak.

Reads a JSON job on stdin:
  {"mode": "embed", "onnx": ..., "tokenizer": ..., "texts": [...], "batch": 16, "threads": 2, "vectors": "<out.f32>"}
  {"mode": "gemm", "threads": 2}
and prints one JSON line of figures. Texts are sorted by length and batched as the Node
embedder does; vectors are CLS-pooled, L2-normalised and written in input order.
"""
import json
import os
import sys
import time


def embed(job):
    import numpy as np
    import onnxruntime as ort
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(job["tokenizer"])
    tokenizer.enable_truncation(max_length=512)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    options = ort.SessionOptions()
    options.intra_op_num_threads = job["threads"]
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(job["onnx"], options, providers=["CPUExecutionProvider"])
    inputs = {i.name for i in session.get_inputs()}
    texts = job["texts"]
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    batch = job["batch"]

    def run(indices):
        encodings = tokenizer.encode_batch([texts[i] for i in indices])
        feed = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        hidden = session.run(None, {k: v for k, v in feed.items() if k in inputs})[0]
        cls = hidden[:, 0, :]
        return cls / np.linalg.norm(cls, axis=1, keepdims=True), int(feed["attention_mask"].sum()), feed["input_ids"].size

    run(order[:batch])  # warm-up, as the Node side gets
    vectors = np.zeros((len(texts), 512), dtype=np.float32)
    tokens = 0
    padded = 0
    cpu_started = time.process_time()
    started = time.perf_counter()
    for start in range(0, len(order), batch):
        indices = order[start : start + batch]
        out, n, size = run(indices)
        vectors[indices] = out
        tokens += n
        padded += size
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    vectors.tofile(job["vectors"])
    return {
        "seconds": seconds,
        "cpuSeconds": cpu_seconds,
        "tokens": tokens,
        "paddingTokens": padded - tokens,
        "onnxruntime": ort.__version__,
    }


def gemm(job):
    """Best-of sgemm throughput (GFLOP/s) with numpy's BLAS at the given thread count."""
    import numpy as np

    results = {}
    for n in (512, 1024, 2048):
        a = np.random.default_rng(0).standard_normal((n, n), dtype=np.float32)
        b = np.random.default_rng(1).standard_normal((n, n), dtype=np.float32)
        a @ b
        best = 0.0
        for _ in range(10):
            started = time.perf_counter()
            a @ b
            best = max(best, 2 * n**3 / (time.perf_counter() - started) / 1e9)
        results[str(n)] = best
    config = np.show_config(mode="dicts") if hasattr(np, "show_config") else {}
    blas = (config or {}).get("Build Dependencies", {}).get("blas", {}).get("name", "unknown")
    return {"gflops": max(results.values()), "bySize": results, "numpy": np.__version__, "blas": blas}


if __name__ == "__main__":
    job = json.load(sys.stdin)
    if job["mode"] == "gemm":
        print(json.dumps(gemm(job)))
    else:
        print(json.dumps(embed(job)))
