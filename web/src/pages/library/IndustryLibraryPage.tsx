import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { ApiError, type FieldError } from '../../api';
import { formatDate, NO_YEARS } from '../../app/labels';
import { Link } from '../../app/router';
import { isLibrarian, useSession } from '../../app/session';
import { useQuery } from '../../app/useQuery';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { IndustryLibraryPageQuery } from '../../gql/graphql';
import { NeighbourhoodView } from '../entity/NeighbourhoodView';
import { LibraryDocuments } from './LibraryDocuments';
import { HotTopics } from '../trend/HotTopics';

// The chart library is loaded with the chart, not with the app.
const TopicTrendChart = lazy(() => import('./TopicTrendChart'));

const IndustryLibraryDocument = graphql(`
  query IndustryLibraryPage($code: ID!) {
    industryLibrary(code: $code) {
      industry {
        code
        name
        description
        tier
        keywords
        classifications {
          code
          name
        }
        source {
          title
          issuer
          year
          documentNumber
          url
        }
        parent {
          code
          name
        }
        children {
          code
          name
        }
        regions {
          code
          name
        }
      }
      counts {
        documents
        topics
        topicsInReview
        policiesInForce
        news
        organizations
        people
        projects
      }
      topics(first: 8) {
        totalCount
        edges {
          node {
            id
            label
            size
            trend {
              year
              count
            }
          }
        }
      }
      policies(first: 6) {
        edges {
          node {
            id
            title
            issuer
            publishedDate
          }
        }
      }
      news(first: 6) {
        edges {
          node {
            id
            title
            publishedAt
          }
        }
      }
      organizations(first: 8) {
        edges {
          node {
            id
            name
          }
        }
      }
      people(first: 8) {
        edges {
          node {
            id
            name
          }
        }
      }
      projects(first: 8) {
        edges {
          node {
            id
            name
          }
        }
      }
      graph(limit: 24) {
        nodes {
          id
          kind
          label
        }
        edges {
          from
          to
          type
        }
        truncated
      }
      feedUrl
      learningPaths {
        id
        slug
        title
        industry {
          code
        }
        steps {
          position
        }
      }
    }
    allTopics: topics(first: 1) {
      totalCount
    }
  }
`);

type Library = NonNullable<IndustryLibraryPageQuery['industryLibrary']>;
type Section = keyof Library;

export function IndustryLibraryPage({ code }: { code: string }) {
  // Sections fail alone (a slow read times out): the page shows the others and each failed section's own error.
  const { data, error, fieldErrors, loading, reload } = useQuery(IndustryLibraryDocument, { code }, { partial: true });
  if (error) return <ErrorMessage error={error} prefix="专题图书馆加载失败" retry={reload} />;
  if (loading || !data) return <Loading>正在加载专题图书馆…</Loading>;
  const library = data.industryLibrary;
  const failed = fieldErrors.find((e) => e.path.length === 1 && e.path[0] === 'industryLibrary');
  if (failed) return <ErrorMessage error={new ApiError(failed.message, failed.code)} prefix="专题图书馆加载失败" retry={reload} />;
  if (!library) return <Empty>未找到该产业。</Empty>;
  return <LibraryView library={library} fieldErrors={fieldErrors} topicsAnywhere={data.allTopics.totalCount} retry={reload} />;
}

