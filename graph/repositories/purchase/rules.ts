import type { PurchaseRules } from '../../../domain/purchase/rules.js';
import type { Graph, Tx } from '../../driver.js';
import { newId } from '../../ids.js';
import { int } from '../../values.js';

type Row = { json: string; version: number; updatedAt: string | null; updatedBy: string | null; revision: string | null };

const READ = `MATCH (r:PurchaseRules {libraryId: $libraryId}) WHERE r.rulesJson IS NOT NULL
  RETURN r.rulesJson AS json, r.version AS version, r.updatedAt AS updatedAt, r.updatedBy AS updatedBy, r.revision AS revision`;

const toRules = (libraryId: string, row: Row | undefined): PurchaseRules | null =>
  row
    ? { ...(JSON.parse(row.json) as PurchaseRules), libraryId, version: row.version, updatedAt: row.updatedAt, updatedBy: row.updatedBy }
    : null;

/**
 * One `(:PurchaseRules {libraryId, version, rulesJson, updatedAt, updatedBy, revision})` per member
 * library. `revision` is a fresh id on every save (migration 120 gave the older ones theirs): a
 * process that keeps rules in memory by revision can never mistake another graph's or an older save for them.
 */
export class RulesRepository {
  constructor(private readonly graph: Graph) {}

  async byLibrary(libraryId: string): Promise<PurchaseRules | null> {
    const [row] = await this.graph.read<Row>(READ, { libraryId });
    return toRules(libraryId, row);
  }

  /** The rules with the revision they were read at (null for either while the library has none of its own). */
  async withRevisionInTx(tx: Tx, libraryId: string): Promise<{ rules: PurchaseRules | null; revision: string | null }> {
    const [row] = await tx.run<Row>(READ, { libraryId });
    return { rules: toRules(libraryId, row), revision: row?.revision ?? null };
  }

  async byLibraryInTx(tx: Tx, libraryId: string): Promise<PurchaseRules | null> {
    const [row] = await tx.run<Row>(READ, { libraryId });
    return toRules(libraryId, row);
  }

  /** Locks the library's rules (creating an empty version 0) and returns the stored version. */
  async lock(tx: Tx, libraryId: string): Promise<number> {
    const [row] = await tx.run<{ version: number }>(
      `MERGE (r:PurchaseRules {libraryId: $libraryId})
       ON CREATE SET r.version = 0
       SET r.lockedAt = coalesce(r.lockedAt, 0) + 1
       RETURN r.version AS version`,
      { libraryId },
    );
    return row!.version;
  }

  async save(tx: Tx, rules: PurchaseRules): Promise<void> {
    const { libraryId, version, updatedAt, updatedBy, ...settings } = rules;
    await tx.run(
      `MATCH (r:PurchaseRules {libraryId: $libraryId})
       SET r.rulesJson = $json, r.version = $version, r.updatedAt = $updatedAt, r.updatedBy = $updatedBy, r.revision = $revision`,
      { libraryId, json: JSON.stringify(settings), version: int(version), updatedAt, updatedBy, revision: newId() },
    );
  }
}
