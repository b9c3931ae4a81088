import { Link } from '../../app/router';
import { usePaged } from '../../app/usePaged';
import { useQuery } from '../../app/useQuery';
import { urlParam, useUrlFilters } from '../../app/useUrlFilters';
import { LoadMore } from '../../components/LoadMore';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { LibraryDocumentFilter } from '../../gql/graphql';

const LibraryFacetsDocument = graphql(`
  query LibraryFacets($code: ID!, $filter: LibraryDocumentFilter, $query: String) {
    industryLibrary(code: $code) {
      facets {
        years {
          value
          count
        }
        journals {
          value
          count
        }
        topics {
          topic {
            id
            label
          }
          count
        }
      }
      ris: exportUrl(format: RIS, filter: $filter, query: $query)
      bibtex: exportUrl(format: BIBTEX, filter: $filter, query: $query)
      csv: exportUrl(format: CSV, filter: $filter, query: $query)
    }
  }
`);

// What a document of the library shows, the same in the list and in search results.
graphql(`
  fragment LibraryDocumentFields on Document {
    id
    title
    authors
    year
    journal
  }
`);

const LibraryDocumentListDocument = graphql(`
  query LibraryDocumentList($code: ID!, $filter: LibraryDocumentFilter, $after: String) {
    industryLibrary(code: $code) {
      documents(first: 20, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...LibraryDocumentFields
          }
        }
      }
    }
  }
`);

const LibrarySearchDocument = graphql(`
  query LibrarySearch($code: ID!, $query: String!, $filter: LibraryDocumentFilter, $after: String) {
    industryLibrary(code: $code) {
      searchDocuments(query: $query, first: 20, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...LibraryDocumentFields
          }
        }
      }
    }
  }
`);

const FILTERS = { q: urlParam.text({ trim: true }), year: urlParam.text(), journal: urlParam.text(), topic: urlParam.text() };

const emptyPage = { items: [], hasMore: false, endCursor: null };

/** The library's documents: search inside it, filters by year, journal and topic (in the URL), downloads. */
export function LibraryDocuments({ code }: { code: string }) {
  const { applied, draft, change, submit, clear, active } = useUrlFilters(FILTERS);
  const filter: LibraryDocumentFilter = {
    year: applied.year ? Number(applied.year) : undefined,
    journal: applied.journal || undefined,
    topic: applied.topic || undefined,
  };
  const query = applied.q;
  const facets = useQuery(LibraryFacetsDocument, { code, filter, query: query || undefined });
  const listed = usePaged(
    LibraryDocumentListDocument,
    { code, filter },
    (r) => {
      const c = r.industryLibrary?.documents;
      return c ? { items: c.edges.map((e) => e.node), hasMore: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor } : emptyPage;
    },
    { skip: !!query },
  );
  const searched = usePaged(
    LibrarySearchDocument,
    { code, query, filter },
    (r) => {
      const c = r.industryLibrary?.searchDocuments;
      return c ? { items: c.edges.map((e) => e.node), hasMore: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor } : emptyPage;
    },
    { skip: !query },
  );
  const list = query ? searched : listed;
  const f = facets.data?.industryLibrary;
  return (
    <section aria-labelledby="library-documents">
      <h3 id="library-documents">馆藏文献</h3>
      <form className="filters" role="search" onSubmit={submit}>
        <label>
          馆内检索
          <input type="search" value={draft.q} onChange={(e) => change('q', e.target.value)} placeholder="在本产业文献中检索" />
        </label>
        <label>
          年份
          <select value={draft.year} onChange={(e) => change('year', e.target.value, { apply: true })}>
            <option value="">全部</option>
            {f?.facets?.years.map((y) => (
              <option key={y.value} value={y.value}>
                {y.value}（{y.count}）
              </option>
            ))}
          </select>
        </label>
        <label>
          期刊
          <select value={draft.journal} onChange={(e) => change('journal', e.target.value, { apply: true })}>
            <option value="">全部</option>
            {f?.facets?.journals.map((j) => (
              <option key={j.value} value={j.value}>
                {j.value}（{j.count}）
              </option>
            ))}
          </select>
        </label>
        <label>
          专题
          <select value={draft.topic} onChange={(e) => change('topic', e.target.value, { apply: true })}>
            <option value="">全部</option>
            {f?.facets?.topics.map((t) => (
              <option key={t.topic.id} value={t.topic.id}>
                {t.topic.label}（{t.count}）
              </option>
            ))}
          </select>
        </label>
        <button type="submit">检索</button>
        {active && (
          <button type="button" onClick={clear}>
            清除条件
          </button>
        )}
      </form>
      {f && (
        <p className="downloads">
          下载当前结果：<a href={f.ris}>RIS</a> · <a href={f.bibtex}>BibTeX</a> · <a href={f.csv}>CSV</a>
        </p>
      )}
      <div aria-live="polite">
        {list.error ? (
          <ErrorMessage error={list.error} prefix="文献加载失败" retry={list.reload} />
        ) : list.loading ? (
          <Loading>正在加载文献…</Loading>
        ) : list.items.length === 0 ? (
          <Empty>{active ? '没有符合条件的文献。' : '本产业暂无文献。'}</Empty>
        ) : (
          <ol className="cards library-documents">
            {list.items.map((doc) => (
              <li key={doc.id} className="card">
                <Link to={`/documents/${doc.id}`}>{doc.title}</Link>
                <p className="meta">{[doc.authors.slice(0, 3).join('；'), doc.journal, doc.year].filter(Boolean).join(' · ')}</p>
              </li>
            ))}
          </ol>
        )}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
    </section>
  );
}
