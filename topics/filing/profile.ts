import { createHash } from 'node:crypto';
import type { ProfileSource } from '../../domain/industry/filing.js';
import { average, centred, normalise, type Vector } from './vectors.js';

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
 * profile is the normalised mean of their vectors.
 */
export function profileTexts(industry: IndustryDescription): string[] {
  const texts = [`${industry.name}：${industry.description}`, `${industry.name}：${industry.keywords.join('、')}`];
  if (industry.classifications.length > 0) texts.push(`${industry.name}：${industry.classifications.map((c) => c.name).join('、')}`);
  return texts;
}

export const profileTextHash = (industry: IndustryDescription) =>
  createHash('sha256')
    .update(JSON.stringify(profileTexts(industry)), 'utf8')
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
 * The profiles the rule compares centred documents with: each text profile centred on the
 * text profiles' mean, moved towards the (centred) documents librarians confirmed under it.
 */
export function centredProfiles(
  textProfiles: ReadonlyMap<string, ArrayLike<number>>,
  confirmed: ReadonlyMap<string, readonly ArrayLike<number>[]>,
): Map<string, { vector: Vector; source: ProfileSource }> {
  const out = new Map<string, { vector: Vector; source: ProfileSource }>();
  if (textProfiles.size === 0) return out;
  const profileMean = average([...textProfiles.values()], [...textProfiles.values()][0]!.length);
  for (const [code, text] of textProfiles) {
    const documents = confirmed.get(code) ?? [];
    out.set(code, { vector: blendProfile(centred(text, profileMean), documents), source: documents.length > 0 ? 'CONFIRMED' : 'TEXT' });
  }
  return out;
}
