/**
 * The one "within this region or industry, and its parts" rule. Regions nest 国家 › 浙江省 ›
 * 嘉兴市 › 区县 and industries nest by tier, both by `(:X)-[:PART_OF]->(:X)`; a node is within a
 * code when it is that node or one of its parts at any depth the taxonomies have.
 *
 * `(x)${PART_OF_PATH}(:Region {code: $regionCode})` matches x within that region;
 * `(:Industry {code: code})${PART_OF_PATH}(a:Industry)` matches the industry and its parents.
 */
export const PART_OF_DEPTH = 4;

export const PART_OF_PATH = `-[:PART_OF*0..${PART_OF_DEPTH}]->`;
