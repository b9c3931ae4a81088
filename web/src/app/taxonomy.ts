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

interface IndustryNode {
  code: string;
  name: string;
  parent?: { code: string } | null;
}

/** Industries in tree order (each parent followed by its children), with their depth for indentation. */
export function industryTree<T extends IndustryNode>(industries: readonly T[]): (T & { depth: number })[] {
  const children = new Map<string | null, T[]>();
  const known = new Set(industries.map((i) => i.code));
  for (const industry of industries) {
    const parent = industry.parent && known.has(industry.parent.code) ? industry.parent.code : null;
    children.set(parent, [...(children.get(parent) ?? []), industry]);
  }
  const ordered: (T & { depth: number })[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const industry of children.get(parent) ?? []) {
      ordered.push({ ...industry, depth });
      walk(industry.code, depth + 1);
    }
  };
  walk(null, 0);
  return ordered;
}

export const indent = (depth: number) => '　'.repeat(depth);
