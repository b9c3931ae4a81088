import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { plainTextQuery } from '../lib/fulltext.js';

const [home, port] = [process.argv[2]!, process.argv[3]!];
const password = readFileSync(`${home}/hechuang-password`, 'utf8').trim();
const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', password));
const tokens = ['AND', 'OR', 'NOT', 'and', 'not', '&&', '||', '!', '"', '*', '?', '\\', '(', ')', '-', '+', '~', '^', ':', '/', '[', ']', '{', '}', 'TO', '\u3000', 'ＡＮＤ', 'a', '碳', "'", '%', '&', '|', '', ' '];
const queries = new Set<string>();
for (const a of tokens) for (const b of tokens) { queries.add(`${a} ${b}`); queries.add(`${a}${b}`); }
for (const a of ['AND', 'OR', 'NOT']) for (const b of tokens) for (const c of ['AND', 'OR', 'NOT', '碳', '"']) { queries.add(`${a} ${b} ${c}`); queries.add(`${a}${b}${c}`); }
const indexes = (await driver.executeQuery('SHOW FULLTEXT INDEXES YIELD name, entityType WHERE entityType = 'NODE' RETURN name')).records.map((r) => r.get('name') as string);
const failures: Record<string, string[]> = {};
for (const index of indexes) {
  for (const q of queries) {
    try {
      await driver.executeQuery('CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN count(node) AS n', { index, q: plainTextQuery(q) });
    } catch (error) {
      (failures[index] ??= []).push(`${JSON.stringify(q)} → ${JSON.stringify(plainTextQuery(q))}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
}
console.log(`${queries.size} queries × ${indexes.length} indexes (${indexes.join(', ')})`);
console.log(JSON.stringify(failures, null, 1).slice(0, 4000));
await driver.close();
