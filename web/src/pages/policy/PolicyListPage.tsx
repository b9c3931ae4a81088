import { formatDate, LEVEL, VALIDITY } from '../../app/labels';
import { Link } from '../../app/router';
import { useTaxonomy } from '../../app/taxonomy';
import { IndustrySelect } from '../../app/IndustrySelect';
import { pageOf, usePaged } from '../../app/usePaged';
import { urlParam, useUrlFilters, type UrlFilterValues } from '../../app/useUrlFilters';
import { LoadMore } from '../../components/LoadMore';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { ValidityBadge } from '../../components/ValidityBadge';
import { graphql } from '../../gql';
import type { PolicyFilter, RegionLevel, PolicyValidity } from '../../gql/graphql';

const PoliciesDocument = graphql(`
  query Policies($filter: PolicyFilter, $after: String) {
    policies(filter: $filter, first: 20, after: $after) {
      edges {
        node {
          id
          title
          documentNumber
          issuer
          publishedDate
          validity
          level
          region {
            name
          }
          industries {
            code
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const FILTERS = {
  industry: urlParam.text(),
  region: urlParam.text(),
  level: urlParam.text(),
  issuer: urlParam.text(),
  validity: urlParam.text(),
  from: urlParam.text(),
  to: urlParam.text(),
};
type Values = UrlFilterValues<typeof FILTERS>;

function filterOf(values: Values): PolicyFilter {
  return {
    industry: values.industry || undefined,
    region: values.region || undefined,
    level: (values.level || undefined) as RegionLevel | undefined,
    issuer: values.issuer.trim() || undefined,
    validity: (values.validity || undefined) as PolicyValidity | undefined,
    from: values.from || undefined,
    to: values.to || undefined,
  };
}

export function PolicyListPage() {
  const { applied, draft, change, submit, clear, active } = useUrlFilters(FILTERS);
  const taxonomy = useTaxonomy();
  const list = usePaged(PoliciesDocument, { filter: filterOf(applied) }, (r) => pageOf(r.policies));

  return (
    <section aria-labelledby="policies-heading">
      <h2 id="policies-heading">政策文件</h2>
      <form className="filters" onSubmit={submit} aria-label="筛选政策">
        <label>
          产业
          <IndustrySelect value={draft.industry} onChange={(code) => change('industry', code, { apply: true })} noneLabel="全部产业" />
        </label>
        <label>
          地区
          <select value={draft.region} onChange={(e) => change('region', e.target.value, { apply: true })}>
            <option value="">全部地区</option>
            {taxonomy.data?.regions
              .filter((r) => r.level === 'CITY' || r.level === 'COUNTY' || r.level === 'PROVINCE')
              .map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          层级
          <select value={draft.level} onChange={(e) => change('level', e.target.value, { apply: true })}>
            <option value="">全部层级</option>
            {Object.entries(LEVEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          效力
          <select value={draft.validity} onChange={(e) => change('validity', e.target.value, { apply: true })}>
            <option value="">全部</option>
            {Object.entries(VALIDITY).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          发文机关
          <input type="search" value={draft.issuer} placeholder="如：科学技术局" onChange={(e) => change('issuer', e.target.value)} />
        </label>
        <label>
          发布日期起
          <input type="date" value={draft.from} onChange={(e) => change('from', e.target.value)} />
        </label>
        <label>
          发布日期止
          <input type="date" value={draft.to} onChange={(e) => change('to', e.target.value)} />
        </label>
        <div className="actions">
          <button type="submit">筛选</button>
          {active && (
            <button type="button" className="secondary" onClick={clear}>
              清除条件
            </button>
          )}
        </div>
      </form>
      <div aria-live="polite" className="results">
        {list.error ? (
          <ErrorMessage error={list.error} prefix="政策加载失败" retry={list.reload} />
        ) : list.loading ? (
          <Loading>正在加载政策…</Loading>
        ) : list.items.length === 0 ? (
          <Empty>{active ? '没有符合条件的政策，请放宽筛选条件。' : '暂无政策。'}</Empty>
        ) : (
          <ul className="cards policies">
            {list.items.map((p) => (
              <li key={p.id} className="card policy">
                <h3>
                  <Link to={`/policies/${encodeURIComponent(p.id)}`}>{p.title}</Link>
                </h3>
                <p className="meta">
                  <ValidityBadge validity={p.validity} /> {p.documentNumber && <span>{p.documentNumber}</span>}{' '}
                  {p.issuer && <span>{p.issuer}</span>} <span>发布：{formatDate(p.publishedDate)}</span>{' '}
                  <span>{p.region?.name ?? LEVEL[p.level]}</span>
                </p>
                {p.industries.length > 0 && (
                  <p className="keywords">
                    {p.industries.map((i) => (
                      <Link key={i.code} to={`/industries/${encodeURIComponent(i.code)}`} className="tag">
                        {i.name}
                      </Link>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
    </section>
  );
}
