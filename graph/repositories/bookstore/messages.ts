import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';

/**
 * Messages between us and the bookstores. The outbox holds what we must send (an order): it is
 * written before anything is sent, so a store that is down makes the message wait, never lose it.
 * The inbox keeps our answer to each store request by its reference, so a request the store sends
 * again (a till that retries, a callback delivered twice) gets the same answer and changes nothing.
 */

export interface OutboxMessage {
  key: string;
  storeId: string;
  kind: 'PLACE_ORDER';
  requestId: string;
  payload: string;
  status: 'PENDING' | 'SENT' | 'FAILED';
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  result: string | null;
}

const MESSAGE = `{ .key, .storeId, .kind, .requestId, .payload, .status, .attempts, nextAttemptAt: toString(m.nextAttemptAt), .lastError,
  createdAt: toString(m.createdAt), sentAt: toString(m.sentAt), .result }`;

export class StoreMessageRepository {
  constructor(private readonly graph: Graph) {}

  /** Adds a message unless one with its key exists; true when added. */
  async enqueue(
    tx: Tx,
    input: { key: string; storeId: string; kind: 'PLACE_ORDER'; requestId: string; payload: string; at: string },
  ): Promise<boolean> {
    const [row] = await tx.run<{ created: boolean }>(
      `MERGE (m:StoreOutbox {key: $key})
       ON CREATE SET m.storeId = $storeId, m.kind = $kind, m.requestId = $requestId, m.payload = $payload, m.status = 'PENDING',
                     m.attempts = 0, m.nextAttemptAt = datetime($at), m.createdAt = datetime($at), m.fresh = true
       WITH m, coalesce(m.fresh, false) AS created REMOVE m.fresh
       RETURN created`,
      input,
    );
    return row?.created ?? false;
  }

  async due(now: string, limit: number): Promise<OutboxMessage[]> {
    const rows = await this.graph.read<{ m: OutboxMessage }>(
      `MATCH (m:StoreOutbox {status: 'PENDING'}) WHERE m.nextAttemptAt <= datetime($now)
       RETURN m ${MESSAGE} AS m ORDER BY m.nextAttemptAt LIMIT $limit`,
      { now, limit: int(limit) },
    );
    return rows.map((r) => r.m);
  }

  /** Claims a pending message for one sender (a lock and a status check), so two dispatchers never send it at once. */
  async claim(tx: Tx, key: string, now: string, leaseUntil: string): Promise<boolean> {
    const rows = await tx.run(
      `MATCH (m:StoreOutbox {key: $key}) WHERE m.status = 'PENDING' AND m.nextAttemptAt <= datetime($now)
       SET m.nextAttemptAt = datetime($leaseUntil), m.attempts = m.attempts + 1
       RETURN m.key AS key`,
      { key, now, leaseUntil },
    );
    return rows.length > 0;
  }

  async markSent(tx: Tx, key: string, result: string, at: string): Promise<void> {
    await tx.run(
      `MATCH (m:StoreOutbox {key: $key}) SET m.status = 'SENT', m.sentAt = datetime($at), m.result = $result, m.lastError = null`,
      {
        key,
        result,
        at,
      },
    );
  }

  async markWaiting(tx: Tx, key: string, error: string, nextAttemptAt: string): Promise<void> {
    await tx.run(`MATCH (m:StoreOutbox {key: $key}) SET m.lastError = $error, m.nextAttemptAt = datetime($nextAttemptAt)`, {
      key,
      error,
      nextAttemptAt,
    });
  }

  async markFailed(tx: Tx, key: string, error: string): Promise<void> {
    await tx.run(`MATCH (m:StoreOutbox {key: $key}) SET m.status = 'FAILED', m.lastError = $error`, { key, error });
  }

  async byKey(key: string): Promise<OutboxMessage | null> {
    const [row] = await this.graph.read<{ m: OutboxMessage }>(`MATCH (m:StoreOutbox {key: $key}) RETURN m ${MESSAGE} AS m`, { key });
    return row?.m ?? null;
  }

  async list(filter: { status: OutboxMessage['status'] | null; limit: number }): Promise<OutboxMessage[]> {
    const rows = await this.graph.read<{ m: OutboxMessage }>(
      `MATCH (m:StoreOutbox) WHERE $status IS NULL OR m.status = $status RETURN m ${MESSAGE} AS m ORDER BY m.createdAt DESC LIMIT $limit`,
      { status: filter.status, limit: int(filter.limit) },
    );
    return rows.map((r) => r.m);
  }

  /** Locks the inbox entry of `key` (creating it empty) and returns the answer already given, if any. */
  async inboxInTx(tx: Tx, key: string, at: string): Promise<{ status: number; body: string } | null> {
    const [row] = await tx.run<{ status: number | null; body: string | null }>(
      `MERGE (i:StoreInbox {key: $key}) ON CREATE SET i.receivedAt = datetime($at)
       SET i.lockSeq = coalesce(i.lockSeq, 0) + 1
       RETURN i.status AS status, i.body AS body`,
      { key, at },
    );
    return row && row.status !== null && row.body !== null ? { status: row.status, body: row.body } : null;
  }

  async answerInbox(tx: Tx, key: string, status: number, body: string): Promise<void> {
    await tx.run('MATCH (i:StoreInbox {key: $key}) SET i.status = $status, i.body = $body, i.answeredAt = datetime()', {
      key,
      status: int(status),
      body,
    });
  }
}
