import type { RequestContext } from '../context.js';
import { NotFoundError, UnavailableError } from '../../lib/errors.js';
import { UnknownSourceError, type CrawlService } from '../../services/source/crawl.js';

/** The process's crawl service, or UNAVAILABLE when this app was built without one. */
export function crawlService(ctx: RequestContext): CrawlService {
  if (!ctx.services.crawl) throw UnavailableError('crawling is not available in this service');
  return ctx.services.crawl;
}

/** Runs `work`, turning an unknown source id into NOT_FOUND. */
export async function onSource<T>(id: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UnknownSourceError) throw NotFoundError('Source', id);
    throw error;
  }
}
