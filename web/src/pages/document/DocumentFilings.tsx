import { useState } from 'react';
import { Link } from '../../app/router';
import { isLibrarian, useSession } from '../../app/session';
import { ErrorMessage } from '../../components/Status';
import { graphql } from '../../gql';
import type { DocumentDetailQuery } from '../../gql/graphql';
import { IndustrySelect } from '../../app/IndustrySelect';
import { useMutation } from '../../app/useMutation';

const FileDocumentDocument = graphql(`
  mutation DocumentFile($id: ID!, $version: Int!, $industries: [String!]!) {
    fileDocument(id: $id, version: $version, industries: $industries) {
      id
      filingVersion
    }
  }
`);

type Filed = NonNullable<DocumentDetailQuery['document']>;

const MAX_INDUSTRIES = 3;
const DECIDER: Record<string, string> = { MACHINE: '机器归类', LIBRARIAN: '馆员确认' };

/** The industries a document is filed under, with the evidence; librarians correct them here. */
export function DocumentFilings({ document, onChanged }: { document: Filed; onChanged: () => void }) {
  const { account } = useSession();
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby="filings-heading">
      <h3 id="filings-heading">所属产业</h3>
      {document.industries.length === 0 ? (
        <p className="empty">不属于任何产业（机器未找到足够的语义与关键词证据，或馆员已确认）。</p>
      ) : (
        <ul className="plain filings">
          {document.industries.map((f) => (
            <li key={f.industry.code}>
              <Link to={`/industries/${encodeURIComponent(f.industry.code)}`}>{f.industry.name}</Link>{' '}
              <span className="meta">
                {DECIDER[f.decidedBy]}
                {f.decidedBy === 'MACHINE' &&
                  ` · 得分 ${f.score.toFixed(2)}（语义 ${f.semantic === null || f.semantic === undefined ? '—' : f.semantic.toFixed(2)} · 关键词 ${f.lexical.toFixed(2)}）`}
              </span>
              {f.evidence.length > 0 && <span className="meta"> · 证据：{f.evidence.join('、')}</span>}
            </li>
          ))}
        </ul>
      )}
      {isLibrarian(account) &&
        (editing ? (
          <FilingForm
            document={document}
            onDone={() => {
              setEditing(false);
              onChanged();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <button type="button" onClick={() => setEditing(true)}>
            更正产业归类
          </button>
        ))}
    </section>
  );
}

function FilingForm({ document, onDone, onCancel }: { document: Filed; onDone: () => void; onCancel: () => void }) {
  const initial = document.industries.map((f) => f.industry.code);
  const [codes, setCodes] = useState(Array.from({ length: MAX_INDUSTRIES }, (_, i) => initial[i] ?? ''));
  const file = useMutation(FileDocumentDocument);
  const submit = async () => {
    const industries = [...new Set(codes.filter(Boolean))];
    if (await file.run({ id: document.id, version: document.filingVersion, industries })) onDone();
  };
  return (
    <form
      className="inline-form"
      aria-label="更正产业归类"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {codes.map((code, i) => (
        <span key={i}>
          <label htmlFor={`filing-${i}`}>产业 {i + 1}</label>{' '}
          <IndustrySelect
            id={`filing-${i}`}
            value={code}
            noneLabel={i === 0 ? '不属于任何产业' : '（无）'}
            onChange={(value) => setCodes(codes.map((c, j) => (j === i ? value : c)))}
          />
        </span>
      ))}
      <button type="submit" disabled={file.busy}>
        保存归类
      </button>
      <button type="button" className="link" onClick={onCancel}>
        取消
      </button>
      {file.error && <ErrorMessage error={file.error} prefix="归类失败" />}
    </form>
  );
}
