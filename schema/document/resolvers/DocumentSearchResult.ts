import type   { DocumentSearchResultResolvers } from './../../types.generated.js';
    export const DocumentSearchResult: DocumentSearchResultResolvers = {
    /* Implement DocumentSearchResult resolver logic here */
  };