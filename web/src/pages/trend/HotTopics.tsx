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
  }
`);

const WINDOWS: [HotTopicWindow, string][] = [
  ['WEEK', '近 7 天'],
  ['MONTH', '近 30 天'],
];

const PAGE = { NewsItem: '/news', Policy: '/policies' } as const;

/** 创业热点: words of news and policies whose mentions burst in the window, overall or of one industry. */
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
        ) : data.hotTopics.length === 0 ? (
          <Empty>这段时间没有明显升温的话题（与前一年相比）。</Empty>
        ) : (
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
        )}
      </div>
    </section>
  );
}
