import type { Viewer } from '../../domain/account/access.js';
import { validateRuleSettings, type PurchaseRules, type RuleSettings } from '../../domain/purchase/rules.js';
import { recordAudit } from '../audit/audit.js';
import { ConflictError, ValidationError } from '../../lib/errors.js';
import { requireLibraryStaff } from './access.js';
import { nowOf, type PurchaseContext } from './context.js';
import { rulesInTx } from './eligibility.js';

/** The rules of a member library (the defaults, version 0, until its librarians change them). */
export function getRules(ctx: PurchaseContext, libraryId: string): Promise<PurchaseRules> {
  return ctx.repos.graph.readTx((tx) => rulesInTx(ctx, tx, libraryId));
}

/**
 * A librarian of the library (or an admin) sets its rules. Versioned like other curation: the
 * caller sends the version they edited, a stale one is a CONFLICT and nothing is written.
 */
export async function updateRules(
  ctx: PurchaseContext,
  actor: Viewer,
  input: { libraryId: string; settings: RuleSettings; expectedVersion: number },
): Promise<PurchaseRules> {
  requireLibraryStaff(actor, input.libraryId);
  const [library] = await ctx.repos.libraries.byIds([input.libraryId]);
  if (!library) throw ValidationError(`unknown library ${JSON.stringify(input.libraryId)}`, { field: 'library' });
  const settings = validateRuleSettings(input.settings);
  return ctx.repos.graph.writeTx(async (tx) => {
    const stored = await ctx.repos.purchase.rules.lock(tx, input.libraryId);
    if (stored !== input.expectedVersion)
      throw ConflictError(`规则已被他人修改（当前版本 ${stored}，您编辑的是版本 ${input.expectedVersion}），请刷新后再改`, {
        version: stored,
      });
    const before = await rulesInTx(ctx, tx, input.libraryId);
    const after: PurchaseRules = {
      ...settings,
      libraryId: input.libraryId,
      version: stored + 1,
      updatedAt: nowOf(ctx),
      updatedBy: actor.id,
    };
    await ctx.repos.purchase.rules.save(tx, after);
    await recordAudit(ctx.repos, tx, actor, 'purchase.rules.update', 'PurchaseRules', input.libraryId, before, after);
    return after;
  });
}
