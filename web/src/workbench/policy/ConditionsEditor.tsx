import { useEffect, useRef, useState, type FormEvent } from 'react';
import { QUALIFICATION } from '../../app/labels';
import { Link } from '../../app/router';
import { industryTree, useTaxonomy } from '../../app/taxonomy';
import { useQuery } from '../../app/useQuery';
import { ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { PolicyConditionsEditorQuery, PolicyConditionsInput, Qualification } from '../../gql/graphql';
import { useMutation } from '../../app/useMutation';

const EditorDocument = graphql(`
  query PolicyConditionsEditor($id: ID!) {
    policy(id: $id) {
      id
      title
      documentNumber
    }
    policyConditions(policyId: $id) {
      industryCodes
      regionCodes
      minAgeYears
      maxAgeYears
      minEmployees
      maxEmployees
      minRevenue
      maxRevenue
      minRdStaff
      qualifications
      talentTypes
      validFrom
      validUntil
      version
      updatedAt
    }
  }
`);

const SuggestDocument = graphql(`
  query SuggestPolicyConditions($id: ID!) {
    suggestPolicyConditions(policyId: $id) {
      maxAgeYears
      minRdStaff
      minRevenue
      maxEmployees
      qualifications
      evidence
    }
  }
`);

const SetConditionsDocument = graphql(`
  mutation SetPolicyConditions($id: ID!, $version: Int!, $conditions: PolicyConditionsInput!) {
    setPolicyConditions(policyId: $id, version: $version, conditions: $conditions) {
      version
    }
  }
`);

const NUMBERS = [
  ['minAgeYears', '成立年限下限（年）'],
  ['maxAgeYears', '成立年限上限（年）'],
  ['minEmployees', '员工人数下限'],
  ['maxEmployees', '员工人数上限'],
  ['minRevenue', '营业收入下限（万元）'],
  ['maxRevenue', '营业收入上限（万元）'],
  ['minRdStaff', '研发人员下限'],
] as const;
type NumberField = (typeof NUMBERS)[number][0];

interface Draft {
  industryCodes: string[];
  regionCodes: string[];
  numbers: Record<NumberField, string>;
  qualifications: string[];
  talentTypes: string;
  validFrom: string;
  validUntil: string;
}

function draftOf(c: PolicyConditionsEditorQuery['policyConditions']): Draft {
  const numbers = Object.fromEntries(NUMBERS.map(([f]) => [f, c?.[f]?.toString() ?? ''])) as Record<NumberField, string>;
  return {
    industryCodes: c?.industryCodes ?? [],
    regionCodes: c?.regionCodes ?? [],
    numbers,
    qualifications: c?.qualifications ?? [],
    talentTypes: c?.talentTypes.join('、') ?? '',
    validFrom: c?.validFrom ?? '',
    validUntil: c?.validUntil ?? '',
  };
}

function inputOf(d: Draft): PolicyConditionsInput | string {
  const input: PolicyConditionsInput = {
    industryCodes: d.industryCodes,
    regionCodes: d.regionCodes,
    qualifications: d.qualifications as Qualification[],
    talentTypes: d.talentTypes
      .split(/[、,，;；]/)
      .map((s) => s.trim())
      .filter(Boolean),
    validFrom: d.validFrom || null,
    validUntil: d.validUntil || null,
  };
  for (const [field, label] of NUMBERS) {
    const raw = d.numbers[field].trim();
    if (raw === '') input[field] = null;
    else if (!/^\d+$/.test(raw)) return `${label}：请输入不小于 0 的整数`;
    else input[field] = Number(raw);
  }
  return input;
}

/** A librarian's editor of one policy's eligibility conditions, with suggestions read from its text. */
export function ConditionsEditor({ policyId }: { policyId: string }) {
  const query = useQuery(EditorDocument, { id: policyId });
  const taxonomy = useTaxonomy();
  const [draft, setDraft] = useState<Draft>(() => draftOf(null));
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [suggest, setSuggest] = useState(false);
  const suggestion = useQuery(SuggestDocument, { id: policyId }, { skip: !suggest });
  const save = useMutation(SetConditionsDocument);
  const loaded = useRef(false);
  useEffect(() => {
    if (!query.data || loaded.current) return;
    loaded.current = true;
    setDraft(draftOf(query.data.policyConditions));
  }, [query.data]);

  if (query.error && !query.data) return <ErrorMessage error={query.error} prefix="加载失败" retry={query.reload} />;
  if (!query.data) return <Loading />;
  if (!query.data.policy) return <p role="alert">未找到该政策。</p>;
  const version = query.data.policyConditions?.version ?? 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const input = inputOf(draft);
    if (typeof input === 'string') {
      setProblem(input);
      return;
    }
    setProblem(undefined);
    const result = await save.run({ id: policyId, version, conditions: input });
    if (result) {
      setSaved(`已保存（第 ${result.setPolicyConditions.version} 版）。`);
      query.reload();
    }
  };
  const toggle = (field: 'industryCodes' | 'regionCodes' | 'qualifications', value: string, on: boolean) =>
    setDraft((d) => ({ ...d, [field]: on ? [...d[field], value] : d[field].filter((v) => v !== value) }));
  const applySuggestion = () => {
    const s = suggestion.data?.suggestPolicyConditions;
    if (!s) return;
    setDraft((d) => ({
      ...d,
      qualifications: [...new Set([...d.qualifications, ...s.qualifications])],
      numbers: {
        ...d.numbers,
        ...(s.maxAgeYears != null ? { maxAgeYears: String(s.maxAgeYears) } : {}),
        ...(s.minRdStaff != null ? { minRdStaff: String(s.minRdStaff) } : {}),
        ...(s.minRevenue != null ? { minRevenue: String(s.minRevenue) } : {}),
        ...(s.maxEmployees != null ? { maxEmployees: String(s.maxEmployees) } : {}),
      },
    }));
  };

  return (
    <section aria-labelledby="conditions-edit-heading" className="editor">
      <p className="crumbs">
        <Link to="/workbench/conditions">政策申报条件</Link> ›
      </p>
      <h3 id="conditions-edit-heading">
        <Link to={`/policies/${encodeURIComponent(policyId)}`}>{query.data.policy.title}</Link>
      </h3>
      <div className="suggestions">
        <button type="button" className="secondary" onClick={() => (suggest ? suggestion.reload() : setSuggest(true))}>
          从政策原文提取建议
        </button>
        <div aria-live="polite">
          {suggest && suggestion.loading && <Loading>正在分析原文…</Loading>}
          {suggestion.error && <ErrorMessage error={suggestion.error} prefix="提取失败" />}
          {suggestion.data &&
            (suggestion.data.suggestPolicyConditions && suggestion.data.suggestPolicyConditions.evidence.length > 0 ? (
              <div className="card">
                <p>原文中找到以下条件（请核对）：</p>
                <ul>
                  {suggestion.data.suggestPolicyConditions.evidence.map((e) => (
                    <li key={e}>
                      <q>{e}</q>
                    </li>
                  ))}
                </ul>
                <button type="button" onClick={applySuggestion}>
                  填入表单
                </button>
              </div>
            ) : (
              <p className="empty">原文中没有识别出条件。</p>
            ))}
        </div>
      </div>
      <form onSubmit={(e) => void submit(e)} className="stack" aria-label="申报条件">
        <fieldset className="industry-picker">
          <legend>适用产业（政策自身的产业之外）</legend>
          <div className="checks">
            {industryTree(taxonomy.data?.industries ?? []).map((i) => (
              <label key={i.code} className={i.depth > 0 ? 'child' : undefined}>
                <input
                  type="checkbox"
                  checked={draft.industryCodes.includes(i.code)}
                  onChange={(e) => toggle('industryCodes', i.code, e.target.checked)}
                />
                {i.name}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="industry-picker">
          <legend>注册地（不选即不限）</legend>
          <div className="checks">
            {taxonomy.data?.regions
              .filter((r) => r.level === 'CITY' || r.level === 'COUNTY')
              .map((r) => (
                <label key={r.code}>
                  <input
                    type="checkbox"
                    checked={draft.regionCodes.includes(r.code)}
                    onChange={(e) => toggle('regionCodes', r.code, e.target.checked)}
                  />
                  {r.name}
                </label>
              ))}
          </div>
        </fieldset>
        <div className="grid">
          {NUMBERS.map(([field, label]) => (
            <label key={field}>
              {label}
              <input
                inputMode="numeric"
                value={draft.numbers[field]}
                onChange={(e) => setDraft((d) => ({ ...d, numbers: { ...d.numbers, [field]: e.target.value } }))}
              />
            </label>
          ))}
          <label>
            有效期起
            <input type="date" value={draft.validFrom} onChange={(e) => setDraft((d) => ({ ...d, validFrom: e.target.value }))} />
          </label>
          <label>
            有效期止
            <input type="date" value={draft.validUntil} onChange={(e) => setDraft((d) => ({ ...d, validUntil: e.target.value }))} />
          </label>
        </div>
        <fieldset>
          <legend>资质要求</legend>
          <div className="checks inline">
            {Object.entries(QUALIFICATION).map(([value, label]) => (
              <label key={value}>
                <input
                  type="checkbox"
                  checked={draft.qualifications.includes(value)}
                  onChange={(e) => toggle('qualifications', value, e.target.checked)}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <label>
          人才类型（满足其一即可，用顿号分隔）
          <input value={draft.talentTypes} onChange={(e) => setDraft((d) => ({ ...d, talentTypes: e.target.value }))} />
        </label>
        <div aria-live="assertive">
          {problem && (
            <p className="error" role="alert">
              {problem}
            </p>
          )}
          {save.error && <ErrorMessage error={save.error} prefix="保存失败" />}
          {save.error?.code === 'CONFLICT' && (
            <button
              type="button"
              onClick={() => {
                save.clearError();
                query.reload();
              }}
            >
              载入最新版本（保留表单）
            </button>
          )}
          {saved && (
            <p className="success" role="status">
              {saved}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit" disabled={save.busy}>
            保存条件
          </button>
          <span className="meta">当前版本：第 {version} 版</span>
        </div>
      </form>
    </section>
  );
}
