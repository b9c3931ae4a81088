import cron from 'node-cron';
import { z } from 'zod';
import { SOURCE_KINDS, SOURCE_LEVELS, type SourceInput } from '../../domain/source/model.js';
import { AppError } from '../../lib/errors.js';

/** Validation of source definitions from a file, the CLI, OPML or the API. */

export class SourceDefinitionError extends AppError {
  constructor(readonly problems: string[]) {
    super('VALIDATION', `invalid source definition: ${problems.join('; ')}`, { problems });
  }
}

const selector = z.string().trim().min(1, 'expected a CSS selector');

const RulesSchema = z
  .object({
    listItem: selector,
    link: selector.optional(),
    listDate: selector.optional(),
    nextPage: selector.optional(),
    maxPages: z.number().int().min(1).max(50).optional(),
    detail: z
      .object({
        title: selector.optional(),
        content: selector.optional(),
        meta: selector.optional(),
        documentNumber: selector.optional(),
        issuer: selector.optional(),
        writtenDate: selector.optional(),
        publishedDate: selector.optional(),
        category: selector.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const httpUrl = z
  .string()
  .trim()
  .url('expected an absolute URL')
  .refine((value) => /^https?:\/\//i.test(value), 'expected an http or https URL');

export const SourceSchema = z
  .object({
    id: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9._-]{1,79}$/, 'expected 2–80 characters a–z, 0–9, ".", "_" or "-"'),
    name: z.string().trim().min(1, 'expected a name'),
    kind: z.enum(SOURCE_KINDS as [string, ...string[]], { error: `expected one of ${SOURCE_KINDS.join(', ')}` }),
    url: httpUrl,
    itemType: z.enum(['policy', 'news']).optional(),
    regionCode: z.string().trim().min(2).default('330400'),
    level: z.enum(SOURCE_LEVELS as [string, ...string[]], { error: `expected one of ${SOURCE_LEVELS.join(', ')}` }).default('嘉兴市'),
    industries: z.array(z.string().trim().min(1)).default([]),
    schedule: z
      .string()
      .trim()
      .default('17 */6 * * *')
      .refine((value) => cron.validate(value), 'expected a cron expression such as "0 */6 * * *"'),
    rules: RulesSchema.nullable().default(null),
    enabled: z.boolean().default(true),
    covers: z.string().trim().default(''),
    verified: z.boolean().default(false),
  })
  .strict()
  .superRefine((source, ctx) => {
    if (source.kind === 'html' && !source.rules) {
      ctx.addIssue({ code: 'custom', path: ['rules'], message: 'an html source needs rules with at least listItem' });
    }
    if (source.kind !== 'html' && source.rules) {
      ctx.addIssue({ code: 'custom', path: ['rules'], message: 'rules apply to html sources only' });
    }
  });

/** A validated source; html sources carry policies and feeds news unless `itemType` says otherwise. */
export function parseSource(value: unknown, where = 'source'): SourceInput {
  const parsed = SourceSchema.safeParse(value);
  if (!parsed.success) {
    throw new SourceDefinitionError(
      parsed.error.issues.map((issue) => `${where}${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`),
    );
  }
  const s = parsed.data;
  return {
    ...s,
    kind: s.kind as SourceInput['kind'],
    level: s.level as SourceInput['level'],
    itemType: s.itemType ?? (s.kind === 'html' ? 'policy' : 'news'),
  };
}

/** A list of definitions (a curated file): every problem is reported, and ids must be unique. */
export function parseSourceList(value: unknown, where = 'sources'): SourceInput[] {
  if (!Array.isArray(value)) throw new SourceDefinitionError([`${where}: expected a JSON array of sources`]);
  const problems: string[] = [];
  const sources: SourceInput[] = [];
  const seen = new Set<string>();
  value.forEach((entry, index) => {
    try {
      const source = parseSource(entry, `${where}[${index}]`);
      if (seen.has(source.id)) problems.push(`${where}[${index}].id: duplicate id ${source.id}`);
      seen.add(source.id);
      sources.push(source);
    } catch (error) {
      if (error instanceof SourceDefinitionError) problems.push(...error.problems);
      else throw error;
    }
  });
  if (problems.length > 0) throw new SourceDefinitionError(problems);
  return sources;
}
