import { createHash } from 'node:crypto';
import type { ProfileSource } from '../../domain/industry/filing.js';
import { dot, normalise, type Vector } from './vectors.js';

/** What a profile is built from: an industry of the taxonomy. */
export interface IndustryDescription {
  code: string;
  name: string;
  description: string;
  keywords: readonly string[];
  classifications: ReadonlyArray<{ code: string; name: string }>;
}

/**
 * The passages embedded for an industry (with the documents' model, as passages): its name
 * with its description, its name with its keywords, and its GB/T 4754 class names. The
 * profile is their vectors, each compared with a document (its best cosine counts).
 */
export function profileTexts(industry: IndustryDescription): string[] {
  const texts = [`${industry.name}：${industry.description}`, `${industry.name}：${industry.keywords.join('、')}`];
  if (industry.classifications.length > 0) texts.push(`${industry.name}：${industry.classifications.map((c) => c.name).join('、')}`);
  return texts;
}

/** Changes with the texts and with what is stored of them (one vector per passage since `passages`). */
export const profileTextHash = (industry: IndustryDescription) =>
  createHash('sha256')
    .update(`passages:${JSON.stringify(profileTexts(industry))}`, 'utf8')
    .digest('hex');

/** The normalised mean of vectors (the zero vector for none). */
export function meanVector(vectors: readonly ArrayLike<number>[], dimensions: number): Vector {
  const mean = new Float32Array(dimensions);
  for (const v of vectors) for (let d = 0; d < dimensions; d++) mean[d]! += v[d]!;
  return normalise(mean);
}

/**
 * An industry's profile once librarians confirmed documents under it: its text profile moved
 * towards the centroid of those documents, the more the more there are (weight n / (n + k)).
 */
export function blendProfile(text: ArrayLike<number>, confirmed: readonly ArrayLike<number>[], k = 5): Vector {
  const dimensions = text.length;
  if (confirmed.length === 0) return normalise(Float32Array.from(text));
  const centroid = meanVector(confirmed, dimensions);
  const weight = confirmed.length / (confirmed.length + k);
  const blended = new Float32Array(dimensions);
  for (let d = 0; d < dimensions; d++) blended[d] = (1 - weight) * text[d]! + weight * centroid[d]!;
  return normalise(blended);
}

/**
 * The profiles the rule compares documents with: each industry's passage vectors, or once
 * librarians confirmed documents under it, one vector: the passages' mean moved towards them.
 */
export function industryProfiles(
  passages: ReadonlyMap<string, readonly ArrayLike<number>[]>,
  confirmed: ReadonlyMap<string, readonly ArrayLike<number>[]>,
): Map<string, { vectors: Vector[]; source: ProfileSource }> {
  const out = new Map<string, { vectors: Vector[]; source: ProfileSource }>();
  for (const [code, texts] of passages) {
    if (texts.length === 0) continue;
    const documents = confirmed.get(code) ?? [];
    const dimensions = texts[0]!.length;
    out.set(
      code,
      documents.length > 0
        ? { vectors: [blendProfile(meanVector(texts, dimensions), documents)], source: 'CONFIRMED' }
        : { vectors: texts.map((t) => normalise(Float32Array.from(t))), source: 'TEXT' },
    );
  }
  return out;
}

/** A field outside every industry as it is embedded: its name with its description (data/industries/outside.json). */
export interface OutsideField {
  name: string;
  description: string;
}

export const outsideText = (field: OutsideField) => `${field.name}：${field.description}`;

export const outsideTextHash = (fields: readonly OutsideField[]) =>
  createHash('sha256')
    .update(JSON.stringify(fields.map(outsideText)), 'utf8')
    .digest('hex');

/**
 * The profiles of what lies outside every industry: each field's text vector moved towards the
 * documents librarians filed under no industry that are nearest to it.
 */
export function outsideProfiles(fieldVectors: readonly ArrayLike<number>[], confirmedOutside: readonly ArrayLike<number>[]): Vector[] {
  const nearest: ArrayLike<number>[][] = fieldVectors.map(() => []);
  for (const document of confirmedOutside) {
    let best = -1;
    let bestCosine = -Infinity;
    fieldVectors.forEach((field, i) => {
      const cosine = dot(document, field);
      if (cosine > bestCosine) [best, bestCosine] = [i, cosine];
    });
    if (best >= 0) nearest[best]!.push(document);
  }
  return fieldVectors.map((field, i) => blendProfile(field, nearest[i]!));
}

/** The document's cosine to the nearest profile outside every industry (null without any). */
export function outsideSimilarity(vector: ArrayLike<number>, outside: readonly ArrayLike<number>[]): number | null {
  let best: number | null = null;
  for (const profile of outside) {
    const cosine = dot(vector, profile);
    if (best === null || cosine > best) best = cosine;
  }
  return best;
}
