import { formatDate, KIND, nodeHref } from '../../app/labels';
import { Link } from '../../app/router';
import { useQuery } from '../../app/useQuery';
import { ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';

const NewsItemDocument = graphql(`
  query NewsItem($id: ID!) {
    newsItem(id: $id) {
      id
      url
      title
      html
      publishedAt
      author
      region {
        name
      }
      source {
        name
      }
      industries {
        code
        name
      }
      mentions {
        id
        kind
        name
      }
    }
  }
`);

const MENTION_KIND: Record<string, string> = { ORGANIZATION: 'Organization', PERSON: 'Person', PROJECT: 'Project' };

export function NewsItemPage({ id }: { id: string }) {
  const { data, error, loading, reload } = useQuery(NewsItemDocument, { id });
  if (error) return <ErrorMessage error={error} prefix="资讯加载失败" retry={reload} />;
  if (loading || !data) return <Loading>正在加载资讯…</Loading>;
  const item = data.newsItem;
  if (!item)
    return (
      <section>
        <h2>未找到该资讯</h2>
        <Link to="/news">返回资讯</Link>
      </section>
    );
  return (
    <article className="detail" aria-labelledby="news-title">
      <p className="crumbs">
        <Link to="/news">资讯</Link> ›
      </p>
      <h2 id="news-title">{item.title}</h2>
      <p className="meta">
        {formatDate(item.publishedAt)} {item.author && `· ${item.author}`} {item.source && `· ${item.source.name}`}{' '}
        {item.region && `· ${item.region.name}`}
      </p>
      {item.industries.length > 0 && (
        <p>
          {item.industries.map((i) => (
            <Link key={i.code} to={`/industries/${encodeURIComponent(i.code)}`} className="tag">
              {i.name}
            </Link>
          ))}
        </p>
      )}
      {/* Sanitised by the server when it is crawled. */}
      <div className="policy-body" dangerouslySetInnerHTML={{ __html: item.html }} />
      <p>
        <a href={item.url} target="_blank" rel="noreferrer noopener">
          查看原文
        </a>
      </p>
      {item.mentions.length > 0 && (
        <section aria-labelledby="mentions-heading">
          <h3 id="mentions-heading">提及</h3>
          <ul className="tags">
            {item.mentions.map((m) => {
              const kind = MENTION_KIND[m.kind] ?? m.kind;
              return (
                <li key={m.id} className="tag">
                  <Link to={nodeHref(kind, m.id) ?? '#'}>{m.name}</Link>（{KIND[kind]}）
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </article>
  );
}
