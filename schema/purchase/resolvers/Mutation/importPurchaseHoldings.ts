import type { MutationResolvers } from './../../../types.generated.js';
import { decodeUploads } from '../../../../services/document/upload.js';
import { importHoldings } from '../../../../services/purchase/imports.js';
import { purchaseContext, signedIn } from '../../helpers.js';

export const importPurchaseHoldings: NonNullable<MutationResolvers['importPurchaseHoldings']> = async (_parent, { file, library }, ctx) => {
  const actor = signedIn(ctx);
  const [upload] = decodeUploads([file]);
  const report = await importHoldings(purchaseContext(ctx), actor, {
    bytes: upload!.buffer,
    filename: upload!.filename,
    libraryId: library ?? null,
  });
  return {
    format: report.format,
    booksAdded: report.books.created,
    booksUpdated: report.books.updated,
    holdings: report.holdings,
    rejected: report.rejected,
  };
};
