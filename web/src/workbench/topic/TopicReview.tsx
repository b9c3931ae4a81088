import { useState } from 'react';
import { Link } from '../../app/router';
import { indent, industryTree, useTaxonomy } from '../../app/taxonomy';
import { useQuery } from '../../app/useQuery';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { TopicReviewQueueQuery } from '../../gql/graphql';
import { useMutation } from '../../app/useMutation';

const QueueDocument = graphql(`
  query TopicReviewQueue {
    topicReviewQueue(first: 100) {
      edges {
        node {
          id
          label
          size
          mappingScore
          keywords {
            term
          }
          industryCandidates {
            score
            keywords
            industry {
              code
              name
            }
          }
        }
      }
    }
  }
`);

const MapTopicDocument = graphql(`
  mutation MapTopic($id: ID!, $industry: String) {
    mapTopic(id: $id, industry: $industry) {
      id
      mappingStatus
      industry {
        code
        name
      }
    }
  }
`);

type QueuedTopic = TopicReviewQueueQuery['topicReviewQueue']['edges'][number]['node'];

export function TopicReview() {
  const queue = useQuery(QueueDocument, {});
  const [done, setDone] = useState<string>();
  return (
    <section aria-labelledby="review-heading">
      <h3 id="review-heading">专题产业映射审核</h3>
      <p className="lead">以下专题的产业得分低于阈值，请选择所属产业（或标记为不属于任何产业）。决定会在重新聚类后保留。</p>
      <div aria-live="polite">{done && <p className="success">{done}</p>}</div>
      {queue.error ? (
        <ErrorMessage error={queue.error} prefix="审核队列加载失败" retry={queue.reload} />
      ) : queue.loading || !queue.data ? (
        <Loading />
      ) : queue.data.topicReviewQueue.edges.length === 0 ? (
        <Empty>没有待审核的专题。</Empty>
      ) : (
        <ul className="cards">
          {queue.data.topicReviewQueue.edges.map(({ node: t }) => (
            <ReviewItem
              key={t.id}
              topic={t}
              onMapped={(label) => {
                setDone(label);
                queue.reload();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReviewItem({ topic, onMapped }: { topic: QueuedTopic; onMapped: (message: string) => void }) {
  const taxonomy = useTaxonomy();
  const [industry, setIndustry] = useState(topic.industryCandidates[0]?.industry.code ?? '');
  const map = useMutation(MapTopicDocument);
  const submit = async (code: string | null) => {
    const result = await map.run({ id: topic.id, industry: code });
    if (result)
      onMapped(`“${topic.label}”已${result.mapTopic.industry ? `映射到${result.mapTopic.industry.name}` : '标记为不属于任何产业'}。`);
  };
  const selectId = `map-${topic.id}`;
  return (
    <li className="card">
      <h4>
        <Link to={`/topics/${encodeURIComponent(topic.id)}`}>{topic.label}</Link> <span className="meta">（{topic.size} 篇）</span>
      </h4>
      <p className="keywords">
        {topic.keywords
          .slice(0, 8)
          .map((k) => k.term)
          .join(' · ')}
      </p>
      {topic.industryCandidates.length > 0 && (
        <ul className="plain meta">
          {topic.industryCandidates.map((c) => (
            <li key={c.industry.code}>
              候选：{c.industry.name} 得分 {c.score.toFixed(2)} {c.keywords.length > 0 && `（${c.keywords.join('、')}）`}
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(industry || null);
        }}
      >
        <label htmlFor={selectId}>所属产业</label>
        <select id={selectId} value={industry} onChange={(e) => setIndustry(e.target.value)}>
          <option value="">不属于任何产业</option>
          {industryTree(taxonomy.data?.industries ?? []).map((i) => (
            <option key={i.code} value={i.code}>
              {indent(i.depth)}
              {i.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={map.busy}>
          确认映射
        </button>
      </form>
      {map.error && <ErrorMessage error={map.error} prefix="映射失败" />}
    </li>
  );
}
