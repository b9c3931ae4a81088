import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '../../app/useQuery';
import { ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { BookKind, PurchaseRulesInput } from '../../gql/graphql';
import { useMutation } from '../../app/useMutation';

const PurchaseRulesDocument = graphql(`
  query PurchaseRulesOfLibrary($library: ID!) {
    purchaseRules(library: $library) {
      version
      maxPriceFen
      maxBooksPerOrder
      periodDays
      maxBooksPerPeriod
      maxFenPerPeriod
      maxHoldingCopies
      onePerReaderPerTitle
      minPublicationYear
      excludedClcPrefixes
      excludedKinds
      returnBeforeNext
      loanDays
      reviewAboveFen
      channels
      updatedAt
    }
  }
`);

const UpdatePurchaseRulesDocument = graphql(`
  mutation UpdatePurchaseRules($library: ID!, $version: Int!, $input: PurchaseRulesInput!) {
    updatePurchaseRules(library: $library, version: $version, input: $input) {
      version
      updatedAt
    }
  }
`);

const KINDS: [BookKind, string][] = [
  ['TEXTBOOK', '教材教辅'],
  ['EXAM_GUIDE', '考试用书'],
  ['REFERENCE', '工具书'],
  ['FOREIGN_ORIGINAL', '外文原版'],
  ['PERIODICAL', '期刊报纸'],
  ['SET', '套装书'],
  ['TOY_BOOK', '玩具书/立体书'],
  ['AUDIOVISUAL', '音像制品'],
];

/** Yuan typed by a librarian ("100" or "99.5") → fen, digit by digit; null when not a price. */
const toFen = (text: string): number | null => {
  const m = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
};
const toYuan = (fen: number) => `${Math.floor(fen / 100)}${fen % 100 ? `.${String(fen % 100).padStart(2, '0')}` : ''}`;

interface Form {
  maxPrice: string;
  maxBooksPerOrder: string;
  periodDays: string;
  maxBooksPerPeriod: string;
  maxMoneyPerPeriod: string;
  maxHoldingCopies: string;
  minPublicationYear: string;
  excludedClcPrefixes: string;
  loanDays: string;
  reviewAbove: string;
}

/** The library's purchase rules, edited by its librarians (saved as a new version, audited). */
export function PurchaseRulesEditor({ library }: { library: string }) {
  const rules = useQuery(PurchaseRulesDocument, { library });
  const save = useMutation(UpdatePurchaseRulesDocument);
  const [form, setForm] = useState<Form>();
  const [kinds, setKinds] = useState<BookKind[]>([]);
  const [flags, setFlags] = useState({ onePerReaderPerTitle: true, returnBeforeNext: false });
  const [saved, setSaved] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const r = rules.data?.purchaseRules;

  useEffect(() => {
    if (!r) return;
    setForm({
      maxPrice: toYuan(r.maxPriceFen),
      maxBooksPerOrder: String(r.maxBooksPerOrder),
      periodDays: String(r.periodDays),
      maxBooksPerPeriod: String(r.maxBooksPerPeriod),
      maxMoneyPerPeriod: toYuan(r.maxFenPerPeriod),
      maxHoldingCopies: String(r.maxHoldingCopies),
      minPublicationYear: r.minPublicationYear ? String(r.minPublicationYear) : '',
      excludedClcPrefixes: r.excludedClcPrefixes.join(' '),
      loanDays: String(r.loanDays),
      reviewAbove: r.reviewAboveFen === null ? '' : toYuan(r.reviewAboveFen),
    });
    setKinds(r.excludedKinds);
    setFlags({ onePerReaderPerTitle: r.onePerReaderPerTitle, returnBeforeNext: r.returnBeforeNext });
  }, [r]);

  if (rules.error) return <ErrorMessage error={rules.error} retry={rules.reload} />;
  if (!r || !form) return <Loading />;

  const field = (name: keyof Form, label: string) => (
    <label key={name}>
      {label}
      <input value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
    </label>
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);
    const maxPriceFen = toFen(form.maxPrice);
    const maxFenPerPeriod = toFen(form.maxMoneyPerPeriod);
    const reviewAboveFen = form.reviewAbove.trim() === '' ? null : toFen(form.reviewAbove);
    if (maxPriceFen === null || maxFenPerPeriod === null || (form.reviewAbove.trim() !== '' && reviewAboveFen === null)) {
      setProblem('金额请写成元，例如 100 或 99.50');
      return;
    }
    setProblem(undefined);
    const input: PurchaseRulesInput = {
      maxPriceFen,
      maxBooksPerOrder: whole(form.maxBooksPerOrder),
      periodDays: whole(form.periodDays),
      maxBooksPerPeriod: whole(form.maxBooksPerPeriod),
      maxFenPerPeriod,
      maxHoldingCopies: whole(form.maxHoldingCopies),
      onePerReaderPerTitle: flags.onePerReaderPerTitle,
      minPublicationYear: form.minPublicationYear.trim() ? whole(form.minPublicationYear) : null,
      excludedClcPrefixes: form.excludedClcPrefixes.split(/[\s,，、]+/).filter(Boolean),
      excludedKinds: kinds,
      returnBeforeNext: flags.returnBeforeNext,
      loanDays: whole(form.loanDays),
      reviewAboveFen,
      channels: r.channels,
    };
    const result = await save.run({ library, version: r.version, input });
    if (result) {
      setSaved(`已保存为第 ${result.updatePurchaseRules.version} 版`);
      rules.reload();
    }
  };

  return (
    <form className="purchase-rules" onSubmit={(e) => void onSubmit(e)} aria-labelledby="rules-heading">
      <h3 id="rules-heading">本馆选书规则（第 {r.version} 版）</h3>
      {field('maxPrice', '单册定价上限（元）')}
      {field('maxBooksPerOrder', '每次最多（册）')}
      {field('periodDays', '额度周期（天）')}
      {field('maxBooksPerPeriod', '每位读者周期内（册）')}
      {field('maxMoneyPerPeriod', '每位读者周期内（元）')}
      {field('maxHoldingCopies', '联盟馆藏达到（册）即不再购')}
      {field('minPublicationYear', '出版年不早于')}
      {field('excludedClcPrefixes', '不购的中图法分类（空格分隔）')}
      {field('loanDays', '借期（天）')}
      {field('reviewAbove', '定价超过（元）需馆员审核，留空不审核')}
      <fieldset>
        <legend>不购的类型</legend>
        {KINDS.map(([kind, label]) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              onChange={(e) => setKinds(e.target.checked ? [...kinds, kind] : kinds.filter((k) => k !== kind))}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label>
        <input
          type="checkbox"
          checked={flags.onePerReaderPerTitle}
          onChange={(e) => setFlags({ ...flags, onePerReaderPerTitle: e.target.checked })}
        />
        同一读者同一书名限一册
      </label>
      <label>
        <input
          type="checkbox"
          checked={flags.returnBeforeNext}
          onChange={(e) => setFlags({ ...flags, returnBeforeNext: e.target.checked })}
        />
        还书后才能再选
      </label>
      {problem && <p role="alert">{problem}</p>}
      {save.error && <ErrorMessage error={save.error} />}
      <button type="submit" disabled={save.busy}>
        保存规则
      </button>
      {saved && <p role="status">{saved}</p>}
    </form>
  );
}
