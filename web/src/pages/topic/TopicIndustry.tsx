import { useState } from 'react';
import { MAPPING_STATUS } from '../../app/labels';
import { Link } from '../../app/router';
import { isLibrarian, useSession } from '../../app/session';
import { ErrorMessage } from '../../components/Status';
import { graphql } from '../../gql';
import type { TopicDetailQuery } from '../../gql/graphql';
import { IndustrySelect, UNCHOSEN } from '../../app/IndustrySelect';
import { useMutation } from '../../app/useMutation';

const TopicMapDocument = graphql(`
  mutation TopicMapIndustry($id: ID!, $industry: String) {
    mapTopic(id: $id, industry: $industry) {
      id
      mappingStatus
    }
  }
`);

type Mapped = NonNullable<TopicDetailQuery['topic']>;

/** A topic's industry and the evidence from its documents' filings; librarians correct it here. */
export function TopicIndustry({ topic, onChanged }: { topic: Mapped; onChanged: () => void }) {
  const { account } = useSession();
  // Nothing is chosen until the librarian chooses (an industry or none): a careless click files nowhere.
  const [code, setCode] = useState(UNCHOSEN);
  const map = useMutation(TopicMapDocument);
  const submit = async () => {
    if (code === UNCHOSEN) return;
    if (await map.run({ id: topic.id, industry: code || null })) onChanged();
  };
  return (
    <section aria-labelledby="industry-heading">
      <h3 id="industry-heading">所属产业</h3>
      <p>
        {topic.industry ? (
          <Link to={`/industries/${encodeURIComponent(topic.industry.code)}`}>{topic.industry.name}</Link>
        ) : topic.mappingStatus === 'REVIEW' ? (
          '待馆员审核'
        ) : (
          '不属于任何产业'
        )}{' '}
        <span className="meta">（{MAPPING_STATUS[topic.mappingStatus]}）</span>
      </p>
      {topic.industryCandidates.length > 0 && (
        <ul className="plain candidates" aria-label="产业证据">
          {topic.industryCandidates.map((c) => (
            <li key={c.industry.code}>
              {c.industry.name}：{Math.round(c.score * 100)}% 的文献归入该产业
              {c.keywords.length > 0 && <span className="meta">（{c.keywords.join('、')}）</span>}
              {c.documents.length > 0 && (
                <span className="meta">
                  {' '}
                  · 如{' '}
                  {c.documents.slice(0, 2).map((d, i) => (
                    <span key={d.id}>
                      {i > 0 && '；'}
                      <Link to={`/documents/${encodeURIComponent(d.id)}`}>{d.title}</Link>
                    </span>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {isLibrarian(account) && (
        <form
          className="inline-form"
          aria-label="更正专题产业"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label htmlFor="topic-industry">更正为</label>
          <IndustrySelect id="topic-industry" value={code} placeholder="请选择产业…" noneLabel="不属于任何产业" onChange={setCode} />
          <button type="submit" disabled={map.busy || code === UNCHOSEN}>
            确认产业
          </button>
          {map.error && <ErrorMessage error={map.error} prefix="映射失败" />}
        </form>
      )}
    </section>
  );
}
