import { KIND, LINK_TYPE, nodeHref } from '../../app/labels';
import { Link, navigate } from '../../app/router';
import type { GraphEdge, GraphNode } from '../../app/graph-types';

type Node = GraphNode;
type Edge = GraphEdge;

const SIZE = 420;
const RADIUS = 150;

/** The entities one step away: a radial SVG (centre = this entity) and the same facts as a list. */
export function NeighbourhoodView({
  centre,
  nodes,
  edges,
  truncated,
}: {
  centre: string;
  nodes: Node[];
  edges: Edge[];
  truncated: boolean;
}) {
  const others = nodes.filter((n) => n.id !== centre);
  if (others.length === 0) return <p className="empty">暂无关联。</p>;
  const self = nodes.find((n) => n.id === centre);
  const position = new Map<string, { x: number; y: number }>([[centre, { x: SIZE / 2, y: SIZE / 2 }]]);
  others.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
    position.set(n.id, { x: SIZE / 2 + RADIUS * Math.cos(angle), y: SIZE / 2 + RADIUS * Math.sin(angle) });
  });
  const relation = (n: Node) =>
    edges
      .filter((e) => (e.from === n.id && e.to === centre) || (e.to === n.id && e.from === centre))
      .map((e) => LINK_TYPE[e.type] ?? e.type);
  return (
    <div className="neighbourhood">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width="100%" style={{ maxWidth: SIZE }} aria-hidden="true" focusable="false">
        {edges.map((e) => {
          const a = position.get(e.from);
          const b = position.get(e.to);
          return a && b ? <line key={`${e.from}-${e.type}-${e.to}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="edge" /> : null;
        })}
        {[...(self ? [self] : []), ...others].map((n) => {
          const p = position.get(n.id)!;
          const href = nodeHref(n.kind, n.id);
          return (
            <g
              key={n.id}
              className={`node kind-${n.kind}${n.id === centre ? ' centre' : ''}`}
              onClick={() => href && n.id !== centre && navigate(href)}
            >
              <circle cx={p.x} cy={p.y} r={n.id === centre ? 14 : 9} />
              <text x={p.x} y={p.y + (n.id === centre ? 30 : 22)} textAnchor="middle">
                {n.label.length > 10 ? `${n.label.slice(0, 10)}…` : n.label}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="plain neighbour-list">
        {others.map((n) => {
          const href = nodeHref(n.kind, n.id);
          return (
            <li key={n.id}>
              <span className="badge kind">{KIND[n.kind] ?? n.kind}</span> {href ? <Link to={href}>{n.label}</Link> : n.label}{' '}
              <span className="meta">{relation(n).join('、')}</span>
            </li>
          );
        })}
      </ul>
      {truncated && <p className="meta">关联较多，仅显示一部分。</p>}
    </div>
  );
}
