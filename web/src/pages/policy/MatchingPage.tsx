import { useEffect, useRef, useState, type FormEvent } from 'react';
import { QUALIFICATION } from '../../app/labels';
import { Link } from '../../app/router';
import { industryTree, useTaxonomy } from '../../app/taxonomy';
import { useQuery } from '../../app/useQuery';
import { useUrlFilters } from '../../app/useUrlFilters';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { MatchPoliciesQuery } from '../../gql/graphql';
import { EMPTY_PROFILE, PROFILE_PARAMS, profileInput, profileProblems, STORAGE_KEY, type ProfileForm } from './matching-profile';

const MatchPoliciesDocument = graphql(`
  query MatchPolicies($profile: CompanyProfile!) {
    matchPolicies(profile: $profile, first: 50) {
      edges {
        node {
          policy {
            id
            label
          }
          status
          reasons
          missing
        }
      }
    }
  }
`);

const TALENT_TYPES = ['博士', '硕士', '海外留学人员', '国家级人才', '省级人才', '市级人才'];

type Match = MatchPoliciesQuery['matchPolicies']['edges'][number]['node'];

export function MatchingPage() {
  const { applied: submitted, draft: form, setDraft: setForm, apply, clear } = useUrlFilters(PROFILE_PARAMS);
  const hasProfile = submitted.industries.length > 0;
  const [problems, setProblems] = useState<ReturnType<typeof profileProblems>>({});
  const taxonomy = useTaxonomy();

  const opened = useRef(false);
  useEffect(() => {
    // Opened without a profile in the URL: bring back the last one this browser used (once, not on back).
    if (opened.current) return;
    opened.current = true;
    if (hasProfile) return;
    const saved = localStorage.getItem(STORAGE_KEY);
    if (!saved) return;
    try {
      apply({ ...EMPTY_PROFILE, ...(JSON.parse(saved) as Partial<ProfileForm>) }, { replace: true });
    } catch {
      localStorage.removeItem(STORAGE_KEY);
    }
  }, [hasProfile, apply]);

  // A shared link can carry values the form would refuse: say so instead of asking the server.
  const linkInvalid = hasProfile && Object.keys(profileProblems(submitted)).length > 0;
  useEffect(() => {
    if (linkInvalid) setProblems(profileProblems(submitted));
  }, [linkInvalid, submitted]);
  const result = useQuery(MatchPoliciesDocument, { profile: profileInput(submitted) }, { skip: !hasProfile || linkInvalid });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = profileProblems(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    localStorage.setItem(STORAGE_KEY, JSON.stringify(form));
    apply(form);
  };
  const toggle = (field: 'industries' | 'qualifications' | 'talentTypes', value: string, on: boolean) =>
    setForm((f) => ({ ...f, [field]: on ? [...f[field], value] : f[field].filter((v) => v !== value) }));
  const set = (field: 'region' | 'foundedOn' | 'employees' | 'revenue' | 'rdStaff', value: string) =>
    setForm((f) => ({ ...f, [field]: value }));

  const industries = industryTree(taxonomy.data?.industries ?? []);
  const counties = (taxonomy.data?.regions ?? []).filter((r) => r.level === 'COUNTY' || r.level === 'CITY');
  const matches: Match[] = result.data?.matchPolicies.edges.map((e) => e.node) ?? [];
  const applies = matches.filter((m) => m.status === 'APPLIES');
  const nearly = matches.filter((m) => m.status === 'NEARLY');
  const hint = (field: keyof ProfileForm) =>
    problems[field] ? (
      <span className="field-error" id={`${field}-error`}>
        {problems[field]}
      </span>
    ) : null;
  const describedBy = (field: keyof ProfileForm) => (problems[field] ? `${field}-error` : undefined);

  return (
    <section aria-labelledby="matching-heading">
      <h2 id="matching-heading">政策匹配</h2>
      <p className="lead">填写企业情况，查看适用的现行政策，以及还差哪些条件。企业信息只保存在本浏览器中。</p>
      <form className="profile" onSubmit={submit} noValidate aria-label="企业情况">
        <fieldset className="industry-picker" aria-describedby={describedBy('industries')}>
          <legend>所属产业（可多选）</legend>
          {taxonomy.error && <ErrorMessage error={taxonomy.error} prefix="产业目录加载失败" retry={taxonomy.reload} />}
          {taxonomy.loading && <Loading>正在加载产业目录…</Loading>}
          <div className="checks">
            {industries.map((i) => (
              <label key={i.code} className={i.depth > 0 ? 'child' : undefined}>
                <input
                  type="checkbox"
                  name="industry"
                  value={i.code}
                  checked={form.industries.includes(i.code)}
                  onChange={(e) => toggle('industries', i.code, e.target.checked)}
                />
                {i.name}
              </label>
            ))}
          </div>
          {hint('industries')}
        </fieldset>
        <div className="grid">
          <label>
            注册地（区县）
            <select value={form.region} onChange={(e) => set('region', e.target.value)}>
              <option value="">未填写</option>
              {counties.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            成立日期
            <input
              type="date"
              value={form.foundedOn}
              onChange={(e) => set('foundedOn', e.target.value)}
              aria-invalid={!!problems.foundedOn}
              aria-describedby={describedBy('foundedOn')}
            />
            {hint('foundedOn')}
          </label>
          <label>
            员工人数
            <input
              inputMode="numeric"
              value={form.employees}
              onChange={(e) => set('employees', e.target.value)}
              aria-invalid={!!problems.employees}
              aria-describedby={describedBy('employees')}
            />
            {hint('employees')}
          </label>
          <label>
            上年营业收入（万元）
            <input
              inputMode="numeric"
              value={form.revenue}
              onChange={(e) => set('revenue', e.target.value)}
              aria-invalid={!!problems.revenue}
              aria-describedby={describedBy('revenue')}
            />
            {hint('revenue')}
          </label>
          <label>
            研发人员数
            <input
              inputMode="numeric"
              value={form.rdStaff}
              onChange={(e) => set('rdStaff', e.target.value)}
              aria-invalid={!!problems.rdStaff}
              aria-describedby={describedBy('rdStaff')}
            />
            {hint('rdStaff')}
          </label>
        </div>
        <fieldset>
          <legend>企业资质</legend>
          <div className="checks inline">
            {Object.entries(QUALIFICATION).map(([value, label]) => (
              <label key={value}>
                <input
                  type="checkbox"
                  checked={form.qualifications.includes(value)}
                  onChange={(e) => toggle('qualifications', value, e.target.checked)}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>人才类型</legend>
          <div className="checks inline">
            {TALENT_TYPES.map((t) => (
              <label key={t}>
                <input
                  type="checkbox"
                  checked={form.talentTypes.includes(t)}
                  onChange={(e) => toggle('talentTypes', t, e.target.checked)}
                />
                {t}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit">查找适用政策</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              localStorage.removeItem(STORAGE_KEY);
              setProblems({});
              clear();
            }}
          >
            清空
          </button>
        </div>
      </form>
      <div aria-live="polite" className="results">
        {!hasProfile ? (
          <Empty>选择至少一个产业后，点击“查找适用政策”。</Empty>
        ) : linkInvalid ? (
          <p role="alert">链接中的企业信息有误，请按提示修改后重新查找。</p>
        ) : result.error ? (
          <ErrorMessage error={result.error} prefix="匹配失败" retry={result.reload} />
        ) : result.loading || !result.data ? (
          <Loading>正在匹配政策…</Loading>
        ) : applies.length + nearly.length === 0 ? (
          <Empty>暂无匹配的现行政策。可以补充企业信息或换选相关产业再试。</Empty>
        ) : (
          <>
            <MatchGroup id="applies" title={`适用（${applies.length}）`} matches={applies} emptyText="暂无完全适用的政策。" />
            <MatchGroup id="nearly" title={`接近（${nearly.length}）`} matches={nearly} emptyText="暂无接近适用的政策。" />
          </>
        )}
      </div>
    </section>
  );
}

function MatchGroup({ id, title, matches, emptyText }: { id: string; title: string; matches: Match[]; emptyText: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`match-group ${id}`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {matches.length === 0 ? (
        <p className="empty">{emptyText}</p>
      ) : (
        <ol className="cards">
          {matches.map((m) => (
            <li key={m.policy.id} className="card match">
              <h4>
                <Link to={`/policies/${encodeURIComponent(m.policy.id)}`}>{m.policy.label}</Link>
              </h4>
              {m.reasons.length > 0 && (
                <>
                  <p className="label">符合：</p>
                  <ul className="reasons">
                    {m.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </>
              )}
              {m.missing.length > 0 && (
                <>
                  <p className="label">还差：</p>
                  <ul className="missing">
                    {m.missing.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
