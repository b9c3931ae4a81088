import { useState } from 'react';
import { useSession } from '../../app/session';
import { useQuery } from '../../app/useQuery';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { PurchaseStatus } from '../../gql/graphql';
import { useMutation } from '../../app/useMutation';
import { PurchaseRulesEditor } from './PurchaseRulesEditor';

const PurchaseDeskDocument = graphql(`
  query PurchaseDesk($library: ID!, $statuses: [PurchaseStatus!]) {
    purchaseRequests(library: $library, statuses: $statuses, first: 50) {
      edges {
        node {
          id
          title
          isbn
          priceFen
          status
          statusLabel
          reviewReason
          cardNumber
          dueDate
          createdAt
        }
      }
    }
  }
`);

const ReviewPurchaseDocument = graphql(`
  mutation ReviewPurchase($request: ID!, $approve: Boolean!, $note: String) {
    reviewPurchase(request: $request, approve: $approve, note: $note) {
      id
      status
    }
  }
`);

const ReturnPurchaseDocument = graphql(`
  mutation ReturnPurchase($request: ID!) {
    returnPurchase(request: $request) {
      id
      status
    }
  }
`);

const CataloguePurchaseDocument = graphql(`
  mutation CataloguePurchase($request: ID!) {
    cataloguePurchase(request: $request) {
      id
      status
    }
  }
`);

const QUEUES: { label: string; statuses: PurchaseStatus[] }[] = [
  { label: '待审核', statuses: ['UNDER_REVIEW'] },
  { label: '借阅中 · 还书', statuses: ['ON_LOAN', 'OVERDUE'] },
  { label: '已归还 · 待编目', statuses: ['RETURNED'] },
  { label: '全部', statuses: [] },
];

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')} 元`;

/** 你选书我买单 for librarians: the review queue, returns, cataloguing, and the library's rules. */
export function PurchaseDesk() {
  const { account } = useSession();
  const library = account?.library?.id ?? null;
  const [queue, setQueue] = useState(0);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const statuses = QUEUES[queue]!.statuses;
  const list = useQuery(PurchaseDeskDocument, { library: library ?? '', statuses: statuses.length ? statuses : null }, { skip: !library });
  const review = useMutation(ReviewPurchaseDocument);
  const giveBack = useMutation(ReturnPurchaseDocument);
  const catalogue = useMutation(CataloguePurchaseDocument);
  const error = review.error ?? giveBack.error ?? catalogue.error;
  const after = (result: unknown) => {
    if (result) list.reload();
  };

  if (!library) return <p>你选书我买单按馆办理：请以本馆馆员账号登录。</p>;
  const rows = list.data?.purchaseRequests.edges.map((e) => e.node) ?? [];
  return (
    <div className="purchase-desk">
      <nav aria-label="荐购队列" className="tabs">
        <ul>
          {QUEUES.map((q, i) => (
            <li key={q.label}>
              <button type="button" aria-pressed={i === queue} onClick={() => setQueue(i)}>
                {q.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {error && <ErrorMessage error={error} />}
      {list.error && <ErrorMessage error={list.error} retry={list.reload} />}
      {list.loading && <Loading />}
      {list.data && rows.length === 0 && <Empty>这里没有申请。</Empty>}
      <table className="purchase-queue">
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-status={r.status}>
              <td>
                <strong>{r.title}</strong>
                <br />
                ISBN {r.isbn} · 读者证 {r.cardNumber}
              </td>
              <td>{yuan(r.priceFen)}</td>
              <td>
                {r.statusLabel}
                {r.dueDate ? ` · 应还 ${r.dueDate}` : ''}
                {r.status === 'UNDER_REVIEW' && r.reviewReason && <div className="review-reason">{r.reviewReason}</div>}
              </td>
              <td>
                {r.status === 'UNDER_REVIEW' && (
                  <div className="actions">
                    <input
                      aria-label={`驳回原因：${r.title}`}
                      value={notes[r.id] ?? ''}
                      onChange={(e) => setNotes({ ...notes, [r.id]: e.target.value })}
                      placeholder="驳回原因"
                    />
                    <button type="button" onClick={() => void review.run({ request: r.id, approve: true }).then(after)}>
                      批准
                    </button>
                    <button
                      type="button"
                      onClick={() => void review.run({ request: r.id, approve: false, note: notes[r.id] ?? '' }).then(after)}
                    >
                      驳回
                    </button>
                  </div>
                )}
                {(r.status === 'ON_LOAN' || r.status === 'OVERDUE') && (
                  <button type="button" onClick={() => void giveBack.run({ request: r.id }).then(after)}>
                    还书
                  </button>
                )}
                {r.status === 'RETURNED' && (
                  <button type="button" onClick={() => void catalogue.run({ request: r.id }).then(after)}>
                    编目入藏
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <PurchaseRulesEditor library={library} />
    </div>
  );
}
