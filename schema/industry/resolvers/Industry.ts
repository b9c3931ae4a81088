import type { IndustryResolvers } from '../../types.generated.js';
import { documentExportUrl, EXPORT_FORMAT } from '../../../services/export/export.js';

export const Industry: Pick<
  IndustryResolvers,
  | 'children'
  | 'classifications'
  | 'code'
  | 'description'
  | 'documentsExportUrl'
  | 'keywords'
  | 'name'
  | 'parent'
  | 'policyFeedUrl'
  | 'regions'
  | 'source'
  | 'tier'
> = {
  children: (parent, _arg, ctx) => ctx.loaders.industryChildren.load(parent.code),
  parent: (parent, _arg, ctx) => (parent.parentCode ? ctx.loaders.industryByCode.load(parent.parentCode) : null),
  regions: (parent, _arg, ctx) => ctx.loaders.industryRegions.load(parent.code),
  documentsExportUrl: (industry, { format }) => documentExportUrl(EXPORT_FORMAT[format], { industry: industry.code }),
  policyFeedUrl: (industry) => `/feeds/policies.atom?industry=${encodeURIComponent(industry.code)}`,
};