function LibraryView({
  library,
  fieldErrors,
  topicsAnywhere,
  retry,
}: {
  library: Library;
  fieldErrors: readonly FieldError[];
  topicsAnywhere: number;
  retry: () => void;
}) {
  const { industry, counts } = library;
  const { account } = useSession();
  const trends = useMemo(
    () => (library.topics?.edges ?? []).map((e) => ({ label: e.node.label, points: e.node.trend })).filter((t) => t.points.length > 0),
    [library.topics],
  );
  /** A section's content, or its own error when it failed (null in the answer). */
  const section = <T,>(name: Section, value: T | null | undefined, render: (value: T) => ReactNode) => {
    const failed = fieldErrors.find((e) => e.path[0] === 'industryLibrary' && e.path[1] === name);
    if (failed || value === null || value === undefined)
      return (
        <ErrorMessage
          error={failed ? new ApiError(failed.message, failed.code) : new ApiError('没有返回', 'INTERNAL_SERVER_ERROR')}
          prefix="本栏加载失败"
          retry={retry}
        />
      );
    return render(value);
  };
  return (
    <article className="industry-library" aria-labelledby="library-title">
      <p className="crumbs">
        <Link to="/">产业</Link> › {industry.parent && <Link to={`/industries/${industry.parent.code}`}>{industry.parent.name}</Link>}
        {industry.parent && ' › '}
      </p>
      <h2 id="library-title">{industry.name} · 专题图书馆</h2>
      <p>{industry.description}</p>
      <dl className="facts">
        <dt>层级</dt>
        <dd>{industry.tier}</dd>
        <dt>国民经济行业分类</dt>
        <dd>{industry.classifications.map((c) => `${c.code} ${c.name}`).join('；') || '—'}</dd>
        <dt>依据</dt>
        <dd>
          {industry.source.issuer}
          {industry.source.url ? (
            <a href={industry.source.url} rel="noreferrer">
              《{industry.source.title}》
            </a>
          ) : (
            `《${industry.source.title}》`
          )}
          {industry.source.documentNumber && `（${industry.source.documentNumber}）`}，{industry.source.year}
        </dd>
        <dt>特色产业所在区县</dt>
        <dd>
          {industry.regions.length === 0
            ? '—'
            : industry.regions.map((r, i) => (
                <span key={r.code}>
                  {i > 0 && '、'}
                  <Link to={`/industries?region=${r.code}`}>{r.name}</Link>
                </span>
              ))}
        </dd>
        {industry.children.length > 0 && (
          <>
            <dt>细分产业</dt>
            <dd>
              {industry.children.map((c) => (
                <Link key={c.code} to={`/industries/${c.code}`} className="tag">
                  {c.name}
                </Link>
              ))}
            </dd>
          </>
        )}
      </dl>
      <p className="keywords">{industry.keywords.join(' · ')}</p>
      <div className="library-counts" aria-label="馆藏概况">
        {section('counts', counts, (c) => (
          <p>
            文献 {c.documents} 篇 · 专题 {c.topics} 个 · 现行政策 {c.policiesInForce} 件 · 资讯 {c.news} 条 · 机构 {c.organizations} · 人物{' '}
            {c.people} · 项目 {c.projects}
          </p>
        ))}
        <a href={library.feedUrl} type="application/atom+xml">
          订阅本馆更新（Atom）
        </a>
      </div>

      <HotTopics industry={industry.code} />

      <section aria-labelledby="library-topics">
        <h3 id="library-topics">专题{library.topics ? `（${library.topics.totalCount}）` : ''}</h3>
        {section('topics', library.topics, (topics) =>
          topics.edges.length === 0 ? (
            <NoTopics inReview={counts?.topicsInReview ?? 0} anywhere={topicsAnywhere} librarian={isLibrarian(account)} />
          ) : (
            <>
              {trends.length === 0 ? (
                <p className="empty trend-empty">{NO_YEARS}</p>
              ) : (
                <figure className="trend" aria-label={`各专题年度文献量：${trends.map((t) => t.label).join('、')}`}>
                  <Suspense fallback={<Loading>正在加载趋势图…</Loading>}>
                    <TopicTrendChart series={trends} />
                  </Suspense>
                  <figcaption>
                    各专题逐年文献量
                    {trends.length < topics.edges.length ? `（另有 ${topics.edges.length - trends.length} 个专题的文献没有出版年份）` : ''}
                  </figcaption>
                </figure>
              )}
              <ul className="plain topic-list">
                {topics.edges.map(({ node }) => (
                  <li key={node.id}>
                    <Link to={`/topics/${node.id}`}>{node.label}</Link> <span className="meta">{node.size} 篇</span>
                  </li>
                ))}
              </ul>
            </>
          ),
        )}
      </section>

      <LibraryDocuments code={industry.code} />

      <section aria-labelledby="library-learning">
        <h3 id="library-learning">创业学习路径</h3>
        {section('learningPaths', library.learningPaths, (paths) =>
          paths.length === 0 ? (
            <Empty>暂无学习路径。</Empty>
          ) : (
            <ul className="plain">
              {paths.map((p) => (
                <li key={p.id}>
                  <Link to={`/learning/${encodeURIComponent(p.slug)}`}>{p.title}</Link>{' '}
                  <span className="meta">
                    {p.steps.length} 步{p.industry ? '' : ' · 通用'}
                  </span>
                </li>
              ))}
            </ul>
          ),
        )}
        <p>
          <Link to={`/learning?industry=${encodeURIComponent(industry.code)}`}>更多学习路径</Link>
        </p>
      </section>

      <div className="library-columns">
        <section aria-labelledby="library-policies">
          <h3 id="library-policies">现行扶持政策</h3>
          {section('policies', library.policies, (policies) =>
            policies.edges.length === 0 ? (
              <Empty>暂无现行政策。</Empty>
            ) : (
              <ul className="plain">
                {policies.edges.map(({ node }) => (
                  <li key={node.id}>
                    <Link to={`/policies/${node.id}`}>{node.title}</Link>{' '}
                    <span className="meta">
                      {node.issuer ?? ''} {formatDate(node.publishedDate)}
                    </span>
                  </li>
                ))}
              </ul>
            ),
          )}
          <p>
            <Link to={`/policies?industry=${industry.code}`}>全部政策</Link> ·{' '}
            <Link to={`/match?industry=${industry.code}`}>为本产业企业匹配政策</Link>
          </p>
        </section>
        <section aria-labelledby="library-news">
          <h3 id="library-news">最新资讯</h3>
          {section('news', library.news, (news) =>
            news.edges.length === 0 ? (
              <Empty>暂无资讯。</Empty>
            ) : (
              <ul className="plain">
                {news.edges.map(({ node }) => (
                  <li key={node.id}>
                    <Link to={`/news/${node.id}`}>{node.title}</Link> <span className="meta">{formatDate(node.publishedAt)}</span>
                  </li>
                ))}
              </ul>
            ),
          )}
          <p>
            <Link to={`/news?industry=${industry.code}`}>更多资讯</Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="library-graph">
        <h3 id="library-graph">机构、人物与项目</h3>
        <div className="library-columns">
          <EntityList title="机构">
            {section('organizations', library.organizations, (c) => (
              <Entities base="/organizations" items={c.edges.map((e) => e.node)} />
            ))}
          </EntityList>
          <EntityList title="人物">
            {section('people', library.people, (c) => (
              <Entities base="/people" items={c.edges.map((e) => e.node)} />
            ))}
          </EntityList>
          <EntityList title="项目">
            {section('projects', library.projects, (c) => (
              <Entities base="/projects" items={c.edges.map((e) => e.node)} />
            ))}
          </EntityList>
        </div>
        <h4>关系图</h4>
        {section('graph', library.graph, (g) => (
          <NeighbourhoodView centre={industry.code} nodes={g.nodes} edges={g.edges} truncated={g.truncated} />
        ))}
      </section>
    </article>
  );
}

function EntityList({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <h4>{title}</h4>
      {children}
    </div>
  );
}

function Entities({ base, items }: { base: string; items: { id: string; name: string }[] }) {
  if (items.length === 0) return <Empty>暂无。</Empty>;
  return (
    <ul className="plain">
      {items.map((item) => (
        <li key={item.id}>
          <Link to={`${base}/${item.id}`}>{item.name}</Link>
        </li>
      ))}
    </ul>
  );
}

/** Why the library shows no topic: some await a librarian's industry review, none is filed here, or none was built yet. */
function NoTopics({ inReview, anywhere, librarian }: { inReview: number; anywhere: number; librarian: boolean }) {
  if (inReview > 0)
    return (
      <Empty>
        有 {inReview} 个专题可能属于本产业，正等待馆员审核产业归类，审核后显示在这里。
        {librarian && (
          <>
            {' '}
            <Link to="/workbench/topics">去审核专题</Link>
          </>
        )}
      </Empty>
    );
  if (anywhere > 0) return <Empty>暂无归入本产业的专题。</Empty>;
  return <Empty>本产业暂无专题：馆员导入文献并生成专题后显示。</Empty>;
}
