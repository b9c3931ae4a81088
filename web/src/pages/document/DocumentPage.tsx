import { formatDate } from '../../app/labels';
import { Link } from '../../app/router';
import { useQuery } from '../../app/useQuery';
import { ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import { DocumentFilings } from './DocumentFilings';

const DocumentDetailDocument = graphql(`
  query DocumentDetail($id: ID!) {
    document(id: $id) {
      id
      title
      abstract
      keywords
      authors
      year
      journal
      volume
      issue
      pages
      doi
      issn
      isbn
      url
      database
      type
      importedAt
      filingVersion
      industries {
        industry {
          code
          name
        }
        score
        semantic
        lexical
        evidence
        decidedBy
      }
    }
  }
`);

export function DocumentPage({ id }: { id: string }) {
  const { data, error, loading, reload } = useQuery(DocumentDetailDocument, { id });
  if (error) return <ErrorMessage error={error} prefix="文献加载失败" retry={reload} />;
  if (loading || !data) return <Loading>正在加载文献…</Loading>;
  const doc = data.document;
  if (!doc)
    return (
      <section>
        <h2>未找到该文献</h2>
        <Link to="/documents">返回文献检索</Link>
      </section>
    );
  const issue = [doc.volume && `${doc.volume}卷`, doc.issue && `${doc.issue}期`, doc.pages && `${doc.pages}页`].filter(Boolean).join(' ');
  const facts: [string, string | null | undefined][] = [
    ['作者', doc.authors.join('；')],
    ['刊名', doc.journal],
    ['年份', doc.year?.toString()],
    ['卷期页', issue],
    ['DOI', doc.doi],
    ['ISSN', doc.issn],
    ['ISBN', doc.isbn],
    ['数据库', doc.database],
    ['导入时间', formatDate(doc.importedAt)],
  ];
  return (
    <article className="detail" aria-labelledby="document-title">
      <p className="crumbs">
        <Link to="/documents">文献</Link> ›
      </p>
      <h2 id="document-title">{doc.title}</h2>
      <dl className="facts">
        {facts
          .filter(([, v]) => v)
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {doc.keywords.length > 0 && (
        <ul className="tags" aria-label="关键词">
          {doc.keywords.map((k) => (
            <li key={k} className="tag">
              {k}
            </li>
          ))}
        </ul>
      )}
      <h3>摘要</h3>
      <p>{doc.abstract ?? '无摘要。'}</p>
      <DocumentFilings document={doc} onChanged={reload} />
      {(doc.url || doc.doi) && (
        <p>
          <a href={doc.url ?? `https://doi.org/${doc.doi}`} target="_blank" rel="noreferrer noopener">
            在数据库中查看全文
          </a>
        </p>
      )}
    </article>
  );
}
