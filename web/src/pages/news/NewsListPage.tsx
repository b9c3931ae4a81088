import { formatDate } from '../../app/labels';
import { Link } from '../../app/router';
import { useTaxonomy } from '../../app/taxonomy';
import { IndustrySelect } from '../../app/IndustrySelect';
import { pageOf, usePaged } from '../../app/usePaged';
import { urlParam, useUrlFilters } from '../../app/useUrlFilters';
import { LoadMore } from '../../components/LoadMore';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';

const NewsDocument = graphql(`
  query News($filter: NewsFilter, $after: String) {
    news(filter: $filter, first: 20, after: $after) {
      edges {
        node {
          id
          title
          summary
          publishedAt
          region {
            name
          }
          source {
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

const FILTERS = { industry: urlParam.text(), region: urlParam.text() };

export function NewsListPage() {
  const { applied, change } = useUrlFilters(FILTERS);
  const { industry, region } = applied;
  const taxonomy = useTaxonomy();
  const list = usePaged(NewsDocument, { filter: { industry: industry || undefined, region: region || undefined } }, (r) => pageOf(r.news));
  return (
    <section aria-labelledby="news-heading">
      <h2 id="news-heading">创业资讯</h2>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="筛选资讯">
        <label>
          产业
          <IndustrySelect value={industry} onChange={(code) => change('industry', code, { apply: true })} noneLabel="全部产业" />
        </label>
        <label>
          地区
          <select value={region} onChange={(e) => change('region', e.target.value, { apply: true })}>
            <option value="">全部地区</option>
            {taxonomy.data?.regions
              .filter((r) => r.level !== 'NATION')
              .map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
          </select>
        </label>
      </form>
      <div aria-live="polite" className="results">
        {list.error ? (
          <ErrorMessage error={list.error} prefix="资讯加载失败" retry={list.reload} />
        ) : list.loading ? (
          <Loading>正在加载资讯…</Loading>
        ) : list.items.length === 0 ? (
          <Empty>暂无资讯。</Empty>
        ) : (
          <ul className="cards">
            {list.items.map((n) => (
              <li key={n.id} className="card news">
                <h3>
                  <Link to={`/news/${encodeURIComponent(n.id)}`}>{n.title}</Link>
                </h3>
                <p className="meta">
                  {formatDate(n.publishedAt)} {n.source && `· ${n.source.name}`} {n.region && `· ${n.region.name}`}
                </p>
                <p>{n.summary}</p>
                {n.industries.length > 0 && (
                  <p className="keywords">
                    {n.industries.map((i) => (
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
