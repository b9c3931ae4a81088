/** The graph view's node and edge, as the explore queries select them. */
export interface GraphNode {
  id: string;
  kind: string;
  label: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  type: string;
}
