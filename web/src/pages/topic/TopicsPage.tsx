import { MAPPING_STATUS } from '../../app/labels';
import { Link } from '../../app/router';
import { IndustrySelect } from '../../app/IndustrySelect';
import { usePaged } from '../../app/usePaged';
import { urlParam, useUrlFilters } from '../../app/useUrlFilters';
import { LoadMore } from '../../components/LoadMore';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';

const TopicsDocument = graphql(`
  query Topics($industry: String, $after: String) {
    topics(industry: $industry, first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          label
          size
          outlier
          mappingStatus
          industry {
            code
            name
          }
          keywords {
            term
          }
        }
      }
    }
  }
`);

const FILTERS = { industry: urlParam.text() };

type TopicCard = { outlier: boolean; mappingStatus: string; industry?: { code: string } | null };

/** The groups of the list, in the order the API lists them (orderBy LIBRARY): a founder browses industries first. */
const GROUPS = [
  { key: 'filed', title: '产业专题' },
  { key: 'review', title: '产业待馆员审核' },
  { key: 'outside', title: '不属嘉兴产业' },
  { key: 'outlier', title: '未归类' },
] as const;

const groupOf = (t: TopicCard): (typeof GROUPS)[number]['key'] =>
  t.outlier ? 'outlier' : t.mappingStatus === 'REVIEW' ? 'review' : t.industry ? 'filed' : 'outside';

export function TopicsPage() {
  const { applied, change } = useUrlFilters(FILTERS);
  const { industry } = applied;
  const list = usePaged(TopicsDocument, { industry: industry || null }, (r) => ({
    items: r.topics.edges.map((e) => e.node),
    hasMore: r.topics.pageInfo.hasNextPage,
    endCursor: r.topics.pageInfo.endCursor,
  }));
  return (
    <section aria-labelledby="topics-heading">
      <div className="toolbar">
        <h2 id="topics-heading">产业专题库</h2>
        <Link to="/documents">检索文献 →</Link>
      </div>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="筛选专题">
        <label>
          产业
          <IndustrySelect value={industry} onChange={(code) => change('industry', code, { apply: true })} noneLabel="全部产业" />
        </label>
      </form>
      <div aria-live="polite" className="results">
        {list.error ? (
          <ErrorMessage error={list.error} prefix="专题加载失败" retry={list.reload} />
        ) : list.loading ? (
          <Loading>正在加载专题…</Loading>
        ) : list.items.length === 0 ? (
          <Empty>{industry ? '该产业暂无专题。' : '暂无专题：馆员导入文献并生成专题后会显示在这里。'}</Empty>
        ) : (
          GROUPS.map(({ key, title }) => {
            const items = list.items.filter((t) => groupOf(t) === key);
            if (items.length === 0) return null;
            return (
              <section key={key} aria-labelledby={`topics-${key}`} className="topic-group">
                <h3 id={`topics-${key}`}>{title}</h3>
                <ul className="cards grid-cards topics">
                  {items.map((t) => (
                    <li key={t.id} className="card topic">
                      <h4>
                        <Link to={`/topics/${encodeURIComponent(t.id)}`}>{t.label}</Link>
                      </h4>
                      <p className="meta">
                        {t.size} 篇文献 ·{' '}
                        {t.outlier
                          ? '未归类'
                          : t.industry
                            ? `${t.industry.name}（${MAPPING_STATUS[t.mappingStatus]}）`
                            : t.mappingStatus === 'REVIEW'
                              ? '产业待馆员审核'
                              : '不属嘉兴产业'}
                      </p>
                      <p className="keywords">
                        {t.keywords
                          .slice(0, 6)
                          .map((k) => k.term)
                          .join(' · ')}
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        )}
        <LoadMore hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
      </div>
    </section>
  );
}
