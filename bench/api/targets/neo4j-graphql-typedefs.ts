/**
 * Type definitions for @neo4j/graphql over the same labels and relationships Hechuang reads.
 * Relationships are lists (the library's v7 form). Full-text search uses the product's cjk
 * indexes through @fulltext; the neighbourhood, which the generated API cannot express, is a
 * @cypher query.
 */
export const typeDefs = /* GraphQL */ `
  type Region @node {
    code: ID!
    name: String!
    level: String
    parent: [Region!]! @relationship(type: "PART_OF", direction: OUT)
  }

  type Industry @node {
    code: ID!
    name: String!
    description: String
    tier: String
    keywords: [String!]
    parent: [Industry!]! @relationship(type: "PART_OF", direction: OUT)
    children: [Industry!]! @relationship(type: "PART_OF", direction: IN)
    regions: [Region!]! @relationship(type: "PROMOTED_IN", direction: OUT)
  }

  type Attachment @node {
    url: String!
    name: String
    format: String
  }

  type PolicyRevision @node {
    number: Int!
    title: String
    "A DateTime, read through @cypher: the library's DateTime projection needs APOC, which the local Neo4j lacks."
    fetchedAt: String @cypher(statement: "RETURN toString(this.fetchedAt) AS v", columnName: "v")
  }

  type Policy
    @node
    @fulltext(indexes: [{ indexName: "policy_text", queryName: "policiesByText", fields: ["title", "documentNumber", "text"] }]) {
    id: ID!
    url: String
    title: String!
    documentNumber: String
    issuer: String
    writtenDate: String
    publishedDate: String
    validity: String
    level: String
    text: String
    region: [Region!]! @relationship(type: "IN_REGION", direction: OUT)
    industries: [Industry!]! @relationship(type: "SUPPORTS", direction: OUT)
    issuedBy: [Organization!]! @relationship(type: "ISSUED_BY", direction: OUT)
    attachments: [Attachment!]! @relationship(type: "HAS_ATTACHMENT", direction: OUT)
    revisions: [PolicyRevision!]! @relationship(type: "HAS_REVISION", direction: OUT)
    repeals: [Policy!]! @relationship(type: "REPEALS", direction: OUT)
    repealedBy: [Policy!]! @relationship(type: "REPEALS", direction: IN)
    replaces: [Policy!]! @relationship(type: "REPLACES", direction: OUT)
    replacedBy: [Policy!]! @relationship(type: "REPLACES", direction: IN)
    amends: [Policy!]! @relationship(type: "AMENDS", direction: OUT)
    amendedBy: [Policy!]! @relationship(type: "AMENDS", direction: IN)
  }

  type Organization
    @node
    @fulltext(indexes: [{ indexName: "organization_text", queryName: "organizationsByText", fields: ["name", "aliases"] }]) {
    id: ID!
    name: String!
    aliases: String
    kind: String
    deleted: Boolean
  }

  type Person @node @fulltext(indexes: [{ indexName: "person_text", queryName: "peopleByText", fields: ["name", "title"] }]) {
    id: ID!
    name: String!
    title: String
    deleted: Boolean
  }

  type Project @node @fulltext(indexes: [{ indexName: "project_text", queryName: "projectsByText", fields: ["name", "description"] }]) {
    id: ID!
    name: String!
    description: String
    deleted: Boolean
  }

  type Document
    @node
    @fulltext(indexes: [{ indexName: "document_text", queryName: "documentsByText", fields: ["title", "abstract", "keywordText"] }]) {
    id: ID!
    title: String!
    abstract: String
    keywordText: String
  }

  type NewsItem @node @fulltext(indexes: [{ indexName: "news_text", queryName: "newsByText", fields: ["title", "text"] }]) {
    id: ID!
    title: String!
    summary: String
    text: String
  }

  type GraphNode {
    id: ID!
    kind: String!
    label: String!
  }

  type GraphEdge {
    from: ID!
    to: ID!
    type: String!
  }

  type Neighbourhood {
    nodes: [GraphNode!]!
    edges: [GraphEdge!]!
  }

  type Query {
    neighbourhood(id: ID!, limit: Int! = 50): Neighbourhood
      @cypher(
        columnName: "result"
        statement: """
        CALL () {
          MATCH (n:Person {id: $id}) RETURN n
          UNION MATCH (n:Organization {id: $id}) RETURN n
          UNION MATCH (n:Project {id: $id}) RETURN n
          UNION MATCH (n:Policy {id: $id}) RETURN n
        }
        WITH n WHERE NOT coalesce(n.deleted, false)
        OPTIONAL MATCH p = (n)-[rs*1..2]-(b)
        WHERE all(r IN rs WHERE NOT coalesce(r.deleted, false))
          AND all(x IN nodes(p) WHERE (x:Person OR x:Organization OR x:Project OR x:Industry OR x:Region OR x:Policy OR x:Document OR x:NewsItem OR x:Topic OR x:Library)
                                    AND NOT coalesce(x.deleted, false) AND NOT coalesce(x.retired, false))
        WITH n, p, b LIMIT 200
        WITH n, [x IN collect(DISTINCT b) WHERE x IS NOT NULL][..$limit - 1] AS around, collect(p) AS paths
        WITH [n] + around AS kept, paths
        UNWIND CASE WHEN size(paths) = 0 THEN [null] ELSE paths END AS p
        UNWIND CASE WHEN p IS NULL THEN [null] ELSE relationships(p) END AS r
        WITH kept, collect(DISTINCT r) AS rels
        RETURN {
          nodes: [x IN kept | {id: coalesce(x.id, x.code), label: coalesce(x.name, x.title, x.label, x.code),
                  kind: [l IN labels(x) WHERE l IN ['Person','Organization','Project','Industry','Region','Policy','Document','NewsItem','Topic','Library']][0]}],
          edges: [r IN rels WHERE startNode(r) IN kept AND endNode(r) IN kept |
                  {from: coalesce(startNode(r).id, startNode(r).code), to: coalesce(endNode(r).id, endNode(r).code), type: type(r)}]
        } AS result
        """
      )
  }
`;
