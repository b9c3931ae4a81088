import { writeResults } from '../lib/report.js';
import { filingIndustries, rootOf } from '../../topics/filing/industries.js';
import { lexicalMatcher } from '../../topics/filing/lexical.js';
import { OUTSIDE_FIELDS } from '../../topics/filing/outside.js';
import {
  industryProfiles,
  meanVector,
  outsideProfiles,
  outsideSimilarity,
  outsideText,
  profileTexts,
} from '../../topics/filing/profile.js';
import { fileDocument, scoreIndustries, type FilingRule, type ProposedFiling } from '../../topics/filing/rule.js';
import { TUNED_RULE } from '../../topics/filing/tuned.js';
import { benchRecords, closeModel, embedCached, recordPassage, taxonomyIndustries } from './data.js';
import { disciplineLabels, goldOf, split } from './labelled.js';
import { labelComparison } from './labels.js';
import { score, type Scores } from './metrics.js';
import { bertopicZeroShot, lexicalPeer, nearestProfile } from './peers.js';
import { labelledTopics, scoreTopics, tuneTopicThresholds } from './topics.js';

/**
 * Documents filed under Jiaxing's industries, against peers, on the same embeddings:
 * the 1,000 CSL cls_dcp_dev abstracts (with their titles and keywords) labelled by
 * bench/industry/disciplines.json, tuned on a stratified dev half, reported on the other half.
 *   npm run bench:industry
 */

const log = (line: string) => console.log(line);
const records = benchRecords();
const industries = await taxonomyIndustries();
const parentOf = new Map(industries.map((i) => [i.code, i.parentCode]));
const root = (code: string | null) => (code === null ? null : rootOf(code, parentOf));
const gold = goldOf(records, industries);
const { dev, heldOut } = split(records);
const on = (indices: readonly number[], predictions: readonly (string | null)[]): Scores =>
  score(
    indices.map((i) => root(predictions[i]!)),
    indices.map((i) => gold[i]!),
  );

log(`${records.length} records (${dev.length} dev, ${heldOut.length} held out); embedding (cached after the first run)…`);
const vectors = await embedCached('documents', records.map(recordPassage), log);
const texts = industries.map((i) => profileTexts(i));
const textVectors = await embedCached('profiles', texts.flat(), log);
let offset = 0;
const textProfiles = new Map(
  industries.map((industry, index) => {
    const vector = meanVector(textVectors.slice(offset, offset + texts[index]!.length), 512);
    offset += texts[index]!.length;
    return [industry.code, vector] as const;
  }),
);

// Hechuang: the rule of topics/filing, as services/industry/filing.ts runs it: profiles of the
// industries and of the fields outside every industry (topics/filing/outside.ts).
const outsideTexts = await embedCached('outside', OUTSIDE_FIELDS.map(outsideText), log);
const outside = outsideProfiles(outsideTexts, []);
const outsideOf = vectors.map((v) => outsideSimilarity(v, outside)!);
const lexicalOf = lexicalMatcher(industries);
const lexical = records.map((r) => lexicalOf({ text: `${r.title} ${r.abstract}`, keywords: r.keywords }));
const zeroShot = filingIndustries(industries, industryProfiles(textProfiles, new Map()));
const scored = records.map((_, i) => scoreIndustries(vectors[i]!, lexical[i]!, zeroShot, { lexicalWeight: 0 }));

/** The best industry under a lexical weight (what the rule files first) and its score, from precomputed scores. */
const bestUnder = (list: readonly ProposedFiling[], weight: number) => {
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const s of list) {
    const combined = ((s.semantic ?? 0) + weight * s.lexical) / (1 + weight);
    if (combined > bestScore) [best, bestScore] = [s.code, combined];
  }
  return { code: best, score: bestScore };
};

// Tuned on dev: the best macro-F1 among the rules that file at most one in ten none-documents
// (a librarian's tolerance, fixed before the search), over lexical weights, thresholds and
// margins over the nearest outside field.
const NONE_RATE_TARGET = 0.1;
const WEIGHTS = [0, 0.1, 0.2, 0.3, 0.5];
const THRESHOLDS = Array.from({ length: 91 }, (_, i) => +(-0.1 + i * 0.01).toFixed(2));
const MARGINS = Array.from({ length: 26 }, (_, i) => +(-0.1 + i * 0.01).toFixed(2));
let tuned = { lexicalWeight: 0, threshold: 0, outsideMargin: 0, f1: -1, noneRate: 1 };
for (const weight of WEIGHTS) {
  const bests = scored.map((list) => bestUnder(list, weight));
  for (const threshold of THRESHOLDS)
    for (const margin of MARGINS) {
      const s = on(
        dev,
        bests.map((b, i) => (b.score >= threshold && b.score - outsideOf[i]! / (1 + weight) >= margin ? b.code : null)),
      );
      if (s.noneRate <= NONE_RATE_TARGET && s.macroF1 > tuned.f1)
        tuned = { lexicalWeight: weight, threshold, outsideMargin: margin, f1: s.macroF1, noneRate: s.noneRate };
    }
}
// Without profiles (no model): the lexical evidence alone.
let lexicalThreshold = { value: 0, f1: -1 };
for (const value of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
  const f1 = on(
    dev,
    lexical.map((list) => [...list].sort((a, b) => b.score - a.score).find((l) => l.score >= value)?.code ?? null),
  ).macroF1;
  if (f1 > lexicalThreshold.f1) lexicalThreshold = { value, f1 };
}
const rule: FilingRule = {
  lexicalWeight: tuned.lexicalWeight,
  threshold: tuned.threshold,
  outsideMargin: tuned.outsideMargin,
  window: TUNED_RULE.window,
  lexicalThreshold: lexicalThreshold.value,
};
const filingsOf = (candidates: typeof zeroShot, outsideProfilesUsed: readonly Float32Array[]) =>
  records.map((_, i) => fileDocument(vectors[i]!, lexical[i]!, candidates, rule, outsideSimilarity(vectors[i]!, outsideProfilesUsed)));
