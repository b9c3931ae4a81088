import neo4j from 'neo4j-driver';

interface PlanNode {
  operatorType: string;
  dbHits?: number;
  rows?: number;
  arguments?: Record<string, unknown>;
  children: PlanNode[];
}

/** `PROFILE` of one statement against the bench's Neo4j: each operator with its rows and db hits, indented. */
export async function profileStatement(
  info: { uri: string; user: string; password: string },
  cypher: string,
  params: Record<string, unknown>,
): Promise<string[]> {
  const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password));
  try {
    const { summary } = await driver.executeQuery(`PROFILE ${cypher}`, params);
    const lines: string[] = [];
    const walk = (node: PlanNode, depth: number) => {
      const details = typeof node.arguments?.Details === 'string' ? ` ${node.arguments.Details}` : '';
      lines.push(`${'  '.repeat(depth)}${node.operatorType} rows=${node.rows ?? 0} dbHits=${node.dbHits ?? 0}${details.slice(0, 120)}`);
      for (const child of node.children) walk(child, depth + 1);
    };
    if (summary.profile) walk(summary.profile, 0);
    return lines;
  } finally {
    await driver.close();
  }
}
