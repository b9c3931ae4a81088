import { z } from 'zod';
import type { EntityFields, EntityType } from '../../domain/entity/types.js';
import { ValidationError } from '../../lib/errors.js';

/** What a curator may write into a person, organisation or project, checked before any transaction opens. */

const Url = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).max(2000);
const optionalText = (max: number) => z.string().trim().max(max, `at most ${max} characters`).nullable().optional();

const FIELD_SCHEMAS = {
  name: z.string().trim().min(1, 'a name is needed').max(200, 'at most 200 characters'),
  description: optionalText(5000),
  title: optionalText(100),
  aliases: z.array(z.string().trim().min(1).max(100)).max(20, 'at most 20 aliases'),
  kind: z.enum(['COMPANY', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'GOVERNMENT', 'INCUBATOR', 'ASSOCIATION', 'OTHER']).nullable().optional(),
  website: Url.nullable().optional(),
  creditCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, 'expected an 18-character 统一社会信用代码')
    .nullable()
    .optional(),
  status: z.enum(['PLANNED', 'ACTIVE', 'COMPLETED', 'SUSPENDED']).nullable().optional(),
  startedOn: z.iso.date('expected a date such as 2024-03-01').nullable().optional(),
} satisfies Record<keyof EntityFields, z.ZodType>;

export const FIELDS_OF: Record<EntityType, readonly (keyof EntityFields)[]> = {
  Person: ['name', 'description', 'title'],
  Organization: ['name', 'description', 'aliases', 'kind', 'website', 'creditCode'],
  Project: ['name', 'description', 'status', 'startedOn'],
};

/** Validates the fields given for this type; `creating` requires a name. */
export function validateFields(type: EntityType, input: Record<string, unknown>, creating: boolean): EntityFields {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!(FIELDS_OF[type] as readonly string[]).includes(key)) throw ValidationError(`${type} has no field ${key}`, { field: key });
    if (key === 'name' && value === null) throw ValidationError('name: a name is needed', { field: 'name' });
    const parsed = FIELD_SCHEMAS[key as keyof EntityFields].safeParse(value);
    if (!parsed.success) throw ValidationError(`${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, { field: key });
    out[key] = parsed.data;
  }
  if (creating && out.name === undefined) throw ValidationError('name: a name is needed', { field: 'name' });
  return out;
}

export function validateSourceUrl(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const parsed = Url.safeParse(value);
  if (!parsed.success) throw ValidationError('sourceUrl: expected an http(s) URL', { field: 'sourceUrl' });
  return parsed.data;
}
