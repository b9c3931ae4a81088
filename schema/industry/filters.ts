import { NotFoundError } from '../../lib/errors.js';
import type { RequestContext } from '../context.js';

/** Industry and region arguments: a code (regions also by Chinese name); unknown ones are NOT_FOUND. */

export async function resolveIndustry(ctx: RequestContext, code: string | null | undefined): Promise<string | null> {
  if (!code) return null;
  if (!(await ctx.loaders.industryByCode.load(code))) throw NotFoundError('Industry', code);
  return code;
}

export async function resolveRegion(ctx: RequestContext, region: string | null | undefined): Promise<string | null> {
  if (!region) return null;
  const found = await ctx.reference.findRegion(region);
  if (!found) throw NotFoundError('Region', region);
  return found.code;
}
