/** DOI, ISSN and ISBN: cleaned, validated by their check digits, or rejected (null). */

const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;

/**
 * Lower case, without a resolver URL or `doi:` prefix; null unless it looks like
 * 10.<registrant>/<suffix>. Full-width forms (Wanfang's `10.3969／j.issn.1672－187X…`) are
 * folded by NFKC first.
 */
export function normaliseDoi(input: string): string | null {
  let doi = input.normalize('NFKC').trim().replace(DOI_PREFIX, '');
  try {
    if (/%[0-9a-f]{2}/i.test(doi)) doi = decodeURIComponent(doi);
  } catch {
    return null;
  }
  doi = doi.trim().toLowerCase();
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : null;
}

/** NNNN-NNNC with a valid mod-11 check digit, or null. */
export function normaliseIssn(input: string): string | null {
  const compact = input
    .replace(/^\s*(?:e-?)?issn[:：]?\s*/i, '')
    .replace(/[\s-‐–]/g, '')
    .toUpperCase();
  if (!/^\d{7}[\dX]$/.test(compact)) return null;
  let sum = 0;
  for (let i = 0; i < 7; i += 1) sum += Number(compact[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 11;
  const expected = check === 10 ? 'X' : String(check);
  return compact[7] === expected ? `${compact.slice(0, 4)}-${compact.slice(4)}` : null;
}

function isbn13Check(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

/** ISBN-13 digits (ISBN-10 converted) with valid check digits, or null. */
export function normaliseIsbn(input: string): string | null {
  const compact = input
    .replace(/^\s*isbn(?:-1[03])?[:：]?\s*/i, '')
    .replace(/[\s-‐–]/g, '')
    .toUpperCase();
  if (/^\d{9}[\dX]$/.test(compact)) {
    let sum = 0;
    for (let i = 0; i < 10; i += 1) sum += (compact[i] === 'X' ? 10 : Number(compact[i])) * (10 - i);
    if (sum % 11 !== 0) return null;
    const first12 = `978${compact.slice(0, 9)}`;
    return first12 + isbn13Check(first12);
  }
  if (/^97[89]\d{10}$/.test(compact)) {
    return isbn13Check(compact.slice(0, 12)) === compact[12] ? compact : null;
  }
  return null;
}

/** What an ISSN-or-ISBN field (RIS SN, EndNote %@, NoteExpress {ISBN/ISSN}) most likely holds, by its shape. */
export function standardNumberKind(input: string): 'issn' | 'isbn' | null {
  const compact = input.replace(/^\s*(?:issn|isbn)[:：]?\s*/i, '').replace(/[\s-‐–]/g, '');
  if (/^\d{7}[\dXx]$/.test(compact)) return 'issn';
  if (/^\d{9}[\dXx]$/.test(compact) || /^\d{13}$/.test(compact)) return 'isbn';
  return null;
}
