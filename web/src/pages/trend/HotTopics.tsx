import { useState } from 'react';
import { formatDate } from '../../app/labels';
import { Link } from '../../app/router';
import { useQuery } from '../../app/useQuery';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { HotTopicWindow } from '../../gql/graphql';

const HotTopicsDocument = graphql(`
  query HotTopicsPanel($industry: ID, $window: HotTopicWindow) {
    hotTopics(industry: $industry, window: $window, limit: 8) {
      term
      count
      expected
      mentions {
        kind
        id
        title
        at
      }
    }
    topics: hotTopics(industry: $industry, window: $window, limit: 5, source: TOPICS) {
      term
      count
      expected
      topic {
        id
        label
      }
      mentions {
        id
        title
        at
      }
    }
  }
`);

const WINDOWS: [HotTopicWindow, string][] = [
  ['WEEK', '近 7 天'],
  ['MONTH', '近 30 天'],
];

const PAGE = { NewsItem: '/news', Policy: '/policies' } as const;

/**
 * 创业热点: the library's topics whose news (embedded, assigned by meaning) bursts in the window, and the
 * words of news and policies whose mentions burst, overall or of one industry.
 */
export function HotTopics({ industry }: { industry?: string }) {
  const [window, setWindow] = useState<HotTopicWindow>('WEEK');
  const { data, error, loading, reload } = useQuery(HotTopicsDocument, { industry: industry ?? null, window });
  return (
    <section className="hot-topics" aria-labelledby="hot-topics-heading">
      <div className="toolbar">
        <h3 id="hot-topics-heading">创业热点</h3>
        <span role="radiogroup" aria-label="时间窗口">
          {WINDOWS.map(([value, label]) => (
            <label key={value}>
              <input type="radio" name={`hot-window-${industry ?? 'all'}`} checked={window === value} onChange={() => setWindow(value)} />
              {label}
            </label>
          ))}
        </span>
      </div>
      <div aria-live="polite">
        {error ? (
          <ErrorMessage error={error} prefix="热点加载失败" retry={reload} />
        ) : loading || !data ? (
          <Loading>正在计算热点…</Loading>
        ) : data.hotTopics.length === 0 && data.topics.length === 0 ? (
          <Empty>这段时间没有明显升温的话题（与前一年相比）。</Empty>
        ) : (
          <>
            {data.topics.length > 0 && (
              <>
                <h4>升温的专题</h4>
                <ol className="plain hot-list hot-topic-clusters">
                  {data.topics.map((hot) => (
                    <li key={hot.topic?.id ?? hot.term}>
                      {hot.topic ? (
                        <Link to={`/topics/${hot.topic.id}`} className="hot-term">
                          {hot.topic.label}
                        </Link>
                      ) : (
                        <strong className="hot-term">{hot.term}</strong>
                      )}{' '}
                      <span className="meta">
                        相关资讯 {hot.count} 条（往年同期约 {hot.expected.toFixed(1)} 条）
                      </span>
                      {hot.mentions[0] && (
                        <span className="meta">
                          {' '}
                          · <Link to={`/news/${hot.mentions[0].id}`}>{hot.mentions[0].title}</Link> {formatDate(hot.mentions[0].at)}
                        </span>
                      )}
                    </li>
                  ))}
                </ol>
              </>
            )}
            {data.hotTopics.length > 0 && (
              <>
                {data.topics.length > 0 && <h4>升温的词</h4>}
                <ol className="plain hot-list">
                  {data.hotTopics.map((topic) => (
                    <li key={topic.term}>
                      <strong className="hot-term">{topic.term}</strong>{' '}
                      <span className="meta">
                        {topic.count} 次（往年同期约 {topic.expected.toFixed(1)} 次）
                      </span>
                      {topic.mentions[0] && (
                        <span className="meta">
                          {' '}
                          ·{' '}
                          <Link to={`${PAGE[topic.mentions[0].kind as keyof typeof PAGE] ?? '/news'}/${topic.mentions[0].id}`}>
                            {topic.mentions[0].title}
                          </Link>{' '}
                          {formatDate(topic.mentions[0].at)}
                        </span>
                      )}
                    </li>
                  ))}
                </ol>
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
