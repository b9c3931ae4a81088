import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rankIndustries } from '../../topics/cluster/industry-match.js';
import { topicTerms } from '../../topics/cluster/labels.js';
import type { TaxonomyIndustry } from '../../topics/filing/industries.js';
import { dot } from '../../topics/filing/vectors.js';
import { CACHE_DIR, type BenchRecord } from './data.js';

const VENV = path.resolve(import.meta.dirname, '..', '.venv-cluster');
const PYTHON = path.join(VENV, 'bin', 'python');
const SCRIPT = path.join(import.meta.dirname, 'bertopic_zeroshot.py');

/** Today's lexical matcher (topics/cluster/industry-match.ts) on each document as a topic of one, at today's threshold. */
export function lexicalPeer(
  records: readonly BenchRecord[],
  industries: readonly TaxonomyIndustry[],
  threshold: number,
): (string | null)[] {
  const terms = topicTerms(
    records.map((r) => ({ text: `${r.title} ${r.abstract}`, keywords: r.keywords })),
    records.map((_, i) => i),
    records.length,
    { top: 10 },
  );
  return records.map((r, i) => {
    const [best] = rankIndustries(
      { terms: terms[i]!, documents: [{ id: r.id, text: `${r.title} ${r.abstract} ${r.keywords.join(' ')}` }] },
      industries,
    );
    return best && best.score >= threshold ? best.code : null;
  });
}

/** The nearest industry profile by plain cosine, and its cosine. */
export function nearestProfile(
  vectors: readonly Float32Array[],
  profiles: ReadonlyMap<string, ArrayLike<number>>,
): Array<{ code: string; cosine: number }> {
  return vectors.map((v) => {
    let best = { code: '', cosine: -2 };
    for (const [code, p] of profiles) {
      const c = dot(v, p);
      if (c > best.cosine) best = { code, cosine: c };
    }
    return best;
  });
}

/** bertopic without its sentence-transformers/torch dependency (embeddings are given), in the venv bench:cluster uses. */
function ensureVenv(): void {
  const ready = () => existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import bertopic, umap, hdbscan, packaging']).status === 0;
  if (ready()) return;
  // bench:cluster's venv lacks `packaging`, which bertopic imports.
  if (existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import bertopic, umap, hdbscan']).status === 0) {
    execFileSync(PYTHON, ['-m', 'pip', 'install', '-q', 'packaging'], { stdio: 'inherit' });
    if (ready()) return;
  }
  console.log(`creating ${path.relative(process.cwd(), VENV)} (BERTopic from PyPI)…`);
  execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
  execFileSync(
    PYTHON,
    [
      '-m',
      'pip',
      'install',
      '-q',
      'umap-learn==0.5.12',
      'hdbscan==0.8.44',
      'scikit-learn==1.9.1',
      'numpy==2.4.6',
      'pandas==3.1.1',
      'tqdm==4.70.1',
      'PyYAML==6.0.4',
      'packaging',
    ],
    { stdio: 'inherit' },
  );
  execFileSync(PYTHON, ['-m', 'pip', 'install', '-q', '--no-deps', 'bertopic==0.17.4'], { stdio: 'inherit' });
}

export interface BertopicRun {
  minSimilarity: number;
  /** Per document the index of its zero-shot topic, -1 for none. */
  assignments: number[];
  seconds: number;
}

/** BERTopic's zero-shot topic modelling (`zeroshot_topic_list`) on the same document and topic embeddings, one fit per min similarity. */
export function bertopicZeroShot(
  documents: readonly string[],
  vectors: readonly Float32Array[],
  topics: readonly string[],
  topicVectors: readonly Float32Array[],
  minSimilarities: readonly number[],
): BertopicRun[] {
  const key = createHash('sha256')
    .update(JSON.stringify({ documents, topics, minSimilarities, script: readFileSync(SCRIPT, 'utf8') }))
    .update(Buffer.concat([...vectors, ...topicVectors].map((v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength))))
    .digest('hex')
    .slice(0, 16);
  // The fits take minutes (the one at 0.4 most): their result is kept for the same inputs.
  const cached = path.join(CACHE_DIR, `industry-bertopic-${key}.json`);
  if (existsSync(cached)) return (JSON.parse(readFileSync(cached, 'utf8')) as { runs: BertopicRun[] }).runs;
  ensureVenv();
  const write = (name: string, rows: readonly Float32Array[]) => {
    const all = new Float32Array(rows.length * 512);
    rows.forEach((row, i) => all.set(row, i * 512));
    const file = path.join(CACHE_DIR, name);
    writeFileSync(file, Buffer.from(all.buffer));
    return file;
  };
  const input = path.join(CACHE_DIR, 'industry-bertopic-input.json');
  const output = path.join(CACHE_DIR, 'industry-bertopic-output.json');
  writeFileSync(input, JSON.stringify({ documents, topics, minSimilarities }));
  const child = spawnSync(
    PYTHON,
    [SCRIPT, write('industry-bertopic-docs.f32', vectors), write('industry-bertopic-topics.f32', topicVectors), '512', input, output],
    { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
  );
  if (child.status !== 0) throw new Error(`BERTopic failed (exit ${child.status}): ${child.stderr.slice(-2000)}`);
  copyFileSync(output, cached);
  return (JSON.parse(readFileSync(output, 'utf8')) as { runs: BertopicRun[] }).runs;
}
