import type { Graph } from '../../graph/driver.js';
import type { Repositories } from '../../graph/repositories/index.js';
import type { EmbeddingSource } from '../../domain/embedding/types.js';
import type { MachineFiling } from '../../domain/industry/filing.js';
import { changedFilings } from '../../domain/industry/filing-delta.js';
import { filingIndustries, taxonomyIndustry, type TaxonomyIndustry } from '../../topics/filing/industries.js';
import { lexicalMatcher } from '../../topics/filing/lexical.js';
import { OUTSIDE_FIELDS } from '../../topics/filing/outside.js';
import {
  industryProfiles,
  outsideProfiles,
  outsideText,
  outsideTextHash,
  profileTexts,
  profileTextHash,
} from '../../topics/filing/profile.js';
import { acceptedFilings, scoreWithSimilarities, type FilingIndustry, type FilingRule } from '../../topics/filing/rule.js';
import { groupSimilaritiesOfLists, profileGroups, profileScores, type DocumentMatrix } from '../../topics/filing/similarities.js';
import { gateDecision, gateFeatureRows, gateGroups, gateTextHash, type FilingGate } from '../../topics/filing/gate.js';
import { gatedFilings } from '../../topics/filing/gated.js';
import { shippedFilingGate } from './gate-file.js';
import { TUNED_RULE } from '../../topics/filing/tuned.js';
import { normalise } from '../../topics/filing/vectors.js';

const BATCH = 2_000;

/**
 * A passage vector as the profiles use it (float32, unit length): the profiles normalise their
 * vectors again, which leaves these unchanged, so the gate's passages and the profiles are the
 * same vectors and one product scores both.
 */
const unit = (v: ArrayLike<number>): Float32Array => normalise(Float32Array.from(v));

/** What filing documents needs: the graph, the repositories, the documents' model, and (to embed industry profiles) that model. */
export interface FilingStore {
  graph: Graph;
  repos: Pick<Repositories, 'industries' | 'industryFilings' | 'industryProfiles' | 'documentEmbeddings'>;
  embeddingModel: string;
  /** Embeds passages with `embeddingModel`; without it only profiles already stored for that model are used. */
  embedPassages?: ((texts: string[]) => Promise<ArrayLike<number>[]>) | undefined;
  rule?: FilingRule;
  /** The filing gate; undefined: the one shipped (data/industries/filing-gate.json), null: the margin rule alone. */
  gate?: FilingGate | null;
}

export interface FilingReport {
  documents: number;
  /** Documents filed under at least one industry. */
  filed: number;
  /** Documents outside every industry. */
  outside: number;
  /** Industries compared by meaning (a profile of the documents' model), the others by keywords alone. */
  profiles: number;
  /** The fitted gate decided the top industries (it holds for the model and the texts); false: the margin rule alone. */
  gated: boolean;
  /**
   * Each filed document's best machine filing (its industry code), as stored once this returns for
   * every document no librarian filed (those keep the librarian's filings, `filingVersion` > 0).
   */
  machineBest: Map<string, string>;
}

/** A filing whose scores are complete and whose writes are under way (see `startFilingDocuments`). */
export interface StartedFiling {
  report: FilingReport;
  /** Resolves once the filings committed; rejects with the write's error (nothing of it is then written). */
  written: Promise<void>;
}

/**
 * Files documents under industries (the stage the topic rebuild and the embedding step call):
 * every embedded document of the model, or the given ones, gets zero to three industries by
 * the tuned rule, with its evidence, compared with the industries' profiles and with the fields
 * outside every industry; the machine's earlier filings of those documents are replaced, a
 * librarian's stay. Resolves once the filings are written (`startFilingDocuments`).
 */
export async function fileDocuments(store: FilingStore, options: FilingOptions = {}): Promise<FilingReport> {
  const { report, written } = await startFilingDocuments(store, options);
  await written;
  return report;
}

export interface FilingOptions {
  documentIds?: readonly string[];
  /** All embedded documents' vectors, as a rebuild holds them: saves reading them again. */
  vectors?: ReadonlyMap<string, ArrayLike<number>>;
  /** Their titles, abstracts and keywords: saves reading the texts again. */
  sources?: ReadonlyMap<string, EmbeddingSource>;
  /** The write transaction's timeout (a rebuild's, for 100k documents). */
  timeoutMs?: number;
}

/**
 * Scores every document (in blocks of 2,000), then writes the filings of the documents whose
 * machine filings changed in one transaction (all or none of them; batched UNWIND statements
 * sent without waiting for each other), and resolves as soon as those statements are sent:
 * Neo4j writes while the caller goes on computing (a rebuild clusters meanwhile) and `written`
 * tells when they committed.
 */
