import { urlParam, type UrlParam } from '../../app/useUrlFilters';
import type { CompanyProfile, Qualification } from '../../gql/graphql';

/** The company profile of the matching form, as it travels in the query string and localStorage. */
export interface ProfileForm {
  industries: string[];
  region: string;
  foundedOn: string;
  employees: string;
  revenue: string;
  rdStaff: string;
  qualifications: string[];
  talentTypes: string[];
}

export const EMPTY_PROFILE: ProfileForm = {
  industries: [],
  region: '',
  foundedOn: '',
  employees: '',
  revenue: '',
  rdStaff: '',
  qualifications: [],
  talentTypes: [],
};

export const STORAGE_KEY = 'hechuang.matching.profile';

/** The profile in the query string: the link to a match names its company. */
export const PROFILE_PARAMS = {
  industries: urlParam.list({ key: 'industry' }),
  region: urlParam.text(),
  foundedOn: urlParam.text({ key: 'founded' }),
  employees: urlParam.text(),
  revenue: urlParam.text(),
  rdStaff: urlParam.text({ key: 'rd' }),
  qualifications: urlParam.list({ key: 'q' }),
  talentTypes: urlParam.list({ key: 'talent' }),
} satisfies Record<keyof ProfileForm, UrlParam<string | string[]>>;

const count = (value: string) => (value.trim() === '' ? undefined : Number(value));

export function profileInput(form: ProfileForm): CompanyProfile {
  return {
    industries: form.industries,
    region: form.region || undefined,
    foundedOn: form.foundedOn || undefined,
    employees: count(form.employees),
    revenue: count(form.revenue),
    rdStaff: count(form.rdStaff),
    qualifications: form.qualifications as Qualification[],
    talentTypes: form.talentTypes,
  };
}

/** What is wrong with the form, in Chinese, field by field (the server checks again). */
export function profileProblems(form: ProfileForm): Partial<Record<keyof ProfileForm, string>> {
  const problems: Partial<Record<keyof ProfileForm, string>> = {};
  if (form.industries.length === 0) problems.industries = '请至少选择一个产业';
  for (const field of ['employees', 'revenue', 'rdStaff'] as const) {
    const value = form[field].trim();
    if (value !== '' && !/^\d+$/.test(value)) problems[field] = '请输入不小于 0 的整数';
  }
  if (form.foundedOn && form.foundedOn > new Date().toISOString().slice(0, 10)) problems.foundedOn = '成立日期不能晚于今天';
  return problems;
}
