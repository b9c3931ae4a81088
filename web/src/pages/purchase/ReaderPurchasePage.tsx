import { useState, type FormEvent } from 'react';
import { Link } from '../../app/router';
import { useSession } from '../../app/session';
import { useMutation } from '../../app/useMutation';
import { useQuery } from '../../app/useQuery';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { PurchaseCheckQuery } from '../../gql/graphql';
import { yuan } from './money';
import { Timeline } from './Timeline';

const PurchaseHomeDocument = graphql(`
  query PurchaseHome {
    myPurchaseQuota {
      card {
        cardNumber
        validUntil
        loanCount
        loanCap
        homeLibrary {
          name
        }
      }
      periodDays
      booksLeft
      fenLeft
      loansOut
    }
    purchaseStores {
      id
      name
      channel
    }
    myPurchaseRequests(first: 20) {
      edges {
        node {
          id
          title
          isbn
          priceFen
          statusLabel
          status
          dueDate
          refusals {
            message
          }
          timeline {
            to
            label
            at
            note
          }
        }
      }
    }
    myPurchaseMessages(first: 5) {
      edges {
        node {
          id
          subject
          read
        }
      }
    }
  }
`);

const PurchaseCheckDocument = graphql(`
  query PurchaseCheck($isbn: String!) {
    purchaseEligibility(isbn: $isbn, channel: ONLINE) {
      eligible
      refusals {
        rule
        message
      }
      book {
        isbn
        isbnHyphenated
        title
        authors
        publisher
        year
        priceFen
        clcClass
        allianceCopies
      }
    }
  }
`);

const RequestPurchaseDocument = graphql(`
  mutation RequestPurchase($isbn: String!, $store: ID!) {
    requestPurchase(isbn: $isbn, store: $store) {
      created
      request {
        id
        statusLabel
      }
    }
  }
`);

type Check = PurchaseCheckQuery['purchaseEligibility'];

