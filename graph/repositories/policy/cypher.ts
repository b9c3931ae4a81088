import { OUT_OF_FORCE } from '../../../domain/policy/validity.js';

/** Cypher fragments every policy query shares: the record a policy reads as, and "in force". */

/** The record of the policy bound to `v`. */
export const policyFieldsOf = (v: string, extra = '') => `${v} {${extra}
  .id, .title, .documentNumber, .issuer, .writtenDate, .publishedDate, .validity, .effectiveDate, .expiryDate,
  .category, .text, .html, .contentHash, .revision, .level, .regionCode, .sourceId, .libraryId,
  url: coalesce(${v}.url, ''), firstSeenAt: toString(${v}.firstSeenAt), updatedAt: toString(${v}.updatedAt),
  version: coalesce(${v}.version, 1), deleted: coalesce(${v}.deleted, false), curatedFields: coalesce(${v}.curatedFields, []),
  provenance: {sourceUrl: ${v}.provSourceUrl, importFile: ${v}.provImportFile, actor: coalesce(${v}.provActor, 'crawler'),
               at: toString(coalesce(${v}.provAt, ${v}.firstSeenAt))}
}`;

export const POLICY_FIELDS = policyFieldsOf('p');

/** The record as the API reads it: also the codes of its live industry links, so a list needs no second query for them. */
export const POLICY_READ_FIELDS = policyFieldsOf(
  'p',
  ` industryCodes: COLLECT { MATCH (p)-[r:SUPPORTS]->(i:Industry) WHERE NOT coalesce(r.deleted, false) RETURN i.code ORDER BY i.code },`,
);

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
