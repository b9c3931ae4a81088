import type { DocumentFilter } from '../../domain/document/types.js';
import { ValidationError } from '../../lib/errors.js';
import { normaliseDatabase } from '../../domain/document/databases.js';
import type { DocumentFilter as DocumentFilterInput } from '../types.generated.js';

/** The GraphQL filter as the repository takes it; contradictory years are a VALIDATION error. */
export function documentFilter(input: DocumentFilterInput | null | undefined): DocumentFilter {
  if (!input) return {};
  const yearFrom = input.year ?? input.yearFrom ?? null;
  const yearTo = input.year ?? input.yearTo ?? null;
  if (
    input.year != null &&
    ((input.yearFrom != null && input.yearFrom !== input.year) || (input.yearTo != null && input.yearTo !== input.year))
  ) {
    throw ValidationError('give either year or yearFrom/yearTo', { year: input.year });
  }
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) {
    throw ValidationError('yearFrom must not be after yearTo', { yearFrom, yearTo });
  }
  return {
    yearFrom,
    yearTo,
    journal: input.journal ?? null,
    keyword: input.keyword ?? null,
    database: input.database ? (normaliseDatabase(input.database) ?? input.database) : null,
    batchId: input.importJob ?? null,
  };
}
