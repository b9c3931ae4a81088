import { documentExportUrl, EXPORT_FORMAT } from '../../../services/export/export.js';
import type { DocumentSearchResultResolvers } from '../../types.generated.js';

export const DocumentSearchResult: DocumentSearchResultResolvers = {
  exportUrl: (result, { format }) => documentExportUrl(EXPORT_FORMAT[format], { ...result.exportScope, q: result.query }),
};
