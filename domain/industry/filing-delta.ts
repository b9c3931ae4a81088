import type { FilingRecord, MachineFiling } from './filing.js';

/**
 * The documents whose machine filings would change: those whose new filings differ from the
 * machine's live ones stored (industry, rank, scores, evidence, profile), in `documentIds`' order.
 * A rebuild rewrites only these, so unchanged filings cost no writes on the few dense industries.
 */
export function changedFilings(
  documentIds: readonly string[],
  stored: readonly FilingRecord[],
  next: readonly MachineFiling[],
): { documentIds: string[]; filings: MachineFiling[] } {
  const storedOf = group(stored.filter((f) => f.decidedBy === 'machine' && !f.deleted));
  const nextOf = group(next);
  const changed = documentIds.filter((id) => !sameFilings(storedOf.get(id) ?? [], nextOf.get(id) ?? []));
  return { documentIds: changed, filings: changed.flatMap((id) => nextOf.get(id) ?? []) };
}

function group<T extends MachineFiling>(filings: readonly T[]): Map<string, T[]> {
  const byDocument = new Map<string, T[]>();
  for (const f of filings) {
    const list = byDocument.get(f.documentId);
    if (list) list.push(f);
    else byDocument.set(f.documentId, [f]);
  }
  return byDocument;
}

function sameFilings(stored: readonly MachineFiling[], next: readonly MachineFiling[]): boolean {
  if (stored.length !== next.length) return false;
  const byCode = new Map(stored.map((f) => [f.industryCode, f]));
  return next.every((f) => {
    const s = byCode.get(f.industryCode);
    return (
      s !== undefined &&
      s.rank === f.rank &&
      s.score === f.score &&
      s.semantic === f.semantic &&
      s.lexical === f.lexical &&
      s.profile === f.profile &&
      s.evidence.length === f.evidence.length &&
      s.evidence.every((e, i) => e === f.evidence[i])
    );
  });
}
