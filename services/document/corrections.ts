import type { Tx } from '../../graph/driver.js';
import type { Repositories } from '../../graph/repositories/index.js';
import type { Viewer } from '../../domain/account/access.js';
import { correctionOf, type Correction } from '../../domain/document/correction.js';
import type { DocumentInput, StoredOutcome } from '../../domain/document/types.js';
import { titleKey } from '../../topics/import/dedupe.js';
import { recordAudit } from '../audit/audit.js';

/** A stored document a re-imported record corrected. */
export interface CorrectedRecord {
  line: number;
  sourceId: string;
  documentId: string;
  title: string;
  /** The fields that changed. */
  fields: string[];
}

/**
 * Inside the import's transaction: for every record that repeats a stored document, write the
 * fields it improves (domain/document/correction.ts decides which), keep the document's id,
 * topic, relations and librarian edits, and write one audit entry per changed document with
 * the fields before and after.
 */
export async function correctRepeatedDocuments(
  repos: Pick<Repositories, 'importBatches' | 'audit'>,
  tx: Tx,
  actor: Viewer,
  outcomes: StoredOutcome[],
  inputs: Map<number, DocumentInput>,
): Promise<CorrectedRecord[]> {
  const corrected: CorrectedRecord[] = [];
  const writes: { id: string; props: Record<string, unknown> }[] = [];
  const seen = new Set<string>();
  for (const outcome of outcomes) {
    const input = inputs.get(outcome.line);
    const stored = outcome.duplicateOf?.stored;
    if (!input || !stored || seen.has(stored.id)) continue;
    const correction = correctionOf(stored, input, stored.curatedFields);
    const fields = Object.keys(correction) as (keyof Correction)[];
    if (fields.length === 0) continue;
    seen.add(stored.id);
    const merged = { ...stored, ...correction };
    const props: Record<string, unknown> = { ...correction, titleKey: titleKey({ ...merged, year: merged.year ?? undefined }) };
    if (correction.keywords) props.keywordText = correction.keywords.join(' ');
    writes.push({ id: stored.id, props });
    const before = Object.fromEntries(fields.map((field) => [field, stored[field]]));
    await recordAudit(repos, tx, actor, 'UPDATE', 'Document', stored.id, before, correction);
    corrected.push({ line: input.line, sourceId: input.sourceId, documentId: stored.id, title: merged.title, fields });
  }
  await repos.importBatches.correctDocuments(tx, writes);
  return corrected;
}
