import { Link } from '../../app/router';
import { IndustrySelect } from '../../app/IndustrySelect';
import { pageOf, usePaged } from '../../app/usePaged';
import { urlParam, useUrlFilters } from '../../app/useUrlFilters';
import { LoadMore } from '../../components/LoadMore';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';

const LearningPathsDocument = graphql(`
  query LearningPaths($query: String, $industry: ID, $after: String) {
    learningPaths(query: $query, industry: $industry, first: 20, after: $after) {
      totalCount
      edges {
        node {
          id
          slug
          title
          summary
          industry {
            code
            name
          }
          steps {
            position
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

const FILTERS = { q: urlParam.text({ trim: true }), industry: urlParam.text() };

/** 创业知识学习库: the published learning paths, searchable, narrowed by industry. */
export function LearningListPage() {
  const { applied, draft, change, submit, clear, active } = useUrlFilters(FILTERS);
  const list = usePaged(LearningPathsDocument, { query: applied.q || undefined, industry: applied.industry || undefined }, (r) =>
    pageOf(r.learningPaths),
  );
  return (
    <section aria-labelledby="learning-heading">
      <h2 id="learning-heading">创业知识学习库</h2>
      <p>
        馆员为创业者整理的学习路径：注册公司、知识产权、税收优惠、高新技术企业认定……每一步都是一篇文献、一件政策或一个官方网站，附简短说明。
      </p>
      <form className="filters" role="search" onSubmit={submit} aria-label="检索学习路径">
        <label>
          检索
          <input type="search" value={draft.q} onChange={(e) => change('q', e.target.value)} placeholder="如：注册公司、专利" />
        </label>
        <label>
          产业
          <IndustrySelect value={draft.industry} onChange={(code) => change('industry', code, { apply: true })} noneLabel="全部产业" />
        </label>
        <button type="submit">检索</button>
        {active && (
          <button type="button" onClick={clear}>
            清除条件
          </button>
        )}
      </form>
      <div aria-live="polite" className="results">
        {list.error ? (
          <ErrorMessage error={list.error} prefix="学习路径加载失败" retry={list.reload} />
        ) : list.loading ? (
          <Loading>正在加载学习路径…</Loading>
        ) : list.items.length === 0 ? (
          <Empty>{active ? '没有符合条件的学习路径。' : '暂无学习路径。'}</Empty>
        ) : (
          <ul className="cards learning-paths">
            {list.items.map((p) => (
              <li key={p.id} className="card">
                <h3>
                  <Link to={`/learning/${encodeURIComponent(p.slug)}`}>{p.title}</Link>
                </h3>
                <p className="meta">
                  {p.steps.length} 步 · {p.industry ? p.industry.name : '通用'}
                </p>
                <p>{p.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
    </section>
  );
}
