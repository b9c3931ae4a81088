import { ValidationError } from '../../lib/errors.js';
import { httpUrl } from '../../lib/safe-url.js';

/**
 * Learning paths for founders (创业知识学习库): a librarian's ordered list of steps, each a
 * document or a policy of the library or an external http(s) link, with a short note. The rules
 * here are pure: what a valid path is, and how steps are moved, added and removed.
 */

export const LEARNING_STEP_KINDS = ['DOCUMENT', 'POLICY', 'LINK'] as const;
export type LearningStepKind = (typeof LEARNING_STEP_KINDS)[number];

export type LearningPathStatus = 'DRAFT' | 'PUBLISHED';

export interface LearningStep {
  kind: LearningStepKind;
  /** The document's or policy's id (DOCUMENT, POLICY); null for a link. */
  targetId: string | null;
  /** The external address (LINK only): http(s). */
  url: string | null;
  /** What the step is called; for a document or policy, its title when the librarian gave none. */
  title: string;
  note: string;
}

export interface LearningPathFields {
  slug: string;
  title: string;
  summary: string;
  /** null: a general path, for founders of every industry. */
  industryCode: string | null;
  steps: LearningStep[];
}

export interface LearningPathRecord extends LearningPathFields {
  id: string;
  status: LearningPathStatus;
  version: number;
  deleted: boolean;
  /** The library whose librarians curate it; null for the operator's (CLI, seed) paths. */
  libraryId: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export const LEARNING_LIMITS = { title: 100, summary: 1_000, stepTitle: 200, note: 500, steps: 40, url: 2_000 } as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : value === null || value === undefined ? '' : null);

function text(field: string, value: unknown, max: number, required: boolean): string {
  const s = str(value);
  if (s === null) throw ValidationError(`${field}: expected text`, { field });
  if (required && s === '') throw ValidationError(`${field}: cannot be empty`, { field });
  if (s.length > max) throw ValidationError(`${field}: at most ${max} characters`, { field, max });
  return s;
}

/** One step as a librarian or an import file gives it, checked; `index` names it in errors. */
export function validateStep(input: Record<string, unknown>, index: number): LearningStep {
  const field = (name: string) => `steps[${index}].${name}`;
  const kind = input.kind;
  if (!LEARNING_STEP_KINDS.includes(kind as LearningStepKind)) {
    throw ValidationError(`${field('kind')}: expected one of ${LEARNING_STEP_KINDS.join(', ')}`, { field: field('kind') });
  }
  const note = text(field('note'), input.note, LEARNING_LIMITS.note, false);
  if (kind === 'LINK') {
    const raw = text(field('url'), input.url, LEARNING_LIMITS.url, true);
    const url = httpUrl(raw);
    // Only absolute http(s) addresses: no javascript:, data:, relative or schemeless links.
    if (!url || !/^https?:\/\//i.test(raw)) throw ValidationError(`${field('url')}: expected an http(s) address`, { field: field('url') });
    const title = text(field('title'), input.title, LEARNING_LIMITS.stepTitle, true);
    return { kind, targetId: null, url, title, note };
  }
  const targetId = text(field('target'), input.targetId ?? input.target, 200, true);
  const title = text(field('title'), input.title, LEARNING_LIMITS.stepTitle, false);
  return { kind: kind as LearningStepKind, targetId, url: null, title, note };
}

/** A whole path's fields, checked (every step in its order); the first problem is refused with VALIDATION. */
export function validatePath(input: Record<string, unknown>): LearningPathFields {
  const slug = text('slug', input.slug, 60, true).toLowerCase();
  if (!SLUG.test(slug))
    throw ValidationError('slug: lower-case letters, digits and single hyphens, e.g. register-company', { field: 'slug' });
  const title = text('title', input.title, LEARNING_LIMITS.title, true);
  const summary = text('summary', input.summary, LEARNING_LIMITS.summary, false);
  const industry = str(input.industryCode ?? input.industry);
  if (industry === null) throw ValidationError('industry: expected an industry code', { field: 'industry' });
  const rawSteps = input.steps ?? [];
  if (!Array.isArray(rawSteps)) throw ValidationError('steps: expected a list', { field: 'steps' });
  if (rawSteps.length > LEARNING_LIMITS.steps) {
    throw ValidationError(`steps: at most ${LEARNING_LIMITS.steps}`, { field: 'steps', max: LEARNING_LIMITS.steps });
  }
  const steps = rawSteps.map((step, index) => {
    if (typeof step !== 'object' || step === null) throw ValidationError(`steps[${index}]: expected a step`, { field: `steps[${index}]` });
    return validateStep(step as Record<string, unknown>, index);
  });
  return { slug, title, summary, industryCode: industry === '' ? null : industry, steps };
}

/** The steps with the one at `from` moved to `to` (both 0-based, clamped to the list). */
export function moveStep<T>(steps: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= steps.length) return [...steps];
  const out = [...steps];
  const [moved] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(to, out.length)), 0, moved!);
  return out;
}

/** The steps without the one at `index`. */
export const removeStep = <T>(steps: readonly T[], index: number): T[] => steps.filter((_, i) => i !== index);

/** The words search finds a path by: its title, summary and its steps' titles and notes. */
export const searchTextOf = (path: LearningPathFields): string =>
  [path.title, path.summary, ...path.steps.flatMap((step) => [step.title, step.note])].filter(Boolean).join('\n');
