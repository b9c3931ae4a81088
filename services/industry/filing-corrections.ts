import type { Repositories } from '../../graph/repositories/index.js';
import type { Viewer } from '../../domain/account/access.js';
import { MAX_FILINGS_PER_DOCUMENT, type FilingRecord } from '../../domain/industry/filing.js';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { recordAudit } from '../audit/audit.js';

/** What an audit entry keeps of a document's filings. */
const snapshot = (filings: readonly FilingRecord[]) =>
  filings.map((f) => ({ industryCode: f.industryCode, score: f.score, decidedBy: f.decidedBy, evidence: f.evidence }));

/**
 * A librarian's industries for a document (none: it belongs to no industry), one command:
 * checked, compared with the document's filing `version` (a stale one is refused with
 * CONFLICT), written and audited in one transaction. The librarian's filings and removals
 * outrank the machine's (domain/curation/precedence.ts): rebuilds, re-embedding and re-imports
 * keep them, and they move the industry profiles towards the document. Returns the new version.
 */
export async function correctDocumentFilings(
  repos: Repositories,
  actor: Viewer,
  documentId: string,
  version: number,
  industryCodes: readonly string[],
): Promise<number> {
  const codes = [...new Set(industryCodes.map((c) => c.trim()).filter(Boolean))];
  if (codes.length > MAX_FILINGS_PER_DOCUMENT) {
    throw ValidationError(`a document is filed under at most ${MAX_FILINGS_PER_DOCUMENT} industries`, { field: 'industries' });
  }
  const known = await repos.industries.byCodes(codes);
  const unknown = codes.filter((_, i) => known[i] === null);
  if (unknown.length > 0) throw ValidationError(`unknown industry ${unknown.join(', ')}`, { field: 'industries', codes: unknown });
  return repos.graph.writeTx(async (tx) => {
    const current = await repos.industryFilings.filingVersion(tx, documentId);
    if (current === null) throw NotFoundError('Document', documentId);
    if (current !== version) throw ConflictError(`document ${documentId} was changed meanwhile`, { currentVersion: current });
    const [before] = await repos.industryFilings.liveFilingsOf([documentId], tx);
    await repos.industryFilings.setLibrarianFilings(tx, documentId, codes, actor.id);
    const [after] = await repos.industryFilings.liveFilingsOf([documentId], tx);
    await recordAudit(repos, tx, actor, 'FILE', 'Document', documentId, snapshot(before ?? []), snapshot(after ?? []));
    return current + 1;
  });
}
