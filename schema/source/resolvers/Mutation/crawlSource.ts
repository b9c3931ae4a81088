import { requireRole } from '../../../../domain/account/access.js';
import { crawlService } from '../../crawl-service.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const crawlSource: NonNullable<MutationResolvers['crawlSource']> = async (_parent, { id }, ctx) => {
  requireRole(ctx, 'LIBRARIAN');
  const summary = await crawlService(ctx).crawl(id, { force: true });
  const [runs] = await ctx.repos.crawlRuns.recentOf([id], 5);
  const run = summary.runId ? (runs?.find((candidate) => candidate.id === summary.runId) ?? null) : null;
  return {
    sourceId: id,
    run,
    skippedBecause: summary.runId ? null : (summary.messages[0] ?? 'skipped'),
    disabled: summary.disabled,
  };
};
