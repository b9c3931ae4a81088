import type { PolicyAttachmentResolvers } from '../../types.generated.js';
export const PolicyAttachment: PolicyAttachmentResolvers = {/* Implement PolicyAttachment resolver logic here */};