const ourFilings = filingsOf(zeroShot, outside);
const ours = ourFilings.map((f) => f[0]?.code ?? null);

// Hechuang once librarians confirmed the dev documents (their discipline's industry, or none): the profiles move towards them.
const labelOf = new Map(disciplineLabels().map((l) => [l.discipline, l.industry]));
const confirmed = new Map<string, Float32Array[]>();
const confirmedOutside: Float32Array[] = [];
for (const i of dev) {
  const code = labelOf.get(records[i]!.discipline);
  if (code) confirmed.set(code, [...(confirmed.get(code) ?? []), vectors[i]!]);
  else confirmedOutside.push(vectors[i]!);
}
const withConfirmed = filingIndustries(industries, industryProfiles(textProfiles, confirmed));
const oursConfirmed = filingsOf(withConfirmed, outsideProfiles(outsideTexts, confirmedOutside)).map((f) => f[0]?.code ?? null);

// Topics: the dev and held-out halves clustered as a rebuild clusters (several seeds, for more
// topics), their documents filed by the rule above; the topic-share thresholds tuned on the dev
// topics, reported on the held-out ones and on the 1,000 records clustered as a fresh rebuild does.
log('topics: clustering the halves as a rebuild does…');
const memberFilings = (i: number) => ourFilings[i]!.map((f) => ({ industryCode: f.code, score: f.score, evidence: f.evidence }));
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const topicsOf = (indices: readonly number[], seeds: readonly number[]) =>
  seeds.flatMap((seed) => labelledTopics(indices, vectors, memberFilings, gold, parentOf, seed));
const devTopics = topicsOf(dev, SEEDS);
const heldOutTopics = topicsOf(heldOut, SEEDS);
const rebuildTopics = topicsOf(
  records.map((_, i) => i),
  [42],
);
const topicRule = tuneTopicThresholds(devTopics, gold, parentOf);
const PREVIOUS_TOPIC_RULE = { share: 0.3, outside: 0.5, purity: 0 };
const topicResults = [
  { set: `dev halves (${SEEDS.length} seeds)`, topics: devTopics },
  { set: `held-out halves (${SEEDS.length} seeds)`, topics: heldOutTopics },
  { set: 'all 1,000 (seed 42, as a rebuild)', topics: rebuildTopics },
].flatMap(({ set, topics }) =>
  [
    { rule: `tuned: share ${topicRule.share}, outside ${topicRule.outside}, purity ${topicRule.purity}`, ...topicRule },
    { rule: `before: share ${PREVIOUS_TOPIC_RULE.share}, outside ${PREVIOUS_TOPIC_RULE.outside}`, ...PREVIOUS_TOPIC_RULE },
  ].map((r) => ({ set, rule: r.rule, scores: scoreTopics(topics, gold, parentOf, r.share, r.outside, r.purity) })),
);

// Peers.
const lexicalPeerPredictions = lexicalPeer(records, industries, 0.3);
const nearest = nearestProfile(vectors, textProfiles);
let cosineThreshold = { value: -1, f1: -1 };
for (const value of Array.from({ length: 61 }, (_, i) => +(0.2 + i * 0.01).toFixed(2))) {
  const f1 = on(
    dev,
    nearest.map((n) => (n.cosine >= value ? n.code : null)),
  ).macroF1;
  if (f1 > cosineThreshold.f1) cosineThreshold = { value, f1 };
}
const cosinePredictions = nearest.map((n) => (n.cosine >= cosineThreshold.value ? n.code : null));

