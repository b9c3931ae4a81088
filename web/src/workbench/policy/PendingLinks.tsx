import { useState } from 'react';
import { formatDate, RELATION } from '../../app/labels';
import { Link } from '../../app/router';
import { pageOf, usePaged } from '../../app/usePaged';
import { LoadMore } from '../../components/LoadMore';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { PendingLinksQuery } from '../../gql/graphql';
import { useMutation } from '../../app/useMutation';

const PendingLinksDocument = graphql(`
  query PendingLinks($after: String) {
    pendingLinks(first: 20, after: $after) {
      edges {
        node {
          type
          fromId
          fromTitle
          fromLibrary
          toId
          toTitle
          requestedBy
          requestedAt
          sourceUrl
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const AcceptPendingLinkDocument = graphql(`
  mutation AcceptPendingLink($input: LinkInput!) {
    acceptLink(input: $input) {
      type
      pending
      deleted
    }
  }
`);

const DeclinePendingLinkDocument = graphql(`
  mutation DeclinePendingLink($input: LinkInput!) {
    declineLink(input: $input) {
      type
      pending
      deleted
    }
  }
`);

type Pending = PendingLinksQuery['pendingLinks']['edges'][number]['node'];

const policyHref = (id: string) => `/policies/${encodeURIComponent(id)}`;

/** 待确认关联: other libraries' REPEALS, REPLACES and AMENDS of this library's policies, accepted or declined here. */
export function PendingLinks() {
  const list = usePaged(PendingLinksDocument, {}, (result) => pageOf(result.pendingLinks));
  const [answered, setAnswered] = useState<string[]>([]);
  return (
    <section aria-labelledby="pending-links-heading">
      <div className="toolbar">
        <h3 id="pending-links-heading">待确认的跨馆关联</h3>
      </div>
      <p className="meta">其他馆的政策要废止、替代或修改本馆的政策时，需本馆确认后才生效；拒绝则不作任何改动。</p>
      <div aria-live="polite">
        {answered.map((line) => (
          <p key={line} className="success">
            {line}
          </p>
        ))}
        {list.error ? (
          <ErrorMessage error={list.error} prefix="待确认关联加载失败" retry={list.reload} />
        ) : list.loading ? (
          <Loading />
        ) : list.items.length === 0 ? (
          <Empty>没有等待本馆确认的关联。</Empty>
        ) : (
          <ul className="cards">
            {list.items.map((link) => (
              <PendingLinkCard
                key={`${link.fromId}-${link.type}-${link.toId}`}
                link={link}
                onAnswered={(line) => {
                  setAnswered((lines) => [...lines, line]);
                  list.reload();
                }}
              />
            ))}
          </ul>
        )}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
    </section>
  );
}

function PendingLinkCard({ link, onAnswered }: { link: Pending; onAnswered: (line: string) => void }) {
  const accept = useMutation(AcceptPendingLinkDocument);
  const decline = useMutation(DeclinePendingLinkDocument);
  const input = { fromId: link.fromId, type: link.type, toId: link.toId };
  const relation = RELATION[link.type] ?? link.type;
  const busy = accept.busy || decline.busy;
  const answer = async (yes: boolean) => {
    const done = yes ? await accept.run({ input }) : await decline.run({ input });
    if (done) onAnswered(`${yes ? '已接受' : '已拒绝'}：《${link.fromTitle}》${relation}《${link.toTitle}》`);
  };
  return (
    <li className="card">
      <h4>
        <Link to={policyHref(link.fromId)}>{link.fromTitle}</Link> <span className="badge">{relation}</span>{' '}
        <Link to={policyHref(link.toId)}>{link.toTitle}</Link>
      </h4>
      <p className="meta">
        {link.fromLibrary ?? '其他馆'} · {link.requestedBy} · 提出于 {formatDate(link.requestedAt)}
        {link.sourceUrl && (
          <>
            {' '}
            · 依据 <a href={link.sourceUrl}>{link.sourceUrl}</a>
          </>
        )}
      </p>
      <div className="actions">
        <button type="button" onClick={() => void answer(true)} disabled={busy} aria-busy={accept.busy}>
          接受
        </button>
        <button type="button" className="secondary" onClick={() => void answer(false)} disabled={busy} aria-busy={decline.busy}>
          拒绝
        </button>
      </div>
      {accept.error && <ErrorMessage error={accept.error} prefix="接受失败" />}
      {decline.error && <ErrorMessage error={decline.error} prefix="拒绝失败" />}
    </li>
  );
}
