import { z } from 'zod';
import type { Repositories } from '../../graph/repositories/index.js';
import {
  CONDITION_FIELDS,
  type Candidate,
  type Clause,
  type ConditionField,
  type Conditions,
  type ConditionsRecord,
  type Qualification,
} from '../../domain/policy/conditions.js';
import type { Viewer } from '../../domain/account/access.js';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { offsetAfter, offsetConnection, pageSize, type Connection } from '../../lib/connection.js';
import { requireScope } from '../../domain/account/access.js';
import { recordAudit } from '../audit/audit.js';
import type { PolicyStore } from './store.js';

/**
 * Policy matching for founders: which policies in force apply to a company profile, ranked,
 * each with the reasons it applies and, for those that nearly apply, what is missing.
 * Industry and region are hard conditions (a company cannot change them for a policy);
 * everything else a company can still meet shows up as "missing".
 */

export const QUALIFICATION_NAMES: Record<Qualification, string> = {
  HIGH_TECH: '高新技术企业',
  SPECIALIZED: '专精特新企业',
  TECH_SME: '科技型中小企业',
};

const count = z.number().int().min(0).max(10_000_000).nullable().default(null);
const date = z.iso.date('expected a date such as 2024-03-01').nullable().default(null);
const codes = z.array(z.string().trim().min(1).max(40)).max(50).default([]);
const QualificationSchema = z.enum(['HIGH_TECH', 'SPECIALIZED', 'TECH_SME']);

const ConditionsSchema = z
  .object({
    industryCodes: codes,
    regionCodes: codes,
    minAgeYears: count,
    maxAgeYears: count,
    minEmployees: count,
    maxEmployees: count,
    minRevenue: count,
    maxRevenue: count,
    minRdStaff: count,
    qualifications: z.array(QualificationSchema).max(3).default([]),
    talentTypes: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
    validFrom: date,
    validUntil: date,
    clauses: z
      .array(
        z.object({
          field: z.enum(CONDITION_FIELDS as [ConditionField, ...ConditionField[]]),
          text: z.string().trim().min(1, 'a clause needs its text').max(500),
        }),
      )
      .max(30)
      .default([]),
  })
  .refine((c) => c.minAgeYears === null || c.maxAgeYears === null || c.minAgeYears <= c.maxAgeYears, 'minAgeYears is above maxAgeYears')
  .refine(
    (c) => c.minEmployees === null || c.maxEmployees === null || c.minEmployees <= c.maxEmployees,
    'minEmployees is above maxEmployees',
  )
  .refine((c) => c.minRevenue === null || c.maxRevenue === null || c.minRevenue <= c.maxRevenue, 'minRevenue is above maxRevenue')
  .refine((c) => c.validFrom === null || c.validUntil === null || c.validFrom <= c.validUntil, 'validFrom is after validUntil');

const ProfileSchema = z.object({
  industries: z.array(z.string().trim().min(1).max(40)).min(1, 'name at least one industry').max(10),
  region: z.string().trim().max(12).nullable().default(null),
  foundedOn: date,
  employees: count,
  revenue: count,
  rdStaff: count,
  qualifications: z.array(QualificationSchema).max(3).default([]),
  talentTypes: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
});

export type CompanyProfile = z.infer<typeof ProfileSchema>;

/** GraphQL sends explicit nulls for omitted optional fields' siblings; treat null as "not given". */
const withoutNulls = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null))
    : value;

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(withoutNulls(value));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw ValidationError(`${what}${issue?.path.length ? `.${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid'}`, {
      field: what,
    });
  }
  return parsed.data;
}

export async function setPolicyConditions(
  { graph, repos }: PolicyStore,
  actor: Viewer,
  policyId: string,
  version: number | null,
  input: unknown,
): Promise<ConditionsRecord> {
  const conditions: Conditions = parse(ConditionsSchema, input, 'conditions');
  return graph.writeTx(async (tx) => {
    const policy = await repos.policyConditions.policy(tx, policyId);
    if (!policy) throw NotFoundError('Policy', policyId);
    requireScope(actor, policy);
    const before = await repos.policyConditions.lock(tx, policyId);
    const current = before?.version ?? 0;
    if ((version ?? 0) !== current) {
      throw ConflictError(`the conditions of policy ${policyId} were changed by someone else (version ${current}, yours ${version ?? 0})`, {
        currentVersion: current,
      });
    }
    const after = await repos.policyConditions.save(tx, policyId, conditions, actor.id);
    await recordAudit(repos, tx, actor, 'CONDITIONS', 'Policy', policyId, before, after);
    return after;
  });
}

