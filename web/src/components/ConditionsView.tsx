import { QUALIFICATION } from '../app/labels';

interface Conditions {
  industryCodes: string[];
  regionCodes: string[];
  minAgeYears?: number | null;
  maxAgeYears?: number | null;
  minEmployees?: number | null;
  maxEmployees?: number | null;
  minRevenue?: number | null;
  maxRevenue?: number | null;
  minRdStaff?: number | null;
  qualifications: string[];
  talentTypes: string[];
  validFrom?: string | null;
  validUntil?: string | null;
}

const range = (min: number | null | undefined, max: number | null | undefined, unit: string) =>
  min != null && max != null
    ? `${min}–${max} ${unit}`
    : min != null
      ? `不少于 ${min} ${unit}`
      : max != null
        ? `不超过 ${max} ${unit}`
        : null;

/** A policy's curated eligibility conditions as a definition list. */
export function ConditionsView({ conditions, names }: { conditions: Conditions; names: (code: string) => string }) {
  const rows: [string, string | null][] = [
    ['产业', conditions.industryCodes.map(names).join('、') || null],
    ['注册地', conditions.regionCodes.map(names).join('、') || null],
    ['成立年限', range(conditions.minAgeYears, conditions.maxAgeYears, '年')],
    ['员工人数', range(conditions.minEmployees, conditions.maxEmployees, '人')],
    ['营业收入', range(conditions.minRevenue, conditions.maxRevenue, '万元')],
    ['研发人员', conditions.minRdStaff != null ? `不少于 ${conditions.minRdStaff} 人` : null],
    ['资质', conditions.qualifications.map((q) => QUALIFICATION[q] ?? q).join('、') || null],
    ['人才类型（其一）', conditions.talentTypes.join('、') || null],
    ['有效期', conditions.validFrom || conditions.validUntil ? `${conditions.validFrom ?? '—'} 至 ${conditions.validUntil ?? '—'}` : null],
  ];
  const shown = rows.filter(([, value]) => value);
  if (shown.length === 0) return <p className="empty">未设定申报条件。</p>;
  return (
    <dl className="facts">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
