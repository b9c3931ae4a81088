import type { RequestContext } from '../context.js';
import { UnavailableError } from '../../lib/errors.js';
import type { CrawlService } from '../../services/source/crawl.js';

/** The process's crawl service, or UNAVAILABLE when this app was built without one. */
export function crawlService(ctx: RequestContext): CrawlService {
  if (!ctx.services.crawl) throw UnavailableError('crawling is not available in this service');
  return ctx.services.crawl;
}
