import type { Graph } from '../driver.js';
import { backfillEmbeddingBytes } from './embedding-bytes.js';

/**
 * Schema migrations, applied in order and recorded as (:Migration {version}) nodes.
 * Statements are idempotent (IF NOT EXISTS) so a half-applied migration can be re-run.
 * Never edit an applied migration: add a new version.
 */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
  /** A data step Cypher alone cannot do, run after the statements in batches of its own; re-runnable (it resumes where it stopped). */
  backfill?: (graph: Graph) => Promise<unknown>;
}

/**
 * The labels of the design's whole model, with the property that identifies each: migration 1
 * constrained them all (applied migrations never change, so this list stays as it was).
 */
const DESIGN_NODE_IDS: ReadonlyArray<readonly [label: string, property: string]> = [
  ['Industry', 'code'],
  ['Region', 'code'],
  ['Topic', 'id'],
  ['Document', 'id'],
  ['Policy', 'id'],
  ['Person', 'id'],
  ['Organization', 'id'],
  ['Project', 'id'],
  ['NewsItem', 'id'],
  ['Source', 'id'],
  ['Library', 'id'],
  ['Reader', 'id'],
  ['Book', 'id'],
  ['Bookstore', 'id'],
  ['PurchaseRequest', 'id'],
];

/** Labels of the design that nothing creates yet (purchases come later, with migrations of their own). */
const UNBUILT_LABELS = ['Reader', 'Book', 'Bookstore', 'PurchaseRequest'];

/** The labels of 你选书我买单 (migration 71): books by ISBN-13, cards by number, rules one per library. */
const PURCHASE_NODE_IDS: ReadonlyArray<readonly [label: string, property: string]> = [
  ['Book', 'isbn'],
  ['Bookstore', 'id'],
  ['PurchaseRequest', 'id'],
  ['LibraryCard', 'cardNumber'],
  ['PurchaseRules', 'libraryId'],
  ['PurchaseMessage', 'id'],
];

/** Every node label the product stores, with the property that identifies it. */
export const NODE_IDS = [...DESIGN_NODE_IDS.filter(([label]) => !UNBUILT_LABELS.includes(label)), ...PURCHASE_NODE_IDS];

const uniqueName = ([label, property]: readonly [string, string]) => `${snake(label)}_${property}_unique`;
const uniqueId = (id: readonly [string, string]) =>
  `CREATE CONSTRAINT ${uniqueName(id)} IF NOT EXISTS FOR (n:${id[0]}) REQUIRE n.${id[1]} IS UNIQUE`;

const cjkFulltext = (name: string, label: string, properties: string[]) =>
  `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON EACH [${properties.map((p) => `n.${p}`).join(', ')}] ` +
  "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}}";

