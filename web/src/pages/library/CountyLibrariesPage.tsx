import { Link } from '../../app/router';
import { useQuery } from '../../app/useQuery';
import { urlParam, useUrlFilters } from '../../app/useUrlFilters';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';

const CountyLibrariesDocument = graphql(`
  query CountyLibraries {
    regions(level: COUNTY) {
      code
      name
      signatureIndustries {
        code
        name
        library {
          counts {
            documents
            topics
            policiesInForce
            news
          }
        }
      }
    }
  }
`);

const FILTERS = { region: urlParam.text() };

/** 区县特色产业: each district's and county's signature industries with their libraries. */
export function CountyLibrariesPage() {
  const { applied, change } = useUrlFilters(FILTERS);
  const { data, error, loading, reload } = useQuery(CountyLibrariesDocument, {});
  if (error) return <ErrorMessage error={error} prefix="区县产业加载失败" retry={reload} />;
  if (loading || !data) return <Loading>正在加载区县特色产业…</Loading>;
  const regions = data.regions.filter((r) => !applied.region || r.code === applied.region);
  return (
    <section aria-labelledby="counties-heading">
      <div className="toolbar">
        <h2 id="counties-heading">区县特色产业图书馆</h2>
        <label>
          区县：
          <select value={applied.region} onChange={(e) => change('region', e.target.value, { apply: true })}>
            <option value="">全部</option>
            {data.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {regions.map((region) => (
        <div key={region.code} className="tier county" data-region={region.code}>
          <h3>
            {region.name}（{region.signatureIndustries.length}）
          </h3>
          {region.signatureIndustries.length === 0 ? (
            <Empty>暂无特色产业记录。</Empty>
          ) : (
            <ul className="industries">
              {region.signatureIndustries.map((industry) => (
                <li key={industry.code} className="industry">
                  <h4>
                    <Link to={`/industries/${industry.code}`}>{industry.name}</Link>
                  </h4>
                  <p className="meta">
                    文献 {industry.library.counts?.documents ?? '—'} · 专题 {industry.library.counts?.topics ?? '—'} · 现行政策{' '}
                    {industry.library.counts?.policiesInForce ?? '—'} · 资讯 {industry.library.counts?.news ?? '—'}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
