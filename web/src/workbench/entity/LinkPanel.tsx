import { useState, type FormEvent } from 'react';
import { request, type ApiError } from '../../api';
import { KIND, LINK_TYPE, nodeHref } from '../../app/labels';
import { Link } from '../../app/router';
import { indent, industryTree, useTaxonomy } from '../../app/taxonomy';
import { asApiError } from '../../app/useQuery';
import { ErrorMessage } from '../../components/Status';
import type { GraphEdge, GraphNode } from '../../app/graph-types';
import type { LinkType, SearchKind } from '../../gql/graphql';
import type { EntityKind } from '../../pages/entity/EntityPage';
import { LinkDocument, LinkTargetSearchDocument, UnlinkDocument } from './entity-documents';

/** The relationships of people, organisations and projects (policy and news links are edited elsewhere). */
type EntityLinkType = Extract<LinkType, 'LEADS' | 'MEMBER_OF' | 'AFFILIATED_WITH' | 'IN_INDUSTRY' | 'LOCATED_IN' | 'FUNDED_BY'>;

/** What each relationship may start from and point to (mirrors the LinkType docs of the schema). */
const TYPES: Record<EntityLinkType, { from: EntityKind[]; to: SearchKind[] | 'industry' | 'region' }> = {
  LEADS: { from: ['Person'], to: ['PROJECT', 'ORGANIZATION'] },
  MEMBER_OF: { from: ['Person'], to: ['ORGANIZATION', 'PROJECT'] },
  AFFILIATED_WITH: { from: ['Person', 'Organization', 'Project'], to: ['ORGANIZATION'] },
  IN_INDUSTRY: { from: ['Person', 'Organization', 'Project'], to: 'industry' },
  LOCATED_IN: { from: ['Person', 'Organization', 'Project'], to: 'region' },
  FUNDED_BY: { from: ['Organization', 'Project'], to: ['POLICY'] },
};

type Neighbourhood = { nodes: GraphNode[]; edges: GraphEdge[] };

export function LinkPanel({
  kind,
  entityId,
  neighbourhood,
  onChanged,
}: {
  kind: EntityKind;
  entityId: string;
  neighbourhood: Neighbourhood;
  onChanged: () => void;
}) {
  const allowed = (Object.keys(TYPES) as EntityLinkType[]).filter((t) => TYPES[t].from.includes(kind));
  const [type, setType] = useState<EntityLinkType>(allowed[0]!);
  const [target, setTarget] = useState<{ id: string; label: string } | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<GraphNode[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const taxonomy = useTaxonomy();
  const targets = TYPES[type].to;
  const label = (id: string) => neighbourhood.nodes.find((n) => n.id === id)?.label ?? id;
  const outgoing = neighbourhood.edges.filter((e) => e.from === entityId && e.type in TYPES);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await action();
      setNotice(done);
      onChanged();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (!query.trim() || !Array.isArray(targets)) return;
    try {
      const result = await request(LinkTargetSearchDocument, { query: query.trim(), kinds: targets });
      setHits(result.search.edges.map((e) => e.node).filter((n) => n.id !== entityId));
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    void run(
      () => request(LinkDocument, { input: { fromId: entityId, type, toId: target.id } }),
      `已添加关联：${LINK_TYPE[type]} → ${target.label}`,
    ).then(() => {
      setTarget(null);
      setHits(null);
      setQuery('');
    });
  };

  return (
    <section aria-labelledby="links-heading" className="links-panel">
      <h4 id="links-heading">关联</h4>
      {outgoing.length === 0 ? (
        <p className="empty">暂无由本条目发出的关联。</p>
      ) : (
        <ul className="plain">
          {outgoing.map((e) => {
            const node = neighbourhood.nodes.find((n) => n.id === e.to);
            const href = node ? nodeHref(node.kind, node.id) : null;
            return (
              <li key={`${e.type}-${e.to}`}>
                {LINK_TYPE[e.type]} → {href ? <Link to={href}>{label(e.to)}</Link> : label(e.to)}{' '}
                <button
                  type="button"
                  className="link"
                  disabled={busy}
                  onClick={() =>
                    void run(
                      () => request(UnlinkDocument, { input: { fromId: entityId, type: e.type as LinkType, toId: e.to } }),
                      `已取消关联：${label(e.to)}`,
                    )
                  }
                >
                  取消关联
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={submit} className="stack link-form" aria-label="添加关联">
        <label>
          关系
          <select
            value={type}
            onChange={(e) => {
              setType(e.target.value as EntityLinkType);
              setTarget(null);
              setHits(null);
            }}
          >
            {allowed.map((t) => (
              <option key={t} value={t}>
                {LINK_TYPE[t]}
              </option>
            ))}
          </select>
        </label>
        {targets === 'industry' || targets === 'region' ? (
          <label>
            {targets === 'industry' ? '产业' : '地区'}
            <select
              value={target?.id ?? ''}
              onChange={(e) =>
                setTarget(e.target.value ? { id: e.target.value, label: e.target.selectedOptions[0]?.textContent ?? e.target.value } : null)
              }
            >
              <option value="">请选择</option>
              {(targets === 'industry'
                ? industryTree(taxonomy.data?.industries ?? []).map((i) => [i.code, indent(i.depth) + i.name])
                : (taxonomy.data?.regions ?? []).map((r) => [r.code, r.name])
              ).map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <div className="target-search">
            <label>
              查找目标（
              {targets.map((t) => KIND[t === 'ORGANIZATION' ? 'Organization' : t === 'PROJECT' ? 'Project' : 'Policy']).join('、')}）
              <input
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                onKeyDown={(e) => e.key === 'Enter' && void search(e)}
              />
            </label>
            <button type="button" className="secondary" onClick={(e) => void search(e)}>
              查找目标
            </button>
            {hits && (
              <ul className="plain" aria-live="polite">
                {hits.length === 0 && <li className="empty">没有找到。</li>}
                {hits.map((h) => (
                  <li key={h.id}>
                    <label>
                      <input
                        type="radio"
                        name="link-target"
                        checked={target?.id === h.id}
                        onChange={() => setTarget({ id: h.id, label: h.label })}
                      />
                      {h.label}（{KIND[h.kind] ?? h.kind}）
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div aria-live="polite">
          {error && <ErrorMessage error={error} prefix="关联失败" />}
          {notice && <p className="success">{notice}</p>}
        </div>
        <button type="submit" disabled={!target || busy}>
          添加关联
        </button>
      </form>
    </section>
  );
}