/** 你选书我买单 for readers: type or scan an ISBN, see whether it qualifies and why, ask, follow the requests. */
export function ReaderPurchasePage() {
  const { account } = useSession();
  const isReader = account?.role === 'READER';
  const home = useQuery(PurchaseHomeDocument, {}, { skip: !isReader });
  const [isbn, setIsbn] = useState('');
  const [check, setCheck] = useState<Check>();
  const [done, setDone] = useState<string>();
  const checking = useMutation(PurchaseCheckDocument);
  const requesting = useMutation(RequestPurchaseDocument);
  const busy = checking.busy || requesting.busy;
  const problem = checking.error ?? requesting.error;

  if (account === undefined) return <Loading>正在确认登录状态…</Loading>;
  if (!isReader)
    return (
      <section aria-labelledby="purchase-heading" className="purchase">
        <h2 id="purchase-heading">你选书我买单</h2>
        <p>读者选新书，图书馆买单：在合作书店或网上挑选新书，符合规则即由图书馆付款，您直接借阅。</p>
        {account ? (
          account.role === 'BOOKSTORE' ? (
            <p>
              书店员工请使用<Link to="/purchase/till">收银台</Link>。
            </p>
          ) : (
            <p>
              馆员请在<Link to="/workbench/purchase">馆员工作台</Link>审核荐购、处理还书与编目
              {account.role === 'ADMIN' ? (
                <>
                  ；经费与结算见<Link to="/budget">联盟经费</Link>
                </>
              ) : null}
              。
            </p>
          )
        ) : (
          <p>
            请先<Link to={'/login?next=%2Fpurchase'}>登录</Link>读者账号。
          </p>
        )}
      </section>
    );

  const onlineStores = home.data?.purchaseStores.filter((s) => s.channel === 'ONLINE') ?? [];

  const onCheck = async (event: FormEvent) => {
    event.preventDefault();
    requesting.clearError();
    setDone(undefined);
    setCheck(undefined);
    const result = await checking.run({ isbn: isbn.trim() });
    if (result) setCheck(result.purchaseEligibility);
  };

  const onRequest = async (store: string) => {
    if (!check) return;
    checking.clearError();
    const result = await requesting.run({ isbn: check.book.isbn, store });
    if (!result) return;
    setDone(`申请已提交：${result.requestPurchase.request.statusLabel}`);
    setCheck(undefined);
    setIsbn('');
    home.reload();
  };

  const quota = home.data?.myPurchaseQuota;
  const requests = home.data?.myPurchaseRequests.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="purchase-heading" className="purchase">
      <h2 id="purchase-heading">你选书我买单</h2>
      {home.error && <ErrorMessage error={home.error} retry={home.reload} />}
      {home.data && !quota && <p role="alert">您还没有绑定读者证，请到图书馆办理后再来选书。</p>}
      {quota && (
        <dl className="purchase-quota" aria-label="我的额度">
          <dt>读者证</dt>
          <dd>
            {quota.card.cardNumber}（{quota.card.homeLibrary.name}，有效期至 {quota.card.validUntil}）
          </dd>
          <dt>{quota.periodDays} 天内还可选</dt>
          <dd data-testid="books-left">
            {quota.booksLeft} 册 / {yuan(quota.fenLeft)}
          </dd>
          <dt>在借</dt>
          <dd>
            {quota.card.loanCount} / {quota.card.loanCap} 册（其中荐购 {quota.loansOut} 册）
          </dd>
        </dl>
      )}

      <form onSubmit={(e) => void onCheck(e)} className="purchase-isbn">
        <label htmlFor="purchase-isbn">ISBN（输入或扫码）</label>
        <input
          id="purchase-isbn"
          inputMode="numeric"
          autoComplete="off"
          value={isbn}
          onChange={(e) => setIsbn(e.target.value)}
          placeholder="978-7-…"
          required
        />
        <button type="submit" disabled={busy}>
          能否选购
        </button>
      </form>
      {problem && <ErrorMessage error={problem} />}
      {done && <p role="status">{done}</p>}
      {check && (
        <article className="purchase-check" aria-label="查询结果">
          <h3>{check.book.title}</h3>
          <p>
            {check.book.authors.join('、')} · {check.book.publisher} · {check.book.year} · ISBN {check.book.isbnHyphenated} · 定价{' '}
            {yuan(check.book.priceFen)} · 联盟馆藏 {check.book.allianceCopies} 册
          </p>
          {check.eligible ? (
            <>
              <p className="ok">符合选书规则，可以申请。</p>
              {onlineStores.length === 0 && <p>暂无可送书到家的网上书店；也可到合作书店现场选购。</p>}
              {onlineStores.map((store) => (
                <button key={store.id} type="button" disabled={busy} onClick={() => void onRequest(store.id)}>
                  从{store.name}申请送书到家
                </button>
              ))}
            </>
          ) : (
            <ul className="refusals" aria-label="不符合的规则">
              {check.refusals.map((r) => (
                <li key={r.rule}>{r.message}</li>
              ))}
            </ul>
          )}
        </article>
      )}

      <h3>我的申请</h3>
      {home.loading && !home.data && <Loading />}
      {home.data && requests.length === 0 && <Empty>还没有申请。</Empty>}
      <ul className="purchase-requests">
        {requests.map((r) => (
          <li key={r.id} data-status={r.status}>
            <strong>{r.title}</strong> <span className="badge">{r.statusLabel}</span> {yuan(r.priceFen)}
            {r.dueDate && <span> · 应还日期 {r.dueDate}</span>}
            {r.refusals.map((f) => (
              <p key={f.message} className="refusal">
                {f.message}
              </p>
            ))}
            <Timeline steps={r.timeline} />
          </li>
        ))}
      </ul>
      {home.data && home.data.myPurchaseMessages.edges.length > 0 && (
        <>
          <h3>消息</h3>
          <ul className="purchase-messages">
            {home.data.myPurchaseMessages.edges.map(({ node }) => (
              <li key={node.id} className={node.read ? 'read' : 'unread'}>
                {node.subject}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