/** The clause (between sentence or list punctuation) of `text` that holds position `at`. */
function clauseAround(text: string, at: number, length: number): string {
  const stops = /[。；;\n]/g;
  let start = 0;
  for (let m = stops.exec(text); m && m.index < at; m = stops.exec(text)) start = m.index + 1;
  const rest = text.slice(at + length).search(/[。；;\n]/);
  const end = rest === -1 ? text.length : at + length + rest;
  return text.slice(start, end).trim();
}

/**
 * Conditions read from the policy text, for a librarian to check and save; never applied
 * by themselves. `evidence` quotes the matched words; `clauses` the whole clause per condition.
 */
export function suggestConditions(text: string): Partial<Omit<Conditions, 'clauses'>> & { evidence: string[]; clauses: Clause[] } {
  const out: Partial<Omit<Conditions, 'clauses'>> & { evidence: string[]; clauses: Clause[] } = { evidence: [], clauses: [] };
  const found = (pattern: RegExp, field: ConditionField) => {
    const match = pattern.exec(text);
    if (match) {
      out.evidence.push(match[0]);
      out.clauses.push({ field, text: clauseAround(text, match.index, match[0].length) });
    }
    return match;
  };
  const quals = (Object.entries(QUALIFICATION_NAMES) as [Qualification, string][])
    .filter(([, name]) => text.includes(name.replace(/企业$/, '')))
    .map(([code]) => code);
  if (quals.length) {
    out.qualifications = quals;
    out.evidence.push(...quals.map((q) => QUALIFICATION_NAMES[q]));
    for (const q of quals) {
      const name = QUALIFICATION_NAMES[q].replace(/企业$/, '');
      const clause = clauseAround(text, text.indexOf(name), name.length);
      if (!out.clauses.some((c) => c.field === 'QUALIFICATIONS' && c.text === clause))
        out.clauses.push({ field: 'QUALIFICATIONS', text: clause });
    }
  }
  const age = found(/成立(?:时间)?(?:不满|未满|不超过|在)\s*(\d+)\s*年/, 'AGE');
  if (age) out.maxAgeYears = Number(age[1]);
  const rd = found(/研发人员[^。；;]{0,12}?(?:不少于|不低于|达到|≥)\s*(\d+)\s*(?:人|名)/, 'RD_STAFF');
  if (rd) out.minRdStaff = Number(rd[1]);
  const revenue = found(/(?:营业收入|销售收入|营收)[^。；;]{0,10}?(?:不低于|不少于|达到|超过)\s*(\d+(?:\.\d+)?)\s*(亿|万)元/, 'REVENUE');
  if (revenue) out.minRevenue = Math.round(Number(revenue[1]) * (revenue[2] === '亿' ? 10_000 : 1));
  const staff = found(/(?:从业人员|职工人数|员工)[^。；;]{0,8}?(?:不超过|少于|低于)\s*(\d+)\s*人/, 'EMPLOYEES');
  if (staff) out.maxEmployees = Number(staff[1]);
  return out;
}

export interface PolicyMatch {
  policyId: string;
  title: string;
  status: 'APPLIES' | 'NEARLY';
  reasons: string[];
  missing: string[];
}

const yearsBetween = (from: string, to: string) => {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
};

/**
 * The policies that apply or nearly apply to the company on `today`, ranked; a page of them
 * after `after` (the whole ranking is computed, so `totalCount` comes with it).
 */
export async function matchPolicies(
  repos: Repositories,
  input: unknown,
  options: { today: string; first?: number | null; after?: string | null },
): Promise<Connection<PolicyMatch>> {
  const profile = parse(ProfileSchema, input, 'profile');
  const { today } = options;
  const first = pageSize(options.first);
  const offset = offsetAfter(options.after);
  const [industries, regions] = await Promise.all([
    repos.policyConditions.withAncestors('Industry', profile.industries),
    profile.region ? repos.policyConditions.withAncestors('Region', [profile.region]) : Promise.resolve([]),
  ]);
  if (industries.length === 0) throw ValidationError('profile.industries: no known industry code', { field: 'profile' });
  const candidates = await repos.policyConditions.candidates(
    [...new Set(industries.map((i) => i.code))],
    today,
    profile.region ? [...new Set(regions.map((r) => r.code))] : null,
  );
  const matches = candidates
    .map((c) => evaluate(c, profile, today, industries, regions))
    .filter((m): m is PolicyMatch & { rank: number } => m !== null);
  matches.sort((a, b) =>
    a.status === b.status ? b.rank - a.rank || a.title.localeCompare(b.title, 'zh') : a.status === 'APPLIES' ? -1 : 1,
  );
  const page = matches.slice(offset, offset + first).map(({ rank: _rank, ...match }) => match);
  return offsetConnection(page, offset, matches.length > offset + first, matches.length);
}

type Named = { code: string; name: string; of: string };

