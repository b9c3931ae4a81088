import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { typeDefs } from './neo4j-graphql-typedefs.js';

/**
 * @neo4j/graphql peer: its generated API over the benchmark graph, served by graphql-yoga
 * (the server Hechuang uses) on its own driver. Started by bench/api/run.ts as its own process.
 */

const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER!, process.env.NEO4J_PASSWORD!), {
  maxConnectionPoolSize: 50,
});
// Policy lists filter publication dates from a day on (a String comparison, off by default).
const schema = await new Neo4jGraphQL({
  typeDefs,
  driver,
  features: { filters: { String: { GTE: true, LTE: true, GT: true, LT: true } } },
}).getSchema();
const yoga = createYoga({ schema, graphiql: false, landingPage: false, logging: 'warn' });

const server = createServer((req, res) => void yoga(req, res));
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('READY\n'));
// Stdin is the runner's pipe: when the runner goes, so does this server.
process.stdin.on('end', () => process.exit(0)).resume();
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