export async function startFilingDocuments(store: FilingStore, options: FilingOptions = {}): Promise<StartedFiling> {
  const { repos, embeddingModel: model } = store;
  const industries = (await repos.industries.list({})).map(taxonomyIndustry);
  const textProfiles = await industryTextProfiles(store, industries);
  const outsideTexts = await outsideFieldVectors(store);

  const vectors =
    options.vectors ??
    new Map((await repos.documentEmbeddings.embeddings(model, options.documentIds)).map((row) => [row.id, row.embedding] as const));
  const ids = options.documentIds ? options.documentIds.filter((id) => vectors.has(id)) : [...vectors.keys()];

  const confirmed = await confirmedVectors(store);
  const profiles = industryProfiles(textProfiles, confirmed.industries);
  const outside = outsideTexts.length > 0 && profiles.size > 0 ? outsideProfiles(outsideTexts, confirmed.outside) : [];
  const candidates = filingIndustries(industries, profiles);
  const lexical = lexicalMatcher(industries);
  const rule = store.rule ?? TUNED_RULE;
  const gate =
    textProfiles.size > 0
      ? applicableGate(store.gate === undefined ? await shippedFilingGate() : store.gate, model, industries, outsideTexts.length)
      : null;

  const report: FilingReport = {
    documents: ids.length,
    filed: 0,
    outside: 0,
    profiles: profiles.size,
    gated: gate !== null,
    machineBest: new Map(),
  };
  const filings: MachineFiling[] = [];
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const given = options.sources;
    const sources =
      given && batch.every((id) => given.has(id)) ? batch.map((id) => given.get(id)!) : await repos.documentEmbeddings.sources(batch);
    const matrix = batchMatrix(sources, vectors);
    // The profiles and the gate's passages are mostly the same vectors: one product scores both.
    const [profileBest, gateBest] = groupSimilaritiesOfLists(matrix, [
      profileGroups(candidates, outside),
      ...(gate ? [gateGroups(gate, textProfiles, outsideTexts)] : []),
    ]);
    const similarities = batchSimilarities(profileScores(matrix.rows, candidates.length, profileBest!), sources, vectors, candidates);
    const gateFeatures = gate && gateBest ? gateFeatureRows(gate, matrix.rows, gateBest) : null;
    sources.forEach((source, row) => {
      const scored = scoreWithSimilarities(
        similarities.semanticOf(row),
        lexical({ text: `${source.title} ${source.abstract ?? ''}`, keywords: source.keywords }),
        candidates,
      );
      const near = similarities.outsideOf(row);
      const filed =
        gate && gateFeatures && vectors.has(source.id)
          ? gatedFilings(scored, candidates, rule, near, gateDecision(gate, gateFeatures[row]!).root)
          : acceptedFilings(scored, candidates, rule, near);
      if (filed.length > 0) {
        report.filed++;
        report.machineBest.set(source.id, filed[0]!.code);
      } else report.outside++;
      filed.forEach((f, rank) =>
        filings.push({
          documentId: source.id,
          industryCode: f.code,
          score: f.score,
          semantic: f.semantic,
          lexical: f.lexical,
          evidence: f.evidence.slice(0, 10),
          profile: f.profile,
          rank,
        }),
      );
    });
  }
  let sent!: () => void;
  const issued = new Promise<void>((resolve) => (sent = resolve));
  const written = store.graph.writeTx(
    async (tx) => {
      const delta = changedFilings(ids, await repos.industryFilings.filingsOf(ids, tx), filings);
      const writing =
        delta.documentIds.length > 0 ? repos.industryFilings.replaceMachineFilings(tx, delta.documentIds, delta.filings) : null;
      sent();
      await writing;
    },
    options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs },
  );
  // Until the caller awaits `written`, a failed write is not an unhandled rejection; the caller still gets it.
  written.catch(() => undefined);
  await Promise.race([issued, written]);
  // One turn of the event loop: the statements leave for Neo4j before the caller computes on.
  await new Promise<void>((resolve) => setImmediate(resolve));
  return { report, written };
}

/** A batch's vectors as one matrix (a row of zeros for a document without one). */
function batchMatrix(sources: readonly EmbeddingSource[], vectors: ReadonlyMap<string, ArrayLike<number>>): DocumentMatrix {
  const dimensions = sources.map((s) => vectors.get(s.id)).find((v) => v !== undefined)?.length ?? 0;
  const data = new Float32Array(sources.length * dimensions);
  sources.forEach((source, row) => {
    const vector = vectors.get(source.id);
    if (vector) data.set(vector, row * dimensions);
  });
  return { data, rows: sources.length, dimensions };
}

/**
 * A batch's cosines to every profile (`profileScores`): per row, industry i's best cosine (null
 * without a profile or without the document's vector) and the nearest outside field's (null
 * without outside profiles).
 */
