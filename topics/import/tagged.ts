import { emptyRaw, type LineProblem, type LineWarning, type RawParse, type RawRecord } from './types.js';

/** Where a tag's value goes in a RawRecord. */
export type TaggedField =
  | 'type'
  | 'sourceId'
  | 'title'
  | 'abstract'
  | 'keywords'
  | 'authors'
  | 'date'
  | 'journal'
  | 'volume'
  | 'issue'
  | 'pages'
  | 'startPage'
  | 'endPage'
  | 'doi'
  | 'issn'
  | 'isbn'
  | 'standardNumber'
  | 'language'
  | 'url'
  | 'database'
  | 'typeHint'
  /** `2019,36(5)`: year, volume and issue in one value (Wanfang's 年，卷(期)). */
  | 'yearVolumeIssue';

/**
 * A line-based tagged export format: RIS, EndNote tagged, RefWorks tagged, NoteExpress.
 * One tag and value per line; lines that are not tags continue the previous value.
 */
export interface TaggedDialect {
  /**
   * Parses a line into tag and value, or null when the line is not a tag line. `glued` marks a
   * tag written without the space before its value (CNKI's `A1林行众`), read but warned about.
   */
  tagOf(line: string): { tag: string; value: string; glued?: boolean } | null;
  /** The tag that opens a record. */
  start: string;
  /** The tag that closes a record, when the format has one (RIS `ER`): a record without it is truncated. */
  end?: string;
  /** Tag → field; when several tags feed a single-valued field, the first in this map wins. */
  fields: Record<string, TaggedField>;
  /** Human name of the format, for messages. */
  name: string;
  /** Record type values as the export writes them (E-Study's `DataType: 1`) → a name the normaliser knows. */
  typeNames?: Record<string, string>;
  /**
   * What a tag's presence or value says the record is, when the record names no type of its own
   * (Wanfang's custom export has a 学位授予单位 line only in theses; VIP writes a standard's number
   * in the notes of a `Generic` record): a hint normaliseType reads like a sub-library name.
   */
  typeHints?: Record<string, (value: string) => string | undefined>;
}

const LIST_FIELDS = new Set<TaggedField>(['keywords', 'authors']);

interface Entry {
  tag: string;
  value: string;
  line: number;
  glued?: boolean;
}

export function parseTagged(text: string, dialect: TaggedDialect): RawParse {
  const lines = text.split(/\r\n|\r|\n/);
  const records: RawRecord[] = [];
  const rejected: LineProblem[] = [];
  let current: { line: number; entries: Entry[] } | undefined;
  let seenRecord = false;
  let headerLines = 0;

  const finish = () => {
    if (current) records.push(toRaw(current.line, current.entries, dialect));
    current = undefined;
  };

  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const tagged = dialect.tagOf(line);
    if (tagged && tagged.tag === dialect.start) {
      if (current && dialect.end) {
        rejected.push({
          line: current.line,
          reason: `${dialect.name} record has no ${dialect.end} end tag before the next record at line ${lineNumber}`,
        });
        current = undefined;
      }
      finish();
      seenRecord = true;
      current = { line: lineNumber, entries: [{ tag: tagged.tag, value: tagged.value, line: lineNumber }] };
      return;
    }
    if (tagged && dialect.end && tagged.tag === dialect.end) {
      finish();
      return;
    }
    if (!line.trim()) return;
    if (!current && !seenRecord) {
      // Some exports open with a legend or a title line: it is not a record.
      headerLines += 1;
      return;
    }
    if (!current) {
      rejected.push({ line: lineNumber, reason: `text outside any ${dialect.name} record (records start with ${dialect.start})` });
      return;
    }
    if (tagged) {
      current.entries.push({ tag: tagged.tag, value: tagged.value, line: lineNumber, ...(tagged.glued ? { glued: true } : {}) });
      return;
    }
    const last = current.entries[current.entries.length - 1];
    if (last) last.value = `${last.value}\n${line.trim()}`;
  });

  if (current && dialect.end) {
    rejected.push({ line: current.line, reason: `${dialect.name} record is truncated: the file ends before its ${dialect.end} end tag` });
    current = undefined;
  }
  finish();
  return { records, rejected, headerLines };
}

function toRaw(line: number, entries: Entry[], dialect: TaggedDialect): RawRecord {
  const raw = emptyRaw(line);
  const priority = Object.keys(dialect.fields);
  const ordered = [...entries].sort((a, b) => rank(priority, a.tag) - rank(priority, b.tag));
  const warnings: LineWarning[] = [];
  for (const { tag, value, line: at, glued } of ordered) {
    const field = dialect.fields[tag];
    const trimmed = value.trim();
    if (glued)
      warnings.push({
        line: at,
        message: `${tag} written without a space before its value: read "${tag}${trimmed}" as ${tag} "${trimmed}"`,
      });
    const hint = trimmed ? dialect.typeHints?.[tag]?.(trimmed) : undefined;
    if (hint && raw.typeHint === undefined) raw.typeHint = hint;
    if (!field || !trimmed) continue;
    if (field === 'yearVolumeIssue') {
      splitYearVolumeIssue(raw, trimmed);
    } else if (LIST_FIELDS.has(field)) {
      raw[field as 'keywords' | 'authors'].push(trimmed);
    } else {
      const single = field as Exclude<TaggedField, 'keywords' | 'authors' | 'yearVolumeIssue'>;
      if (raw[single] === undefined) raw[single] = single === 'type' ? (dialect.typeNames?.[trimmed] ?? trimmed) : trimmed;
    }
  }
  warnings.sort((a, b) => a.line - b.line);
  if (warnings.length) raw.warnings = warnings;
  return raw;
}

/** `2019,36(5)`, `2019, 36(5)`, `2019(5)` or `2019，36（5）` into the fields still empty. */
function splitYearVolumeIssue(raw: RawRecord, value: string): void {
  const match = /^(\d{4})\s*(?:[,，]\s*([^(（]*?))?\s*(?:[(（]\s*([^)）]*?)\s*[)）])?$/.exec(value);
  if (!match) {
    raw.date ??= value;
    return;
  }
  raw.date ??= match[1];
  if (match[2]) raw.volume ??= match[2];
  if (match[3]) raw.issue ??= match[3];
}

function rank(priority: string[], tag: string): number {
  const index = priority.indexOf(tag);
  return index === -1 ? priority.length : index;
}
