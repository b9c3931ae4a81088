import { formatDate } from '../../app/labels';
import { Link } from '../../app/router';
import { isLibrarian, useSession } from '../../app/session';
import { useQuery } from '../../app/useQuery';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';

const LearningPathDocument = graphql(`
  query LearningPath($key: ID!) {
    learningPath(key: $key) {
      id
      slug
      title
      summary
      status
      updatedAt
      industry {
        code
        name
      }
      steps {
        position
        kind
        title
        note
        url
        document {
          id
          title
        }
        policy {
          id
          title
        }
      }
    }
  }
`);

const KIND_LABEL = { DOCUMENT: '文献', POLICY: '政策', LINK: '网站' } as const;

/** One learning path, its steps in order. */
export function LearningPathPage({ slug }: { slug: string }) {
  const { data, error, loading, reload } = useQuery(LearningPathDocument, { key: slug });
  const { account } = useSession();
  if (error) return <ErrorMessage error={error} prefix="学习路径加载失败" retry={reload} />;
  if (loading || !data) return <Loading>正在加载学习路径…</Loading>;
  const path = data.learningPath;
  if (!path) return <Empty>未找到该学习路径。</Empty>;
  return (
    <article className="learning-path" aria-labelledby="learning-path-title">
      <p className="crumbs">
        <Link to="/learning">创业知识学习库</Link>
        {path.industry && (
          <>
            {' › '}
            <Link to={`/industries/${encodeURIComponent(path.industry.code)}`}>{path.industry.name}</Link>
          </>
        )}
      </p>
      <h2 id="learning-path-title">
        {path.title}
        {path.status === 'DRAFT' && <span className="tag"> 草稿</span>}
      </h2>
      <p>{path.summary}</p>
      <p className="meta">
        {path.steps.length} 步 · 更新于 {formatDate(path.updatedAt)}
        {isLibrarian(account) && (
          <>
            {' · '}
            <Link to={`/workbench/learning/${encodeURIComponent(path.id)}`}>在工作台编辑</Link>
          </>
        )}
      </p>
      <ol className="learning-steps">
        {path.steps.map((step) => (
          <li key={step.position} className="card">
            <p className="meta">
              第 {step.position} 步 · {KIND_LABEL[step.kind]}
            </p>
            <h3>
              {step.kind === 'LINK' && step.url ? (
                <a href={step.url} rel="noreferrer noopener" target="_blank">
                  {step.title}
                </a>
              ) : step.document ? (
                <Link to={`/documents/${encodeURIComponent(step.document.id)}`}>{step.title || step.document.title}</Link>
              ) : step.policy ? (
                <Link to={`/policies/${encodeURIComponent(step.policy.id)}`}>{step.title || step.policy.title}</Link>
              ) : (
                <>{step.title}（已不可用）</>
              )}
            </h3>
            {step.note && <p>{step.note}</p>}
            {step.kind === 'LINK' && step.url && <p className="meta url">{new URL(step.url).host}</p>}
          </li>
        ))}
      </ol>
    </article>
  );
}
