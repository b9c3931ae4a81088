import { useState, type FormEvent } from 'react';
import { request, type ApiError } from '../../api';
import { asApiError } from '../../app/useQuery';
import { ErrorMessage } from '../../components/Status';
import type { GraphNode } from '../../app/graph-types';
import { LinkTargetSearchDocument, MergeOrganizationsDocument, MergePeopleDocument } from './entity-documents';

/** Merges a duplicate person or organisation into this one (the API moves every relationship). */
export function MergePanel({
  kind,
  keepId,
  keepName,
  onMerged,
}: {
  kind: 'Person' | 'Organization';
  keepId: string;
  keepName: string;
  onMerged: () => void;
}) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<GraphNode[] | null>(null);
  const [duplicate, setDuplicate] = useState<GraphNode | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const find = async (event: FormEvent) => {
    event.preventDefault();
    if (!query.trim()) return;
    setError(undefined);
    try {
      const result = await request(LinkTargetSearchDocument, {
        query: query.trim(),
        kinds: [kind === 'Person' ? 'PERSON' : 'ORGANIZATION'],
      });
      setHits(result.search.edges.map((e) => e.node).filter((n) => n.id !== keepId));
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const merge = async () => {
    if (!duplicate || !window.confirm(`把“${duplicate.label}”合并到“${keepName}”？它的全部关联将移到本条目，原条目标记为已合并。`)) return;
    setBusy(true);
    setError(undefined);
    try {
      if (kind === 'Person') await request(MergePeopleDocument, { keep: keepId, duplicate: duplicate.id });
      else await request(MergeOrganizationsDocument, { keep: keepId, duplicate: duplicate.id });
      setNotice(`已将“${duplicate.label}”合并到本条目。`);
      setDuplicate(null);
      setHits(null);
      onMerged();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="merge-heading" className="merge-panel">
      <h4 id="merge-heading">合并重复条目</h4>
      <form onSubmit={(e) => void find(e)} className="inline-form" aria-label="查找重复条目">
        <label>
          查找重复的{kind === 'Person' ? '人物' : '机构'}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <button type="submit" className="secondary">
          查找重复条目
        </button>
      </form>
      {hits && (
        <ul className="plain" aria-live="polite">
          {hits.length === 0 && <li className="empty">没有找到。</li>}
          {hits.map((h) => (
            <li key={h.id}>
              <label>
                <input type="radio" name="merge-duplicate" checked={duplicate?.id === h.id} onChange={() => setDuplicate(h)} />
                {h.label}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div aria-live="polite">
        {error && <ErrorMessage error={error} prefix="合并失败" />}
        {notice && <p className="success">{notice}</p>}
      </div>
      <button type="button" disabled={!duplicate || busy} onClick={() => void merge()}>
        合并到本条目
      </button>
    </section>
  );
}
