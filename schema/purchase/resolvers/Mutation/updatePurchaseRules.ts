import type { MutationResolvers } from './../../../types.generated.js';
import { updateRules } from '../../../../services/purchase/rules.js';
import { purchaseContext, signedIn } from '../../helpers.js';

export const updatePurchaseRules: NonNullable<MutationResolvers['updatePurchaseRules']> = (_parent, { library, version, input }, ctx) =>
  updateRules(purchaseContext(ctx), signedIn(ctx), {
    libraryId: library,
    expectedVersion: version,
    settings: { ...input, minPublicationYear: input.minPublicationYear ?? null, reviewAboveFen: input.reviewAboveFen ?? null },
  });
