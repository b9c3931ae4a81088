import type { DocumentFilter } from '../../domain/document/types.js';
import type { InputMaybe, LibraryDocumentFilter } from '../types.generated.js';

/** A filter inside an industry's library as the document repository takes it. */
export const libraryFilter = (industryCode: string, filter: InputMaybe<LibraryDocumentFilter> | undefined): DocumentFilter => ({
  industryCode,
  yearFrom: filter?.year ?? null,
  yearTo: filter?.year ?? null,
  journal: filter?.journal ?? null,
  topicId: filter?.topic ?? null,
});

/** The same narrowing as the export's query string. */
export const exportScope = (industry: string, filter: InputMaybe<LibraryDocumentFilter> | undefined) => ({
  industry,
  year: filter?.year ?? undefined,
  journal: filter?.journal ?? undefined,
  topic: filter?.topic ?? undefined,
});
