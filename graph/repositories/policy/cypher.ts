import { OUT_OF_FORCE } from '../../../domain/policy/validity.js';

/** Cypher fragments every policy query shares: the record a policy reads as, and "in force". */

export const POLICY_FIELDS = `p {
  .id, .title, .documentNumber, .issuer, .writtenDate, .publishedDate, .validity, .effectiveDate, .expiryDate,
  .category, .text, .html, .contentHash, .revision, .level, .regionCode, .sourceId, .libraryId,
  url: coalesce(p.url, ''), firstSeenAt: toString(p.firstSeenAt), updatedAt: toString(p.updatedAt),
  version: coalesce(p.version, 1), deleted: coalesce(p.deleted, false), curatedFields: coalesce(p.curatedFields, []),
  provenance: {sourceUrl: p.provSourceUrl, importFile: p.provImportFile, actor: coalesce(p.provActor, 'crawler'),
               at: toString(coalesce(p.provAt, p.firstSeenAt))}
}`;

const quoted = (values: readonly string[]) => `[${values.map((v) => `'${v}'`).join(', ')}]`;

/** The policy's own dates and validity allow it on `$today` (dates are YYYY-MM-DD strings). */
const DATED_IN_FORCE = (p: string) =>
  `(NOT coalesce(${p}.validity, '') IN ${quoted(OUT_OF_FORCE)} AND coalesce(${p}.effectiveDate, '0000-00-00') <= $today
    AND coalesce(${p}.expiryDate, '9999-12-31') >= $today)`;

/**
 * A live policy in force on `$today`: not repealed or expired by its validity, effective,
 * not past its expiry or its conditions' validity, and not repealed or replaced by a live
 * policy whose own dates and validity put it in force (one level: a repealing policy's own
 * repealers are not followed).
 */
export const IN_FORCE = (p: string) =>
  `(NOT coalesce(${p}.deleted, false) AND ${DATED_IN_FORCE(p)}
    AND NOT EXISTS { (${p})-[:HAS_CONDITIONS]->(c:PolicyConditions)
                     WHERE coalesce(c.validFrom, '0000-00-00') > $today OR coalesce(c.validUntil, '9999-12-31') < $today }
    AND NOT EXISTS { (${p})<-[x:REPEALS|REPLACES]-(by:Policy)
                     WHERE NOT coalesce(x.deleted, false) AND NOT coalesce(by.deleted, false) AND ${DATED_IN_FORCE('by')} })`;

/** A stored policy level by a Region node's level `r.level`, with `$levelNames` = LEVEL_NAME_OF. */
export const LEVEL_OF_REGION = (r: string) => `coalesce($levelNames[${r}.level], $levelNames.COUNTY)`;