log('BERTopic zero-shot (one fit per min similarity)…');
const zeroshotTexts = industries.map((i) => `${i.name}：${i.description}`);
const zeroshotVectors = await embedCached('zeroshot', zeroshotTexts, log);
const MIN_SIMILARITIES = [0.4, 0.45, 0.5, 0.55, 0.6, 0.7];
const bertopicRuns = bertopicZeroShot(records.map(recordPassage), vectors, zeroshotTexts, zeroshotVectors, MIN_SIMILARITIES);
const bertopicPredictions = (run: (typeof bertopicRuns)[number]) => run.assignments.map((t) => (t < 0 ? null : industries[t]!.code));
const bertopicBest = bertopicRuns.reduce((best, run) =>
  on(dev, bertopicPredictions(run)).macroF1 > on(dev, bertopicPredictions(best)).macroF1 ? run : best,
);
const bertopicDefault = bertopicRuns.find((run) => run.minSimilarity === 0.7)!;

log('labels: KeyBERT-style phrases against the c-TF-IDF label…');
const labels = await labelComparison(records, vectors, log);
await closeModel();

const methods = [
  {
    method: 'Hechuang (rule on meaning + keywords)',
    setting: `weight ${rule.lexicalWeight}, threshold ${rule.threshold}, outside margin ${rule.outsideMargin}`,
    predictions: ours,
  },
  {
    method: 'Hechuang, dev documents confirmed',
    setting: 'same rule; profiles with the dev documents (outside ones too)',
    predictions: oursConfirmed,
  },
  { method: 'lexical matcher alone (today)', setting: 'threshold 0.3 (TOPIC_INDUSTRY_THRESHOLD)', predictions: lexicalPeerPredictions },
  { method: 'nearest profile by cosine', setting: `threshold ${cosineThreshold.value} (tuned on dev)`, predictions: cosinePredictions },
  {
    method: 'BERTopic zero-shot',
    setting: `zeroshot_min_similarity ${bertopicBest.minSimilarity} (tuned on dev)`,
    predictions: bertopicPredictions(bertopicBest),
  },
  { method: 'BERTopic zero-shot, default', setting: 'zeroshot_min_similarity 0.7', predictions: bertopicPredictions(bertopicDefault) },
];
const results = methods.map((m) => ({
  method: m.method,
  setting: m.setting,
  dev: on(dev, m.predictions),
  heldOut: on(heldOut, m.predictions),
}));
// The goal is against the three peers at their dev-tuned settings (BERTopic's default files nothing: coverage 0).
const peers = results.slice(2, 5);
const project = results[0]!.heldOut;
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
writeResults(
  'industry',
  {
    data: 'CSL cls_dcp_dev.tsv (1,000 abstracts, 67 disciplines) with ts_dev titles and kg_dev keywords; labels bench/industry/disciplines.json',
    split: { dev: dev.length, heldOut: heldOut.length, rule: 'stratified by discipline, alternate records by sha256 of their id' },
    metrics:
      'top industry per document scored at the level of the top industries; macro-F1 over the industries and "none"; none-rate: documents of no industry filed under one',
    tuned: {
      ...rule,
      objective: `best dev macro-F1 with a dev none-rate ≤ ${NONE_RATE_TARGET}`,
      devMacroF1: tuned.f1,
      devNoneRate: tuned.noneRate,
      lexicalOnlyDevMacroF1: lexicalThreshold.f1,
    },
    results,
    goal: {
      aheadOnF1: peers.every((p) => project.macroF1 > p.heldOut.macroF1),
      aheadOnNoneRate: peers.every((p) => project.noneRate < p.heldOut.noneRate),
    },
    topics: {
      truth: 'a topic belongs to the industry (or to none) most of its documents belong to by the discipline mapping, else it is mixed',
      utility: '+1 right filing, right outside or mixed topic in review; 0 clear topic in review; −1 wrong decision',
      tuned: topicRule,
      results: topicResults,
    },
    bertopicRuns: bertopicRuns.map((run) => ({
      minSimilarity: run.minSimilarity,
      seconds: run.seconds,
      dev: on(dev, bertopicPredictions(run)),
    })),
    labels,
  },
  results.map((r) => ({
    method: r.method,
    setting: r.setting,
    coverage: pct(r.heldOut.coverage),
    accuracy: pct(r.heldOut.accuracy),
    'none-rate': pct(r.heldOut.noneRate),
    'macro-F1': r.heldOut.macroF1.toFixed(3),
  })),
);
console.table(
  topicResults.map((r) => ({
    topics: r.set,
    rule: r.rule,
    'filed (right)': `${r.scores.filed} (${r.scores.filedRight})`,
    'review (mixed)': `${r.scores.review} (${r.scores.reviewMixed})`,
    'outside (right)': `${r.scores.outside} (${r.scores.outsideRight})`,
    'truth ind/none/mixed': `${r.scores.truth.industry}/${r.scores.truth.none}/${r.scores.truth.mixed}`,
    'filed docs in industry': `${r.scores.filedDocumentsRight}/${r.scores.filedDocuments}`,
  })),
);
console.log(
  `labels (${labels.topics} dev topics): the new label is nearer the topic's majority discipline than the c-TF-IDF label for ${labels.newNearer} of ${labels.topics} (${pct(labels.newNearer / Math.max(1, labels.topics))})`,
);
