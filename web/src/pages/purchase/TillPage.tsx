import { useRef, useState, type FormEvent } from 'react';
import { Link } from '../../app/router';
import { useSession } from '../../app/session';
import { useMutation } from '../../app/useMutation';
import { useQuery } from '../../app/useQuery';
import { ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { PurchaseAtTillMutation } from '../../gql/graphql';
import { yuan } from './money';

const TillStoreDocument = graphql(`
  query TillStore {
    myBookstore {
      id
      name
    }
  }
`);

const PurchaseAtTillDocument = graphql(`
  mutation PurchaseAtTill($cardNumber: String!, $isbn: String!) {
    purchaseAtTill(cardNumber: $cardNumber, isbn: $isbn) {
      created
      refusals {
        rule
        message
      }
      request {
        id
        title
        status
        statusLabel
        priceFen
      }
    }
  }
`);

const ConfirmPickupDocument = graphql(`
  mutation ConfirmPurchasePickup($request: ID!) {
    confirmPurchasePickup(request: $request) {
      id
      status
      statusLabel
      dueDate
    }
  }
`);

type Outcome = PurchaseAtTillMutation['purchaseAtTill'];

/** The bookstore till: reader card + ISBN (typed or scanned) → approved or refused, then hand the book over. */
export function TillPage() {
  const { account } = useSession();
  const staff = account?.role === 'BOOKSTORE';
  const store = useQuery(TillStoreDocument, {}, { skip: !staff });
  const [card, setCard] = useState('');
  const [isbn, setIsbn] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const [handedOver, setHandedOver] = useState<string>();
  const verify = useMutation(PurchaseAtTillDocument);
  const pickUp = useMutation(ConfirmPickupDocument);
  const busy = verify.busy || pickUp.busy;
  const problem = verify.error ?? pickUp.error;
  const isbnInput = useRef<HTMLInputElement>(null);

  if (account === undefined) return <Loading>正在确认登录状态…</Loading>;
  if (!staff)
    return (
      <section aria-labelledby="till-heading" className="purchase till">
        <h2 id="till-heading">书店收银台</h2>
        <p role="alert">收银台仅对合作书店员工开放。{!account && <Link to={'/login?next=%2Fpurchase%2Ftill'}>登录</Link>}</p>
      </section>
    );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    setHandedOver(undefined);
    pickUp.clearError();
    void verify.run({ cardNumber: card.trim(), isbn: isbn.trim() }).then((result) => result && setOutcome(result.purchaseAtTill));
  };

  const onHandOver = async (id: string) => {
    verify.clearError();
    const result = await pickUp.run({ request: id });
    if (!result) return;
    setHandedOver(`已借出，应还日期 ${result.confirmPurchasePickup.dueDate ?? '—'}`);
    setIsbn('');
    isbnInput.current?.focus();
  };

  const status = outcome?.request.status;
  return (
    <section aria-labelledby="till-heading" className="purchase till">
      <h2 id="till-heading">书店收银台{store.data?.myBookstore ? ` · ${store.data.myBookstore.name}` : ''}</h2>
      {store.data && !store.data.myBookstore && <p role="alert">您的账号还没有绑定书店，请联系管理员。</p>}
      <form onSubmit={onSubmit} className="till-form">
        <label htmlFor="till-card">读者证号</label>
        <input id="till-card" value={card} onChange={(e) => setCard(e.target.value)} autoComplete="off" required />
        <label htmlFor="till-isbn">ISBN（扫码）</label>
        <input
          id="till-isbn"
          ref={isbnInput}
          value={isbn}
          onChange={(e) => setIsbn(e.target.value)}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <button type="submit" disabled={busy}>
          核验
        </button>
      </form>
      {problem && <ErrorMessage error={problem} />}
      {outcome && (
        <article className={`till-verdict ${status === 'REJECTED' ? 'refused' : 'approved'}`} aria-label="核验结果" aria-live="polite">
          <h3>
            {status === 'APPROVED'
              ? '通过'
              : status === 'UNDER_REVIEW'
                ? '待馆员审核'
                : status === 'REJECTED'
                  ? '不通过'
                  : outcome.request.statusLabel}
            ：《{outcome.request.title}》 {yuan(outcome.request.priceFen)}
          </h3>
          {outcome.refusals.length > 0 && (
            <ul className="refusals">
              {outcome.refusals.map((r) => (
                <li key={r.rule}>{r.message}</li>
              ))}
            </ul>
          )}
          {status === 'APPROVED' && !handedOver && (
            <button type="button" disabled={busy} onClick={() => void onHandOver(outcome.request.id)}>
              确认取书（借出）
            </button>
          )}
          {handedOver && <p role="status">{handedOver}</p>}
        </article>
      )}
    </section>
  );
}
