import { useState } from 'react';
import { request, type ApiError } from '../../api';
import { MAPPING_STATUS } from '../../app/labels';
import { Link } from '../../app/router';
import { asApiError, useQuery } from '../../app/useQuery';
import { LoadMore } from '../../components/LoadMore';
import { ErrorMessage, Loading } from '../../components/Status';
import { TrendChart } from '../../components/TrendChart';
import { graphql } from '../../gql';
import type { TopicDocumentsQuery } from '../../gql/graphql';
import { TopicIndustry } from './TopicIndustry';

const TopicDocument = graphql(`
  query TopicDetail($id: ID!) {
    topic(id: $id) {
      id
      label
      autoLabel
      labelSource
      size
      outlier
      mappingStatus
      mappingScore
      industry {
        code
        name
      }
      industryCandidates {
        score
        keywords
        industry {
          code
          name
        }
        documents {
          id
          title
        }
      }
      keywords {
        term
        score
      }
      trend {
        year
        count
      }
      representativeDocuments {
        id
        title
        year
      }
      documents(first: 20) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            year
          }
        }
      }
    }
  }
`);

const TopicDocumentsDocument = graphql(`
  query TopicDocuments($id: ID!, $after: String) {
    topic(id: $id) {
      id
      documents(first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            year
          }
        }
      }
    }
  }
`);

type Item = NonNullable<TopicDocumentsQuery['topic']>['documents']['edges'][number]['node'];
type Page = { items: Item[]; hasNextPage: boolean; endCursor: string | null };

export function TopicPage({ id }: { id: string }) {
  const { data, error, loading, reload } = useQuery(TopicDocument, { id });
  const [more, setMore] = useState<{ id: string; pages: Page[] }>({ id, pages: [] });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ApiError>();
  if (error) return <ErrorMessage error={error} prefix="专题加载失败" retry={reload} />;
  if (loading || !data) return <Loading>正在加载专题…</Loading>;
  const topic = data.topic;
  if (!topic)
    return (
      <section>
        <h2>未找到该专题</h2>
        <Link to="/topics">返回专题库</Link>
      </section>
    );
  const pages: Page[] = [pageOf(topic.documents), ...(more.id === id ? more.pages : [])];
  const items = pages.flatMap((p) => p.items);
  const last = pages.at(-1)!;
  const loadMore = () => {
    if (!last.endCursor) return;
    setLoadingMore(true);
    request(TopicDocumentsDocument, { id, after: last.endCursor })
      .then((r) => setMore((m) => ({ id, pages: [...(m.id === id ? m.pages : []), ...(r.topic ? [pageOf(r.topic.documents)] : [])] })))
      .catch((e: unknown) => setMoreError(asApiError(e)))
      .finally(() => setLoadingMore(false));
  };
  return (
    <article className="detail topic-detail" aria-labelledby="topic-title">
      <p className="crumbs">
        <Link to="/topics">专题库</Link> ›
      </p>
      <h2 id="topic-title">{topic.label}</h2>
      <p className="meta">
        {topic.size} 篇文献
        {topic.industry && (
          <>
            {' '}
            · 产业：<Link to={`/industries/${encodeURIComponent(topic.industry.code)}`}>{topic.industry.name}</Link>（
            {MAPPING_STATUS[topic.mappingStatus]}） ·{' '}
            <Link to={`/topics?industry=${encodeURIComponent(topic.industry.code)}`}>同产业专题</Link>
          </>
        )}
        {topic.labelSource === 'LIBRARIAN' && topic.autoLabel !== topic.label && ` · 自动标签：${topic.autoLabel}`}
      </p>
      <TopicIndustry key={`${topic.id}-${topic.mappingStatus}-${topic.industry?.code ?? ''}`} topic={topic} onChanged={reload} />
      <section aria-labelledby="keywords-heading">
        <h3 id="keywords-heading">关键词</h3>
        <ul className="tags keywords-list">
          {topic.keywords.map((k) => (
            <li key={k.term} className="tag">
              {k.term}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="trend-heading">
        <h3 id="trend-heading">年度趋势</h3>
        <TrendChart points={topic.trend} title="每年发表的文献数" />
      </section>
      <section aria-labelledby="representatives-heading">
        <h3 id="representatives-heading">代表文献</h3>
        <DocumentList items={topic.representativeDocuments} />
      </section>
      <section aria-labelledby="documents-heading" className="topic-documents">
        <h3 id="documents-heading">全部文献（{topic.documents.totalCount}）</h3>
        <DocumentList items={items} />
        <LoadMore hasMore={last.hasNextPage} loading={loadingMore} error={moreError} onMore={loadMore} />
      </section>
    </article>
  );
}

function pageOf(documents: { edges: { node: Item }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }): Page {
  return {
    items: documents.edges.map((e) => e.node),
    hasNextPage: documents.pageInfo.hasNextPage,
    endCursor: documents.pageInfo.endCursor ?? null,
  };
}

function DocumentList({ items }: { items: { id: string; title: string; year?: number | null }[] }) {
  if (items.length === 0) return <p className="empty">暂无文献。</p>;
  return (
    <ul className="plain">
      {items.map((d) => (
        <li key={d.id}>
          <Link to={`/documents/${encodeURIComponent(d.id)}`}>{d.title}</Link> {d.year && <span className="meta">（{d.year}）</span>}
        </li>
      ))}
    </ul>
  );
}