function batchSimilarities(
  scores: { semantic: Float64Array; outside: Float64Array },
  sources: readonly EmbeddingSource[],
  vectors: ReadonlyMap<string, ArrayLike<number>>,
  industries: readonly FilingIndustry[],
) {
  const known = (value: number) => (Number.isNaN(value) ? null : value);
  return {
    semanticOf: (row: number) =>
      vectors.has(sources[row]!.id) ? (industry: number) => known(scores.semantic[row * industries.length + industry]!) : () => null,
    outsideOf: (row: number) => (vectors.has(sources[row]!.id) ? known(scores.outside[row]!) : null),
  };
}

/** The gate when it was fitted for this model, these industries' texts and the outside fields, else null (the margin rule files). */
function applicableGate(
  gate: FilingGate | null,
  model: string,
  industries: readonly TaxonomyIndustry[],
  outsideFields: number,
): FilingGate | null {
  if (!gate || gate.model !== model || gate.outsideFields !== outsideFields) return null;
  return gate.textHash === gateTextHash(industries, OUTSIDE_FIELDS) ? gate : null;
}

/** Each industry's passage vectors of the model: stored ones whose texts are unchanged, the others embedded now (when the model is at hand) and stored. */
async function industryTextProfiles(
  store: FilingStore,
  industries: readonly TaxonomyIndustry[],
): Promise<Map<string, ArrayLike<number>[]>> {
  const { industryProfiles: repo } = store.repos;
  const stored = new Map((await repo.profiles(store.embeddingModel)).map((p) => [p.industryCode, p]));
  const profiles = new Map<string, ArrayLike<number>[]>();
  const stale: TaxonomyIndustry[] = [];
  for (const industry of industries) {
    const current = stored.get(industry.code);
    if (current && current.textHash === profileTextHash(industry)) profiles.set(industry.code, current.vectors.map(unit));
    else stale.push(industry);
  }
  if (stale.length > 0 && store.embedPassages) {
    const texts = stale.map((industry) => profileTexts(industry));
    const vectors = await store.embedPassages(texts.flat());
    let offset = 0;
    const fresh = stale.map((industry, index) => {
      const passages = vectors.slice(offset, offset + texts[index]!.length).map((v) => Array.from(v));
      offset += texts[index]!.length;
      profiles.set(industry.code, passages.map(unit));
      return { industryCode: industry.code, vectors: passages, model: store.embeddingModel, textHash: profileTextHash(industry) };
    });
    await store.graph.writeTx((tx) => repo.save(tx, fresh));
  }
  return profiles;
}

/** The fields outside every industry embedded with the model: stored when their texts are unchanged, else embedded now (when the model is at hand) and stored. */
async function outsideFieldVectors(store: FilingStore): Promise<ArrayLike<number>[]> {
  const { industryProfiles: repo } = store.repos;
  const hash = outsideTextHash(OUTSIDE_FIELDS);
  const stored = await repo.outsideVectors(store.embeddingModel);
  if (stored && stored.textHash === hash) return stored.vectors.map(unit);
  if (!store.embedPassages) return [];
  const vectors = (await store.embedPassages(OUTSIDE_FIELDS.map(outsideText))).map((v) => Array.from(v));
  await store.graph.writeTx((tx) => repo.saveOutsideVectors(tx, store.embeddingModel, vectors, hash));
  return vectors.map(unit);
}

/**
 * The documents librarians confirmed, as vectors of the model: under each industry (filed by a
 * librarian, or in a topic a librarian mapped onto it), and outside every industry (a librarian
 * filed them under none).
 */
async function confirmedVectors(
  store: FilingStore,
): Promise<{ industries: Map<string, ArrayLike<number>[]>; outside: ArrayLike<number>[] }> {
  const { industryFilings } = store.repos;
  const confirmedIds = new Map<string, Set<string>>();
  for (const group of [...(await industryFilings.confirmedDocumentIds()), ...(await industryFilings.confirmedByTopic())]) {
    const ids = confirmedIds.get(group.industryCode) ?? new Set<string>();
    group.documentIds.forEach((id) => ids.add(id));
    confirmedIds.set(group.industryCode, ids);
  }
  const outsideIds = await industryFilings.confirmedOutsideIds();
  const wanted = [...new Set([...[...confirmedIds.values()].flatMap((ids) => [...ids]), ...outsideIds])];
  const vectors = new Map(
    wanted.length === 0
      ? []
      : (await store.repos.documentEmbeddings.embeddings(store.embeddingModel, wanted)).map((r) => [r.id, r.embedding] as const),
  );
  const known = (ids: Iterable<string>) => [...ids].flatMap((id) => (vectors.has(id) ? [vectors.get(id)!] : []));
  return {
    industries: new Map([...confirmedIds].map(([code, ids]) => [code, known(ids)])),
    outside: known(outsideIds),
  };
}