function snake(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

export const EMBEDDING_DIMENSIONS = 512;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'node identity constraints',
    statements: DESIGN_NODE_IDS.map(uniqueId),
  },
  {
    version: 2,
    name: 'cjk full-text indexes for Chinese titles and texts',
    statements: [
      cjkFulltext('industry_text', 'Industry', ['name', 'description', 'keywordText']),
      cjkFulltext('document_text', 'Document', ['title', 'abstract', 'keywordText']),
      cjkFulltext('policy_text', 'Policy', ['title', 'documentNumber', 'text']),
      cjkFulltext('news_text', 'NewsItem', ['title', 'summary', 'text']),
      cjkFulltext('topic_text', 'Topic', ['label', 'keywordText']),
      cjkFulltext('project_text', 'Project', ['name', 'description']),
      cjkFulltext('person_text', 'Person', ['name', 'title']),
      cjkFulltext('organization_text', 'Organization', ['name', 'aliases']),
      cjkFulltext('book_text', 'Book', ['title', 'authors', 'publisher']),
    ],
  },
  {
    version: 3,
    name: 'vector index for document embeddings',
    statements: [
      `CREATE VECTOR INDEX document_embedding IF NOT EXISTS FOR (n:Document) ON n.embedding ` +
        `OPTIONS {indexConfig: {\`vector.dimensions\`: ${EMBEDDING_DIMENSIONS}, \`vector.similarity_function\`: 'cosine'}}`,
    ],
  },
  {
    version: 10,
    name: 'crawlers: revisions, runs, attachments and lookup indexes',
    statements: [
      'CREATE CONSTRAINT policy_revision_id_unique IF NOT EXISTS FOR (n:PolicyRevision) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT crawl_run_id_unique IF NOT EXISTS FOR (n:CrawlRun) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT attachment_url_unique IF NOT EXISTS FOR (n:Attachment) REQUIRE n.url IS UNIQUE',
      'CREATE INDEX policy_document_number IF NOT EXISTS FOR (n:Policy) ON (n.documentNumber)',
      'CREATE INDEX policy_published_date IF NOT EXISTS FOR (n:Policy) ON (n.publishedDate)',
      'CREATE INDEX policy_title IF NOT EXISTS FOR (n:Policy) ON (n.title)',
      'CREATE INDEX news_published_at IF NOT EXISTS FOR (n:NewsItem) ON (n.publishedAt)',
      'CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)',
      'CREATE INDEX crawl_run_source_started IF NOT EXISTS FOR (n:CrawlRun) ON (n.sourceId, n.startedAt)',
    ],
  },
  {
    version: 20,
    name: 'literature import: document identity for deduplication, import batches',
    statements: [
      'CREATE CONSTRAINT document_dedupe_key_unique IF NOT EXISTS FOR (n:Document) REQUIRE n.dedupeKey IS UNIQUE',
      'CREATE CONSTRAINT import_batch_id_unique IF NOT EXISTS FOR (n:ImportBatch) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX document_doi IF NOT EXISTS FOR (n:Document) ON (n.doi)',
      'CREATE INDEX document_title_key IF NOT EXISTS FOR (n:Document) ON (n.titleKey)',
      'CREATE INDEX document_imported_at IF NOT EXISTS FOR (n:Document) ON (n.importedAt)',
      'CREATE INDEX import_batch_imported_at IF NOT EXISTS FOR (n:ImportBatch) ON (n.importedAt)',
    ],
  },
  {
    version: 30,
    name: 'accounts, sessions and audit entries: identity constraints',
    statements: [
      'CREATE CONSTRAINT account_id_unique IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT account_email_unique IF NOT EXISTS FOR (n:Account) REQUIRE n.email IS UNIQUE',
      'CREATE CONSTRAINT session_token_hash_unique IF NOT EXISTS FOR (n:Session) REQUIRE n.tokenHash IS UNIQUE',
      'CREATE CONSTRAINT audit_entry_id_unique IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE',
    ],
  },
  {
    version: 31,
    name: 'audit log lookups per entity and per actor',
    statements: [
      'CREATE INDEX audit_entry_entity IF NOT EXISTS FOR (n:AuditEntry) ON (n.entityId, n.at)',
      'CREATE INDEX audit_entry_actor IF NOT EXISTS FOR (n:AuditEntry) ON (n.actor, n.at)',
      'CREATE INDEX session_expires IF NOT EXISTS FOR (n:Session) ON (n.expiresAt)',
    ],
  },
  {
    version: 32,
    name: 'policy conditions: one node per policy',
    statements: ['CREATE CONSTRAINT policy_conditions_policy_unique IF NOT EXISTS FOR (n:PolicyConditions) REQUIRE n.policyId IS UNIQUE'],
  },
  {
    version: 40,
    name: 'topic decisions and topic lookups',
    statements: [
      'CREATE CONSTRAINT topic_decision_id_unique IF NOT EXISTS FOR (n:TopicDecision) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX topic_industry_code IF NOT EXISTS FOR (n:Topic) ON (n.industryCode)',
      'CREATE INDEX topic_mapping_status IF NOT EXISTS FOR (n:Topic) ON (n.mappingStatus)',
    ],
  },
  {
    version: 50,
    name: 'policies as curated entities: SUPPORTS instead of CONCERNS, link origins, well-formed crawler issuers',
    statements: [
      // Policy matching and the design name one relationship for "a policy supports an industry".
      `MATCH (p:Policy)-[c:CONCERNS]->(i:Industry)
       MERGE (p)-[s:SUPPORTS]->(i)
       ON CREATE SET s.origin = 'crawler', s.deleted = false, s.provActor = 'crawler', s.provAt = coalesce(p.updatedAt, datetime())
       DELETE c`,
      // Links written before origins existed were the crawler's unless a curator's provenance says otherwise.
      `MATCH (:Policy)-[r:SUPPORTS|ISSUED_BY|IN_REGION|REPEALS|REPLACES|AMENDS]->()
       WHERE r.origin IS NULL
       SET r.origin = CASE WHEN r.provActor IS NULL OR r.provActor = 'crawler' THEN 'crawler' ELSE 'librarian' END,
           r.deleted = coalesce(r.deleted, false)`,
      `MATCH (p:Policy) WHERE p.version IS NULL
       SET p.version = 1, p.deleted = coalesce(p.deleted, false), p.curatedFields = coalesce(p.curatedFields, []),
           p.createdAt = coalesce(p.createdAt, p.firstSeenAt, datetime()),
           p.provActor = coalesce(p.provActor, 'crawler'), p.provSourceUrl = coalesce(p.provSourceUrl, p.url),
           p.provAt = coalesce(p.provAt, p.firstSeenAt, datetime())`,
      // Issuers the crawler created lacked what curation reads and writes (version, deleted, alias list).
      `MATCH (o:Organization) WHERE o.version IS NULL
       WITH o, CASE WHEN valueType(o.aliases) STARTS WITH 'LIST' THEN o.aliases ELSE coalesce(o.aliasList, []) END AS aliasList
       SET o.version = 1, o.deleted = coalesce(o.deleted, false), o.aliasList = aliasList,
           o.aliases = reduce(s = '', a IN aliasList | s + CASE WHEN s = '' THEN '' ELSE ' / ' END + a),
           o.createdAt = coalesce(o.createdAt, datetime()), o.updatedAt = coalesce(o.updatedAt, o.createdAt, datetime()),
           o.provActor = coalesce(o.provActor, o.provenance, 'crawler'), o.provAt = coalesce(o.provAt, o.createdAt, datetime())
       REMOVE o.provenance`,
    ],
  },
  {
    version: 60,
    name: 'index of embedded documents, so a search can tell cheaply whether any exist',
    statements: ['CREATE INDEX document_embedding_model IF NOT EXISTS FOR (n:Document) ON (n.embeddingModel)'],
  },
  {
    version: 70,
    name: 'drop the constraints and the full-text index of labels nothing creates yet (Reader, Book, Bookstore, PurchaseRequest)',
    statements: [
      ...DESIGN_NODE_IDS.filter(([label]) => UNBUILT_LABELS.includes(label)).map((id) => `DROP CONSTRAINT ${uniqueName(id)} IF EXISTS`),
      'DROP INDEX book_text IF EXISTS',
    ],
  },
  {
    version: 71,
    name: '你选书我买单: books, holdings, library cards, bookstores, rules, requests and their transitions, messages',
    statements: [
      ...PURCHASE_NODE_IDS.map(uniqueId),
      cjkFulltext('book_text', 'Book', ['title', 'authorText', 'publisher']),
      'CREATE INDEX library_card_account IF NOT EXISTS FOR (n:LibraryCard) ON (n.accountId)',
      'CREATE INDEX purchase_request_reader IF NOT EXISTS FOR (n:PurchaseRequest) ON (n.readerId, n.createdAt)',
      'CREATE INDEX purchase_request_library_status IF NOT EXISTS FOR (n:PurchaseRequest) ON (n.libraryId, n.status)',
      'CREATE INDEX purchase_transition_request IF NOT EXISTS FOR (n:PurchaseTransition) ON (n.requestId)',
      'CREATE INDEX purchase_message_account IF NOT EXISTS FOR (n:PurchaseMessage) ON (n.accountId, n.createdAt)',
    ],
  },
  {
    version: 75,
    name: 'the budget ledger: fiscal years, funding sources and credits, funds, budgets, transactions (idempotency keys)',
    statements: [
      'CREATE CONSTRAINT fiscal_year_code_unique IF NOT EXISTS FOR (n:FiscalYear) REQUIRE n.code IS UNIQUE',
      'CREATE CONSTRAINT funding_source_code_unique IF NOT EXISTS FOR (n:FundingSource) REQUIRE n.code IS UNIQUE',
      'CREATE CONSTRAINT funding_credit_id_unique IF NOT EXISTS FOR (n:FundingCredit) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT fund_code_unique IF NOT EXISTS FOR (n:Fund) REQUIRE n.code IS UNIQUE',
      'CREATE CONSTRAINT budget_id_unique IF NOT EXISTS FOR (n:Budget) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT budget_transaction_id_unique IF NOT EXISTS FOR (n:BudgetTransaction) REQUIRE n.id IS UNIQUE',
      // One encumbrance, one payment, one credit per purchase request (FOLIO's idempotency by unique index).
      'CREATE CONSTRAINT budget_transaction_key_unique IF NOT EXISTS FOR (n:BudgetTransaction) REQUIRE n.key IS UNIQUE',
      'CREATE INDEX budget_transaction_request IF NOT EXISTS FOR (n:BudgetTransaction) ON (n.requestId)',
      'CREATE INDEX budget_transaction_store_at IF NOT EXISTS FOR (n:BudgetTransaction) ON (n.storeId, n.at)',
      'CREATE INDEX budget_fiscal_year IF NOT EXISTS FOR (n:Budget) ON (n.fiscalYear)',
      'CREATE INDEX budget_transaction_from IF NOT EXISTS FOR (n:BudgetTransaction) ON (n.fromBudgetId)',
      'CREATE INDEX budget_transaction_to IF NOT EXISTS FOR (n:BudgetTransaction) ON (n.toBudgetId)',
    ],
  },
  {
    version: 76,
    name: 'bookstore statements, and the messages to and from stores (outbox that waits for a store that is down, inbox of answered requests)',
    statements: [
      'CREATE CONSTRAINT statement_id_unique IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX statement_line_statement IF NOT EXISTS FOR (n:StatementLine) ON (n.statementId)',
      'CREATE CONSTRAINT store_outbox_key_unique IF NOT EXISTS FOR (n:StoreOutbox) REQUIRE n.key IS UNIQUE',
      'CREATE INDEX store_outbox_due IF NOT EXISTS FOR (n:StoreOutbox) ON (n.status, n.nextAttemptAt)',
      'CREATE CONSTRAINT store_inbox_key_unique IF NOT EXISTS FOR (n:StoreInbox) REQUIRE n.key IS UNIQUE',
    ],
  },
  {
    version: 79,
    name: 'documents filed under industries: the librarian-decided filings the profiles read',
    statements: [
      'CREATE INDEX filed_under_decided_by IF NOT EXISTS FOR ()-[r:FILED_UNDER]-() ON (r.decidedBy)',
      'CREATE CONSTRAINT filing_basis_model_unique IF NOT EXISTS FOR (n:FilingBasis) REQUIRE n.model IS UNIQUE',
    ],
  },
  {
    version: 87,
    name: 'remove crawled attachments whose URL is not http(s) (javascript:, data:, vbscript:)',
    statements: ["MATCH (a:Attachment) WHERE NOT toLower(trim(a.url)) =~ 'https?://.*' DETACH DELETE a"],
  },
  {
    version: 91,
    name: "title keys compare a Latin first author's words in any order (Raber Jacob = Raber, Jacob), as the import now computes them",
    statements: [
      // Only keys whose first author is Latin (no CJK) change; a Chinese name is one word either way.
      `MATCH (d:Document)
       WHERE d.titleKey IS NOT NULL AND NOT d.titleKey STARTS WITH 'sha256:' AND size(coalesce(d.authors, [])) > 0
         AND NOT d.authors[0] =~ '.*[\\u3400-\\u9fff\\uf900-\\ufaff].*'
       CALL (d) {
         WITH reduce(s = toLower(normalize(d.authors[0], NFKC)), p IN [',', '.', '-', "'", '’', '(', ')', '·', ';'] | replace(s, p, ' ')) AS cleaned
         UNWIND split(cleaned, ' ') AS word
         WITH word WHERE word <> '' ORDER BY word
         RETURN reduce(s = '', w IN collect(word) | s + w) AS author
       }
       WITH d, author, split(d.titleKey, '|') AS parts
       WHERE size(parts) = 3
       SET d.titleKey = parts[0] + '|' + author + '|' + parts[2]`,
    ],
  },
  {
    version: 100,
    name: 'bookstore request nonces kept in the graph (one per store and nonce), so a replay is refused after a restart or by another process',
    statements: [
      'CREATE CONSTRAINT store_nonce_key_unique IF NOT EXISTS FOR (n:StoreNonce) REQUIRE n.key IS UNIQUE',
      'CREATE RANGE INDEX store_nonce_expires_at IF NOT EXISTS FOR (n:StoreNonce) ON (n.expiresAt)',
    ],
  },
  {
    version: 101,
    name: "a budget's write lock is a (:BudgetLock) node without relationships (locking the dense Budget node deadlocked)",
    statements: [
      'CREATE CONSTRAINT budget_lock_budget_id_unique IF NOT EXISTS FOR (n:BudgetLock) REQUIRE n.budgetId IS UNIQUE',
      'MATCH (b:Budget) MERGE (:BudgetLock {budgetId: b.id})',
    ],
  },
  {
    version: 105,
    name: 'documents a librarian filed (filingVersion), found by index: their filings are the librarian’s alone, and those filed nowhere shape the outside profile',
    statements: ['CREATE INDEX document_filing_version IF NOT EXISTS FOR (d:Document) ON (d.filingVersion)'],
  },
  {
    version: 110,
    name: 'learning paths for founders (创业知识学习库): ids, slugs, their full-text index',
    statements: [
      'CREATE CONSTRAINT learning_path_id_unique IF NOT EXISTS FOR (n:LearningPath) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT learning_path_slug_unique IF NOT EXISTS FOR (n:LearningPath) REQUIRE n.slug IS UNIQUE',
      'CREATE INDEX learning_path_industry IF NOT EXISTS FOR (n:LearningPath) ON (n.industryCode)',
      cjkFulltext('learning_path_text', 'LearningPath', ['title', 'summary', 'searchText']),
    ],
  },
  {
    version: 120,
    name: "a library's purchase rules carry a revision (a fresh id on every save), so a process may keep them in memory by it",
    statements: ['MATCH (r:PurchaseRules) WHERE r.rulesJson IS NOT NULL AND r.revision IS NULL SET r.revision = randomUUID()'],
  },
  {
    version: 121,
    name: "a reader's purchase requests by readerId alone (the eligibility read's PROFILE showed a label scan: the (readerId, createdAt) index is not used for it)",
    statements: ['CREATE INDEX purchase_request_reader_id IF NOT EXISTS FOR (n:PurchaseRequest) ON (n.readerId)'],
  },
  {
    version: 130,
    name: 'topic rebuilds staged beside the current topics: the rebuild record, and the documents staged by a rebuild found by index',
    statements: [
      'CREATE CONSTRAINT topic_rebuild_id_unique IF NOT EXISTS FOR (n:TopicRebuild) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX document_staged_rebuild IF NOT EXISTS FOR (d:Document) ON (d.stagedRebuildId)',
    ],
  },
  {
    version: 131,
    name: 'label phrases embedded once per model (PhraseVector), found by key',
    statements: ['CREATE CONSTRAINT phrase_vector_key_unique IF NOT EXISTS FOR (n:PhraseVector) REQUIRE n.key IS UNIQUE'],
  },
  {
    version: 160,
    name: "each document's embedding also as Float32 little-endian bytes (embeddingBytes): a rebuild reads 100k of them as bytes, not as lists of floats",
    statements: [],
    backfill: backfillEmbeddingBytes,
  },
  {
    version: 161,
    // A run's lease ends the runs a dead process left running on its source: found among the running, not the source's whole history.
    name: 'crawl runs found by source and status',
    statements: ['CREATE INDEX crawl_run_source_status IF NOT EXISTS FOR (n:CrawlRun) ON (n.sourceId, n.status)'],
  },
  {
    version: 170,
    // The policy list's issuer filter is a substring (`CONTAINS`): without a text index it read every policy.
    name: 'policies found by a part of their issuer',
    statements: ['CREATE TEXT INDEX policy_issuer_text IF NOT EXISTS FOR (p:Policy) ON (p.issuer)'],
  },
  {
    version: 180,
    // A news item's summary is its feed's excerpt of the body, or the body's first 500 characters:
    // indexed beside the text it only repeated the text's words (a third of the index's work per new item).
    name: "news search indexes a news item's title and text, not its summary",
    statements: ['DROP INDEX news_text IF EXISTS', cjkFulltext('news_text', 'NewsItem', ['title', 'text'])],
  },
];
