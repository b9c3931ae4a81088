import { formatDate, LEVEL, RELATION } from '../../app/labels';
import { Link } from '../../app/router';
import { isLibrarian, useSession } from '../../app/session';
import { useTaxonomy } from '../../app/taxonomy';
import { useQuery } from '../../app/useQuery';
import { ConditionsView } from '../../components/ConditionsView';
import { ErrorMessage, Loading } from '../../components/Status';
import { ValidityBadge } from '../../components/ValidityBadge';
import { graphql } from '../../gql';

const PolicyDocument = graphql(`
  query PolicyDetail($id: ID!) {
    policy(id: $id) {
      id
      url
      title
      documentNumber
      issuer
      writtenDate
      publishedDate
      effectiveDate
      expiryDate
      validity
      category
      level
      region {
        name
      }
      industries {
        code
        name
      }
      html
      revision
      revisions {
        number
        title
        documentNumber
        validity
        fetchedAt
      }
      attachments {
        url
        name
        format
      }
      links {
        kind
        direction
        policy {
          id
          title
          documentNumber
          validity
        }
      }
      source {
        name
      }
    }
    policyConditions(policyId: $id) {
      industryCodes
      regionCodes
      minAgeYears
      maxAgeYears
      minEmployees
      maxEmployees
      minRevenue
      maxRevenue
      minRdStaff
      qualifications
      talentTypes
      validFrom
      validUntil
    }
  }
`);

export function PolicyDetailPage({ id }: { id: string }) {
  const { data, error, loading, reload } = useQuery(PolicyDocument, { id });
  const taxonomy = useTaxonomy();
  const { account } = useSession();
  if (error) return <ErrorMessage error={error} prefix="政策加载失败" retry={reload} />;
  if (loading || !data) return <Loading>正在加载政策…</Loading>;
  const policy = data.policy;
  if (!policy)
    return (
      <section>
        <h2>未找到该政策</h2>
        <p>
          <Link to="/policies">返回政策列表</Link>
        </p>
      </section>
    );
  const names = (code: string) =>
    taxonomy.data?.industries.find((i) => i.code === code)?.name ?? taxonomy.data?.regions.find((r) => r.code === code)?.name ?? code;
  const facts: [string, string | null | undefined][] = [
    ['发文字号', policy.documentNumber],
    ['发文机关', policy.issuer],
    ['成文日期', policy.writtenDate],
    ['发布日期', policy.publishedDate],
    ['施行日期', policy.effectiveDate],
    ['失效日期', policy.expiryDate],
    ['地区', policy.region?.name ?? LEVEL[policy.level]],
    ['类别', policy.category],
    ['来源', policy.source?.name],
  ];
  return (
    <article className="detail policy-detail" aria-labelledby="policy-title">
      <p className="crumbs">
        <Link to="/policies">政策</Link> ›
      </p>
      <h2 id="policy-title">{policy.title}</h2>
      <p>
        <ValidityBadge validity={policy.validity} />
        {policy.industries.map((i) => (
          <Link key={i.code} to={`/industries/${encodeURIComponent(i.code)}`} className="tag">
            {i.name}
          </Link>
        ))}
      </p>
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
      <p>
        <a href={policy.url} target="_blank" rel="noreferrer noopener">
          查看原文（政府网站）
        </a>
      </p>
      {/* The body is sanitised by the server when it is crawled (crawlers/parse). */}
      <div className="policy-body" dangerouslySetInnerHTML={{ __html: policy.html }} />
      <section aria-labelledby="attachments-heading">
        <h3 id="attachments-heading">附件</h3>
        {policy.attachments.length === 0 ? (
          <p className="empty">无附件。</p>
        ) : (
          <ul>
            {policy.attachments.map((a) => (
              <li key={a.url}>
                <a href={a.url} target="_blank" rel="noreferrer noopener">
                  {a.name}
                </a>{' '}
                <span className="meta">（{a.format.toUpperCase()}）</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="conditions-heading">
        <h3 id="conditions-heading">申报条件</h3>
        {data.policyConditions ? (
          <ConditionsView conditions={data.policyConditions} names={names} />
        ) : (
          <p className="empty">馆员尚未整理申报条件。</p>
        )}
        {isLibrarian(account) && (
          <p>
            <Link to={`/workbench/conditions/${encodeURIComponent(policy.id)}`}>编辑申报条件</Link>
          </p>
        )}
      </section>
      <section aria-labelledby="links-heading">
        <h3 id="links-heading">相关政策</h3>
        {policy.links.length === 0 ? (
          <p className="empty">无废止、替代或修改关系。</p>
        ) : (
          <ul>
            {policy.links.map((l) => (
              <li key={`${l.kind}-${l.direction}-${l.policy.id}`}>
                {l.direction === 'OUT' ? `本政策${RELATION[l.kind]}：` : `被其${RELATION[l.kind]}：`}
                <Link to={`/policies/${encodeURIComponent(l.policy.id)}`}>{l.policy.title}</Link>{' '}
                {l.policy.documentNumber && <span className="meta">{l.policy.documentNumber}</span>}{' '}
                <ValidityBadge validity={l.policy.validity} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="revisions-heading">
        <h3 id="revisions-heading">修订记录</h3>
        <table>
          <caption className="sr-only">本政策各次抓取到的版本，最新在前</caption>
          <thead>
            <tr>
              <th scope="col">版本</th>
              <th scope="col">标题</th>
              <th scope="col">发文字号</th>
              <th scope="col">效力</th>
              <th scope="col">抓取时间</th>
            </tr>
          </thead>
          <tbody>
            {policy.revisions.map((r) => (
              <tr key={r.number}>
                <td>第 {r.number} 版</td>
                <td>{r.title}</td>
                <td>{r.documentNumber ?? '—'}</td>
                <td>
                  <ValidityBadge validity={r.validity} />
                </td>
                <td>{formatDate(r.fetchedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
