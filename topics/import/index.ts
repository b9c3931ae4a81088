/** Literature import: what other modules (the import service, the clustering CLI) use. */
export { parseLiteratureFile, parseLiteratureBuffer, type ParseLiteratureOptions, type LiteratureInput } from './parse.js';
export { dedupeKey, titleKey, dedupeWithin, sameWork, type MatchedBy } from './dedupe.js';
export type { ColumnMapping, CsvField } from './csv.js';
export {
  LiteratureFileError,
  LITERATURE_FORMATS,
  type LiteratureEncoding,
  type LiteratureFormat,
  type LiteratureRecord,
  type LiteratureType,
  type LineProblem,
  type LineWarning,
  type ParsedLiteratureFile,
} from './types.js';
