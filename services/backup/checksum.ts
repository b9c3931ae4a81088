import { createHash } from 'node:crypto';
import type { NodeRecord, RelationshipRecord } from '../../graph/repositories/backup/snapshot.js';

/**
 * A checksum of a graph's content that does not depend on internal ids or order: each node is
 * hashed from its labels and typed properties, each relationship from its type, properties and
 * the hashes of its ends; the graph's checksum is the hash of all of them sorted. Two graphs
 * with the same checksum hold the same data. Migration records are left out (a restore applies
 * migrations itself).
 */

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const canonicalProps = (record: { props: Record<string, unknown>; types: Record<string, string> }) =>
  Object.keys(record.props)
    .sort()
    .map((key) => [key, record.types[key], record.props[key]]);

export const isMigration = (node: NodeRecord) => node.labels.includes('Migration');

export class GraphChecksum {
  nodes = 0;
  relationships = 0;
  private readonly byKey = new Map<number, string>();
  private readonly hashes: string[] = [];

  addNode(node: NodeRecord): void {
    if (isMigration(node)) return;
    const hash = sha(JSON.stringify([[...node.labels].sort(), canonicalProps(node)]));
    this.byKey.set(node.key, hash);
    this.hashes.push(`n${hash}`);
    this.nodes += 1;
  }

  addRelationship(rel: RelationshipRecord): void {
    const start = this.byKey.get(rel.start) ?? 'migration';
    const end = this.byKey.get(rel.end) ?? 'migration';
    this.hashes.push(`r${sha(JSON.stringify([rel.type, start, end, canonicalProps(rel)]))}`);
    this.relationships += 1;
  }

  digest(): string {
    return sha([...this.hashes].sort().join('\n'));
  }
}
