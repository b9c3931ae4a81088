import neo4j from 'neo4j-driver';

/**
 * Converts driver values into plain JavaScript: Integers become numbers when they fit
 * exactly and bigints otherwise (never a silently rounded number), temporal values
 * become ISO strings, nodes and maps become plain objects.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  // Strings, numbers and booleans (most values) skip the driver's type checks below.
  if (typeof value !== 'object') return value;
  // Maps come as plain objects, never as one of the driver's classes below.
  if (value.constructor === Object) {
    const out: Record<string, unknown> = {};
    for (const key in value) out[key] = toNative((value as Record<string, unknown>)[key]);
    return out;
  }
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toBigInt();
  }
  if (Array.isArray(value)) return value.every((item) => typeof item !== 'object' || item === null) ? value : value.map(toNative);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return toNative((value as { properties: unknown }).properties);
  }
  return value;
}

/** Wraps a whole number for a Cypher parameter so it is sent as an INTEGER, not a FLOAT. */
export const int = (value: number | bigint) => neo4j.int(value);

/**
 * Lines query rows up with the keys a DataLoader asked for: one entry per key, in the keys'
 * order, null where no row matched.
 */
export function alignByKey<T>(keys: readonly string[], entries: Iterable<readonly [string, T]>): (T | null)[] {
  const byKey = new Map(entries);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Rows grouped under the keys asked, in their order, empty where none (a DataLoader batch of lists). */
export function groupByKey<Row, T>(keys: readonly string[], rows: Iterable<Row>, keyOf: (row: Row) => string, map: (row: Row) => T): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(map(row));
  return keys.map((key) => groups.get(key) ?? []);
}
