import { KIND, nodeHref } from '../../app/labels';
import { Link } from '../../app/router';
import { usePaged } from '../../app/usePaged';
import { urlParam, useUrlFilters } from '../../app/useUrlFilters';
import { LoadMore } from '../../components/LoadMore';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { SearchKind } from '../../gql/graphql';

const SearchDocument = graphql(`
  query Search($query: String!, $kinds: [SearchKind!], $after: String) {
    search(query: $query, kinds: $kinds, first: 20, after: $after) {
      edges {
        score
        node {
          id
          kind
          label
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const KINDS: [SearchKind, string][] = [
  ['POLICY', '政策'],
  ['NEWS', '资讯'],
  ['DOCUMENT', '文献'],
  ['ORGANIZATION', '机构'],
  ['PERSON', '人物'],
  ['PROJECT', '项目'],
];

const FILTERS = {
  q: urlParam.text({ trim: true }),
  kind: urlParam.someOf<SearchKind>(KINDS.map(([k]) => k)),
};

export function SearchPage() {
  const { applied, draft, change, apply, submit } = useUrlFilters(FILTERS);
  const { q: query, kind: kinds } = applied;
  const list = usePaged(
    SearchDocument,
    { query, kinds: kinds.length > 0 ? kinds : null },
    (r) => ({ items: r.search.edges, hasMore: r.search.pageInfo.hasNextPage, endCursor: r.search.pageInfo.endCursor }),
    { skip: !query.trim() },
  );
  const toggle = (kind: SearchKind, on: boolean) => apply({ q: query, kind: on ? [...kinds, kind] : kinds.filter((k) => k !== kind) });
  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">搜索</h2>
      <form className="search-form" role="search" onSubmit={submit}>
        <label>
          关键词
          <input
            type="search"
            value={draft.q}
            onChange={(e) => change('q', e.target.value)}
            placeholder="政策、资讯、文献、机构、人物、项目"
          />
        </label>
        <fieldset className="modes">
          <legend>范围（不选即全部）</legend>
          {KINDS.map(([value, label]) => (
            <label key={value}>
              <input type="checkbox" checked={kinds.includes(value)} onChange={(e) => toggle(value, e.target.checked)} />
              {label}
            </label>
          ))}
        </fieldset>
        <button type="submit">搜索</button>
      </form>
      <div aria-live="polite" className="results">
        {!query.trim() ? (
          <Empty>输入关键词，搜索政策、资讯、文献和知识图谱中的机构、人物、项目。</Empty>
        ) : list.error ? (
          <ErrorMessage error={list.error} prefix="搜索失败" retry={list.reload} />
        ) : list.loading ? (
          <Loading>正在搜索…</Loading>
        ) : list.items.length === 0 ? (
          <Empty>没有找到相关内容。</Empty>
        ) : (
          <ol className="cards">
            {list.items.map(({ node }) => {
              const href = nodeHref(node.kind, node.id);
              return (
                <li key={`${node.kind}-${node.id}`} className="card hit">
                  <span className="badge kind">{KIND[node.kind] ?? node.kind}</span>{' '}
                  {href ? <Link to={href}>{node.label}</Link> : node.label}
                </li>
              );
            })}
          </ol>
        )}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
    </section>
  );
}
