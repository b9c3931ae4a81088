import { createHash } from 'node:crypto';

export interface EmbeddableRecord {
  title: string;
  abstract?: string | null | undefined;
  keywords?: readonly string[] | undefined;
}

/** The passage embedded for a literature record: title, abstract, then its keywords. */
export function documentText(record: EmbeddableRecord): string {
  const parts = [record.title.trim(), record.abstract?.trim() ?? '', (record.keywords ?? []).join('；')];
  return parts.filter(Boolean).join(' ').replace(/\s+/g, ' ');
}

/** Identifies the embedded text; with the model id it keys the embedding cache. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
