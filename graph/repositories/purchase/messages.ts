import type { MessageRecord } from '../../../domain/purchase/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';

/** The reader's in-app messages about their requests. */
export class MessageRepository {
  constructor(private readonly graph: Graph) {}

  async create(tx: Tx, message: MessageRecord): Promise<void> {
    await tx.run('CREATE (m:PurchaseMessage) SET m = $message', { message });
  }

  async list(accountId: string, first: number, after: string | null): Promise<{ items: MessageRecord[]; hasNextPage: boolean }> {
    const rows = await this.graph.read<{ m: MessageRecord }>(
      `MATCH (m:PurchaseMessage {accountId: $accountId}) WHERE $after IS NULL OR m.id < $after
       RETURN m { .id, .accountId, .requestId, .subject, .body, .createdAt, .read } AS m ORDER BY m.id DESC LIMIT $limit`,
      { accountId, after, limit: int(first + 1) },
    );
    return { items: rows.slice(0, first).map((r) => r.m), hasNextPage: rows.length > first };
  }

  async unreadCount(accountId: string): Promise<number> {
    const [row] = await this.graph.read<{ n: number }>(
      'MATCH (m:PurchaseMessage {accountId: $accountId, read: false}) RETURN count(m) AS n',
      { accountId },
    );
    return row?.n ?? 0;
  }

  async markRead(tx: Tx, accountId: string): Promise<number> {
    const [row] = await tx.run<{ n: number }>(
      'MATCH (m:PurchaseMessage {accountId: $accountId, read: false}) SET m.read = true RETURN count(m) AS n',
      {
        accountId,
      },
    );
    return row?.n ?? 0;
  }
}
