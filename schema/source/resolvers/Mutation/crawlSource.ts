import { requireRole } from '../../../../domain/account/access.js';
import { crawlService } from '../../crawl-service.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const crawlSource: NonNullable<MutationResolvers['crawlSource']> = async (_parent, { id }, ctx) => {
  requireRole(ctx, 'LIBRARIAN');
  const summary = await crawlService(ctx).crawl(id, { force: true });
  return {
    sourceId: id,
    run: summary.runId ? await ctx.repos.crawlRuns.get(summary.runId) : null,
    skippedBecause: summary.runId ? null : (summary.messages[0] ?? 'skipped'),
    disabled: summary.disabled,
  };
};
