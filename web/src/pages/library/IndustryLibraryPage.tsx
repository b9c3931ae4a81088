import { lazy, Suspense, useMemo } from 'react';
import { formatDate } from '../../app/labels';
import { Link } from '../../app/router';
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
  }
`);

type Library = NonNullable<IndustryLibraryPageQuery['industryLibrary']>;

export function IndustryLibraryPage({ code }: { code: string }) {
  const { data, error, loading, reload } = useQuery(IndustryLibraryDocument, { code });
  if (error) return <ErrorMessage error={error} prefix="专题图书馆加载失败" retry={reload} />;
  if (loading || !data) return <Loading>正在加载专题图书馆…</Loading>;
  const library = data.industryLibrary;
  if (!library) return <Empty>未找到该产业。</Empty>;
  return <LibraryView library={library} />;
}

function LibraryView({ library }: { library: Library }) {
  const { industry, counts } = library;
  const trends = useMemo(() => library.topics.edges.map((e) => ({ label: e.node.label, points: e.node.trend })), [library.topics.edges]);
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
      <p className="library-counts" aria-label="馆藏概况">
        文献 {counts.documents} 篇 · 专题 {counts.topics} 个 · 现行政策 {counts.policiesInForce} 件 · 资讯 {counts.news} 条 · 机构{' '}
        {counts.organizations} · 人物 {counts.people} · 项目 {counts.projects} ·{' '}
        <a href={library.feedUrl} type="application/atom+xml">
          订阅本馆更新（Atom）
        </a>
      </p>

      <HotTopics industry={industry.code} />

      <section aria-labelledby="library-topics">
        <h3 id="library-topics">专题（{library.topics.totalCount}）</h3>
        {trends.length === 0 ? (
          <Empty>本产业暂无专题：馆员导入文献并生成专题后显示。</Empty>
        ) : (
          <>
            <figure className="trend" aria-label={`各专题年度文献量：${trends.map((t) => t.label).join('、')}`}>
              <Suspense fallback={<Loading>正在加载趋势图…</Loading>}>
                <TopicTrendChart series={trends} />
              </Suspense>
              <figcaption>各专题逐年文献量</figcaption>
            </figure>
            <ul className="plain topic-list">
              {library.topics.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link to={`/topics/${node.id}`}>{node.label}</Link> <span className="meta">{node.size} 篇</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <LibraryDocuments code={industry.code} />

      <section aria-labelledby="library-learning">
        <h3 id="library-learning">创业学习路径</h3>
        {library.learningPaths.length === 0 ? (
          <Empty>暂无学习路径。</Empty>
        ) : (
          <ul className="plain">
            {library.learningPaths.map((p) => (
              <li key={p.id}>
                <Link to={`/learning/${encodeURIComponent(p.slug)}`}>{p.title}</Link>{' '}
                <span className="meta">
                  {p.steps.length} 步{p.industry ? '' : ' · 通用'}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={`/learning?industry=${encodeURIComponent(industry.code)}`}>更多学习路径</Link>
        </p>
      </section>

      <div className="library-columns">
        <section aria-labelledby="library-policies">
          <h3 id="library-policies">现行扶持政策</h3>
          {library.policies.edges.length === 0 ? (
            <Empty>暂无现行政策。</Empty>
          ) : (
            <ul className="plain">
              {library.policies.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link to={`/policies/${node.id}`}>{node.title}</Link>{' '}
                  <span className="meta">
                    {node.issuer ?? ''} {formatDate(node.publishedDate)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to={`/policies?industry=${industry.code}`}>全部政策</Link> ·{' '}
            <Link to={`/match?industry=${industry.code}`}>为本产业企业匹配政策</Link>
          </p>
        </section>
        <section aria-labelledby="library-news">
          <h3 id="library-news">最新资讯</h3>
          {library.news.edges.length === 0 ? (
            <Empty>暂无资讯。</Empty>
          ) : (
            <ul className="plain">
              {library.news.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link to={`/news/${node.id}`}>{node.title}</Link> <span className="meta">{formatDate(node.publishedAt)}</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to={`/news?industry=${industry.code}`}>更多资讯</Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="library-graph">
        <h3 id="library-graph">机构、人物与项目</h3>
        <div className="library-columns">
          <EntityList title="机构" base="/organizations" items={library.organizations.edges.map((e) => e.node)} />
          <EntityList title="人物" base="/people" items={library.people.edges.map((e) => e.node)} />
          <EntityList title="项目" base="/projects" items={library.projects.edges.map((e) => e.node)} />
        </div>
        <h4>关系图</h4>
        <NeighbourhoodView
          centre={industry.code}
          nodes={library.graph.nodes}
          edges={library.graph.edges}
          truncated={library.graph.truncated}
        />
      </section>
    </article>
  );
}

function EntityList({ title, base, items }: { title: string; base: string; items: { id: string; name: string }[] }) {
  return (
    <div>
      <h4>{title}</h4>
      {items.length === 0 ? (
        <Empty>暂无。</Empty>
      ) : (
        <ul className="plain">
          {items.map((item) => (
            <li key={item.id}>
              <Link to={`${base}/${item.id}`}>{item.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
