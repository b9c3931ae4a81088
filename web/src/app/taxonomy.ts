import { graphql } from '../gql';
import { useQuery } from './useQuery';

const TaxonomyDocument = graphql(`
  query Taxonomy {
    industries {
      code
      name
      tier
      parent {
        code
      }
    }
    regions {
      code
      name
      level
    }
  }
`);

/** Industries and regions for filters and forms. */
export function useTaxonomy() {
  return useQuery(TaxonomyDocument, {});
}
