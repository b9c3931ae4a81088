import { describe, expect, it } from 'vitest';
import type { DocumentRepository } from '../../graph/repositories/document/documents.js';
import type { DocumentRecord } from '../../domain/document/types.js';
import {
  fuseRankings,
  RRF_K,
  searchDocuments,
  SemanticSearchUnavailable,
  type DocumentSearchHit,
  type SemanticDocumentSearch,
} from './search.js';

const hit = (id: string, score = 1): DocumentSearchHit => ({ doc: { id, title: id } as DocumentRecord, score });

describe('fuseRankings', () => {
  it('ranks a document found high by both rankings above one found first by only one', () => {
    const fused = fuseRankings([
      [hit('a'), hit('b'), hit('c')],
      [hit('b'), hit('d'), hit('a')],
    ]);
    expect(fused.map((h) => h.doc.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(fused[0]!.score).toBeCloseTo(1 / (RRF_K + 2) + 1 / (RRF_K + 1));
    expect(fused[3]!.score).toBeCloseTo(1 / (RRF_K + 3));
  });
});

describe('searchDocuments', () => {
  const fullText = [hit('t1', 9), hit('shared', 5)];
  const repo = {
    fullTextSearch: ({ first, offset }: { first: number; offset: number }) =>
      Promise.resolve({ items: fullText.slice(offset, offset + first), total: fullText.length }),
  } as unknown as DocumentRepository;

  it('refuses SEMANTIC and HYBRID without a semantic search, a query of punctuation only and an overlong query', async () => {
    await expect(searchDocuments(repo, { query: '碳纤维', mode: 'HYBRID', first: 5, offset: 0 })).rejects.toBeInstanceOf(
      SemanticSearchUnavailable,
    );
    await expect(searchDocuments(repo, { query: ' ?*', mode: 'FULLTEXT', first: 5, offset: 0 })).rejects.toThrow(/at least one/);
    await expect(searchDocuments(repo, { query: '碳'.repeat(201), mode: 'FULLTEXT', first: 5, offset: 0 })).rejects.toThrow(/at most 200/);
    expect((await searchDocuments(repo, { query: '碳'.repeat(200), mode: 'FULLTEXT', first: 5, offset: 0 })).total).toBe(2);
  });

  it('fuses full text with the semantic ranking in HYBRID mode', async () => {
    const semantic: SemanticDocumentSearch = { nearest: () => Promise.resolve([hit('shared', 0.9), hit('s1', 0.8)]) };
    const result = await searchDocuments(repo, { query: '碳纤维', mode: 'HYBRID', first: 10, offset: 0 }, semantic);
    expect(result.hits.map((h) => h.doc.id)).toEqual(['shared', 't1', 's1']);
    expect(result.total).toBe(3);
  });
});
