import type { LinkResolvers } from '../../types.generated.js';

export const Link: LinkResolvers = {
  toId: (parent) => parent.toKey,
  origin: ({ origin }) => (origin === 'crawler' ? 'CRAWLER' : 'LIBRARIAN'),
};
