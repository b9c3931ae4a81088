import { Link } from '../../app/router';
import { usePaged } from '../../app/usePaged';
import { urlParam, useUrlFilters } from '../../app/useUrlFilters';
import { LoadMore } from '../../components/LoadMore';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { DocumentSearchMode } from '../../gql/graphql';

const SearchDocumentsDocument = graphql(`
  query SearchDocuments($query: String!, $mode: DocumentSearchMode, $after: String) {
    searchDocuments(query: $query, mode: $mode, first: 20, after: $after) {
      mode
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        score
        node {
          id
          title
          authors
          year
          journal
          keywords
        }
      }
    }
  }
`);

const MODES: [DocumentSearchMode, string][] = [
  ['FULLTEXT', '全文'],
  ['SEMANTIC', '语义'],
  ['HYBRID', '混合'],
];

const FILTERS = {
  q: urlParam.text({ trim: true }),
  mode: urlParam.oneOf<DocumentSearchMode>(
    MODES.map(([m]) => m),
    'FULLTEXT',
  ),
};

export function DocumentSearchPage() {
  const { applied, draft, change, apply, submit } = useUrlFilters(FILTERS);
  const { q: query, mode } = applied;
  const list = usePaged(
    SearchDocumentsDocument,
    { query, mode },
    (r) => ({
      items: r.searchDocuments.edges,
      hasMore: r.searchDocuments.pageInfo.hasNextPage,
      endCursor: r.searchDocuments.pageInfo.endCursor,
    }),
    { skip: !query.trim() },
  );
  return (
    <section aria-labelledby="docsearch-heading">
      <h2 id="docsearch-heading">文献检索</h2>
      <form className="search-form" role="search" onSubmit={submit}>
        <label>
          检索词
          <input type="search" value={draft.q} onChange={(e) => change('q', e.target.value)} placeholder="如：碳纤维 复合材料" />
        </label>
        <fieldset className="modes">
          <legend>检索方式</legend>
          {MODES.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="mode"
                value={value}
                checked={mode === value}
                onChange={() => apply({ q: draft.q.trim() || query, mode: value })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <button type="submit">检索</button>
      </form>
      <div aria-live="polite" className="results">
        {!query.trim() ? (
          <Empty>输入检索词，在已导入的知网、万方、维普等文献中查找。</Empty>
        ) : list.error ? (
          <ErrorMessage error={list.error} prefix="检索失败" retry={list.reload} />
        ) : list.loading ? (
          <Loading>正在检索…</Loading>
        ) : list.items.length === 0 ? (
          <Empty>没有找到相关文献，换个检索词或检索方式试试。</Empty>
        ) : (
          <ol className="cards">
            {list.items.map(({ node, score }) => (
              <li key={node.id} className="card">
                <h3>
                  <Link to={`/documents/${encodeURIComponent(node.id)}`}>{node.title}</Link>
                </h3>
                <p className="meta">
                  {node.authors.slice(0, 3).join('；')} {node.journal && `· ${node.journal}`} {node.year && `· ${node.year}`} · 相关度{' '}
                  {score.toFixed(3)}
                </p>
                {node.keywords.length > 0 && <p className="keywords">{node.keywords.join(' · ')}</p>}
              </li>
            ))}
          </ol>
        )}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
    </section>
  );
}
