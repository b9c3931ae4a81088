import neo4j from 'neo4j-driver';

/**
 * Property values of a backup: the JSON value (as `toNative` gives it) with its Cypher type
 * (`valueType()` without "NOT NULL"), and back to the driver value that stores the same type.
 */

export type StoredType = string;

export const bareType = (type: string): StoredType => type.replace(/ NOT NULL/g, '');

/** JSON cannot hold a bigint: whole numbers too large for a double are written as strings. */
export function toJson(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toJson);
  return value;
}

const ZONED = /^(-?\d+)-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?(Z|[+-]\d\d:\d\d(?::\d\d)?)?(?:\[([^\]]+)\])?$/;

function offsetSeconds(offset: string | undefined): number {
  if (!offset || offset === 'Z') return 0;
  const [hours = '0', minutes = '0', seconds = '0'] = offset.slice(1).split(':');
  const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return offset.startsWith('-') ? -total : total;
}

function temporal(type: StoredType, text: string): unknown {
  if (type === 'DATE') {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    return new neo4j.types.Date(year, month, day);
  }
  const match = ZONED.exec(text);
  if (!match) throw new Error(`unreadable ${type} value ${JSON.stringify(text)} in the backup`);
  const [, y, mo, d, h, mi, s = '0', fraction = '', offset, zone] = match;
  const parts = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), Number(fraction.padEnd(9, '0'))] as const;
  if (type === 'LOCAL DATETIME') return new neo4j.types.LocalDateTime(...parts);
  if (type === 'ZONED DATETIME') {
    return zone ? new neo4j.types.DateTime(...parts, undefined, zone) : new neo4j.types.DateTime(...parts, offsetSeconds(offset));
  }
  throw new Error(`the backup holds a ${type} value, which restore does not read`);
}

export function fromJson(type: StoredType, value: unknown): unknown {
  if (value === null) return null;
  const list = /^LIST<(.+)>$/.exec(type);
  if (list) return (value as unknown[]).map((item) => fromJson(list[1]!, item));
  switch (type) {
    case 'INTEGER':
      return neo4j.int(value as number | string);
    case 'FLOAT':
      return Number(value);
    case 'STRING':
    case 'BOOLEAN':
      return value;
    default:
      return temporal(type, typeof value === 'string' ? value : JSON.stringify(value));
  }
}