/** `（条款：“…”）` for the clauses a librarian recorded for a condition, or nothing. */
function citing(conditions: ConditionsRecord | null, field: ConditionField): string {
  const texts = (conditions?.clauses ?? []).filter((c) => c.field === field).map((c) => `“${c.text}”`);
  return texts.length ? `（条款：${texts.join('')}）` : '';
}

const REGION_NEEDED = '需提供注册地（区县）';

function evaluate(
  candidate: Candidate,
  profile: CompanyProfile,
  today: string,
  industries: Named[],
  regions: Named[],
): (PolicyMatch & { rank: number }) | null {
  const c = candidate.conditions;
  if (c?.validFrom && today < c.validFrom) return null;
  if (c?.validUntil && today > c.validUntil) return null;
  const reasons: string[] = [];
  const missing: string[] = [];
  const cite = (field: ConditionField) => citing(c, field);

  const linked = new Set(candidate.supports);
  const listed = new Set(c?.industryCodes ?? []);
  if (linked.size + listed.size > 0) {
    const hit = industries.find((i) => linked.has(i.code)) ?? industries.find((i) => listed.has(i.code));
    if (!hit) return null;
    const via = linked.has(hit.code) ? '政策支持产业' : '适用条件所列产业';
    reasons.push(`${hit.code === hit.of ? `产业：${hit.name}` : `产业：${hit.name}（含 ${hit.of}）`}，依据：${via}${cite('INDUSTRY')}`);
  }
  const area = candidate.region;
  if (area) {
    if (profile.region) {
      if (!regions.some((r) => r.code === area.code)) return null; // a company cannot move for a policy
      reasons.push(`适用地区：${area.name}`);
    } else if (area.level === 'COUNTY') missing.push(REGION_NEEDED);
  }
  if (c && c.regionCodes.length > 0) {
    if (!profile.region) {
      if (!missing.includes(REGION_NEEDED)) missing.push(REGION_NEEDED);
    } else {
      const hit = regions.find((r) => c.regionCodes.includes(r.code));
      if (!hit) return null;
      reasons.push(`注册地：${hit.name}${cite('REGION')}`);
    }
  }
  if (c) {
    if (c.minAgeYears !== null || c.maxAgeYears !== null) {
      if (!profile.foundedOn) missing.push(`需提供成立日期${cite('AGE')}`);
      else {
        const age = yearsBetween(profile.foundedOn, today);
        if (c.maxAgeYears !== null && age > c.maxAgeYears) return null; // a company cannot get younger
        if (c.minAgeYears !== null && age < c.minAgeYears) missing.push(`成立满 ${c.minAgeYears} 年（现 ${age} 年）${cite('AGE')}`);
        else reasons.push(`成立 ${age} 年，符合年限要求${cite('AGE')}`);
      }
    }
    range(profile.employees, c.minEmployees, c.maxEmployees, '从业人员', '人', cite('EMPLOYEES'), reasons, missing);
    range(profile.revenue, c.minRevenue, c.maxRevenue, '年营业收入', '万元', cite('REVENUE'), reasons, missing);
    range(profile.rdStaff, c.minRdStaff, null, '研发人员', '人', cite('RD_STAFF'), reasons, missing);
    for (const q of c.qualifications) {
      if (profile.qualifications.includes(q)) reasons.push(`已认定${QUALIFICATION_NAMES[q]}${cite('QUALIFICATIONS')}`);
      else missing.push(`需取得${QUALIFICATION_NAMES[q]}认定${cite('QUALIFICATIONS')}`);
    }
    if (c.talentTypes.length > 0) {
      const hit = c.talentTypes.find((t) => profile.talentTypes.includes(t));
      if (hit) reasons.push(`人才类型：${hit}${cite('TALENT')}`);
      else missing.push(`需引进人才类型之一：${c.talentTypes.join('、')}${cite('TALENT')}`);
    }
  }
  if (missing.length === 0)
    return { policyId: candidate.policyId, title: candidate.title, status: 'APPLIES', reasons, missing, rank: reasons.length };
  if (missing.length <= 2 && reasons.length > 0)
    return {
      policyId: candidate.policyId,
      title: candidate.title,
      status: 'NEARLY',
      reasons,
      missing,
      rank: reasons.length - 2 * missing.length,
    };
  return null;
}

function range(
  value: number | null,
  min: number | null,
  max: number | null,
  what: string,
  unit: string,
  clause: string,
  reasons: string[],
  missing: string[],
) {
  if (min === null && max === null) return;
  if (value === null) {
    missing.push(`需提供${what}${clause}`);
    return;
  }
  if (min !== null && value < min) missing.push(`${what}不少于 ${min} ${unit}（现 ${value} ${unit}）${clause}`);
  else if (max !== null && value > max) missing.push(`${what}不超过 ${max} ${unit}（现 ${value} ${unit}）${clause}`);
  else reasons.push(`${what} ${value} ${unit}，符合要求${clause}`);
}
