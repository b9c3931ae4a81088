import { useState, type FormEvent } from 'react';
import { Link } from '../../app/router';
import { pageOf, usePaged } from '../../app/usePaged';
import { LoadMore } from '../../components/LoadMore';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { ValidityBadge } from '../../components/ValidityBadge';
import { graphql } from '../../gql';

const ConditionsPoliciesDocument = graphql(`
  query ConditionsPolicies($issuer: String, $after: String) {
    policies(filter: { issuer: $issuer }, first: 30, after: $after) {
      edges {
        node {
          id
          title
          documentNumber
          validity
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function ConditionsPolicyPicker() {
  const [issuer, setIssuer] = useState('');
  const [applied, setApplied] = useState('');
  const list = usePaged(ConditionsPoliciesDocument, { issuer: applied || null }, (r) => pageOf(r.policies));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(issuer.trim());
  };
  return (
    <section aria-labelledby="conditions-pick-heading">
      <h3 id="conditions-pick-heading">政策申报条件</h3>
      <p className="lead">选择一项政策，整理它的申报条件；政策匹配依据这些条件给出“适用”和“接近”。</p>
      <form onSubmit={submit} className="inline-form">
        <label>
          发文机关
          <input type="search" value={issuer} onChange={(e) => setIssuer(e.target.value)} />
        </label>
        <button type="submit">筛选</button>
      </form>
      <div aria-live="polite">
        {list.error ? (
          <ErrorMessage error={list.error} prefix="政策加载失败" retry={list.reload} />
        ) : list.loading ? (
          <Loading />
        ) : list.items.length === 0 ? (
          <Empty>没有政策。</Empty>
        ) : (
          <ul className="plain">
            {list.items.map((p) => (
              <li key={p.id}>
                <Link to={`/workbench/conditions/${encodeURIComponent(p.id)}`}>{p.title}</Link>{' '}
                <span className="meta">{p.documentNumber}</span> <ValidityBadge validity={p.validity} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
    </section>
  );
}
