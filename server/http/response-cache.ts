import { createHash } from 'node:crypto';
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { ChangeNotifier, TouchedEntity } from '../../lib/changes.js';
import { SESSION_COOKIE } from '../../services/account/sessions.js';

/**
 * The response cache of visitors' reads (graphql-yoga's response-cache plugin), keyed by
 * document, operation name and variables. Requests with a session cookie never use it.
 *
 * Invalidation is by kind: a committed write that touched a `Policy` evicts every cached
 * response that holds an object of a type from which a Policy can be reached in the schema
 * (a policy list, an empty one too, an industry page, a search), and every response whose
 * root field returns such a type or a scalar; any mutation empties the cache (librarians'
 * writes are rare and touch more than they return). A read that started before a write
 * committed is not stored afterwards: each key carries the invalidation sequence number of its
 * start, and `set` refuses results that an invalidation since then concerns.
 */
export interface ResponseCacheOptions {
  ttlMs: number;
  maxEntries: number;
}

interface Invalidation {
  seq: number;
  /** null: everything. */
  typenames: Set<string> | null;
}

const KEEP_INVALIDATIONS = 256;
/** The kind of a response whose root field returns a scalar: evicted by every write. */
const ANY_ROOT = '*';

export class ResponseCache implements ChangeNotifier {
  private inner: Cache;
  private seq = 0;
  private readonly recent: Invalidation[] = [];
  private dependents = new Map<string, Set<string>>();
  private readonly rootTypes = new Map<string, Set<string>>();
  private schema: GraphQLSchema | undefined;
  readonly stats = { hits: 0, misses: 0, stored: 0, refused: 0, invalidations: 0 };

  constructor(private readonly options: ResponseCacheOptions) {
    this.inner = this.newInner();
  }

  /** Computes, for each type, the types that can reach it (itself included). */
  useSchema(schema: GraphQLSchema): void {
    const reaches = new Map<string, Set<string>>();
    const edge = (from: string, to: GraphQLNamedType) => {
      const targets = isUnionType(to)
        ? to.getTypes().map((t) => t.name)
        : isInterfaceType(to)
          ? [to.name, ...schema.getPossibleTypes(to).map((t) => t.name)]
          : [to.name];
      const set = reaches.get(from) ?? new Set<string>();
      for (const target of targets) set.add(target);
      reaches.set(from, set);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) edge(type.name, getNamedType(field.type));
      if (isInterfaceType(type)) for (const t of schema.getPossibleTypes(type)) edge(type.name, t);
    }
    const dependents = new Map<string, Set<string>>();
    for (const start of reaches.keys()) {
      const seen = new Set<string>([start]);
      const queue = [start];
      while (queue.length) for (const next of reaches.get(queue.pop()!) ?? []) if (!seen.has(next)) queue.push(seen.add(next) && next);
      for (const reached of seen) {
        const set = dependents.get(reached) ?? new Set<string>();
        set.add(start);
        dependents.set(reached, set);
      }
    }
    this.dependents = dependents;
    this.schema = schema;
  }

  committed(touched: readonly TouchedEntity[]): void {
    const typenames = new Set<string>([ANY_ROOT]);
    for (const { typename } of touched) for (const dependent of this.dependents.get(typename) ?? [typename]) typenames.add(dependent);
    this.invalidate(typenames);
  }

  clear(): void {
    this.invalidate(null);
  }

  plugin(): Plugin {
    const cache: Cache = {
      get: (key) => {
        const result = this.inner.get(this.baseKey(key));
        if (result) this.stats.hits += 1;
        else this.stats.misses += 1;
        return result;
      },
      set: (key, result, entities, ttl) => {
        const typenames = new Set([...entities].map((e) => e.typename));
        for (const root of this.rootTypes.get(this.baseKey(key)) ?? []) typenames.add(root);
        if (this.invalidatedSince(this.seqOf(key), typenames)) {
          this.stats.refused += 1;
          return;
        }
        this.stats.stored += 1;
        return this.inner.set(
          this.baseKey(key),
          result,
          [...typenames].map((typename) => ({ typename })),
          ttl,
        );
      },
      invalidate: (entities) => this.inner.invalidate(entities),
    };
    return useResponseCache({
      cache,
      ttl: this.options.ttlMs,
      session: () => null,
      enabled: (request) => !hasSessionCookie(request.headers.get('cookie')),
      invalidateViaMutation: false,
      includeExtensionMetadata: false,
      // node:crypto's one-shot hash: the plugin's own (WebCrypto, a thread-pool job and a promise per
      // request) was 6 % of a cache hit's CPU in bench:api's profile.
      buildResponseCacheKey: ({ documentString, variableValues, operationName }) => {
        const base = createHash('sha256')
          .update([documentString, operationName ?? '', JSON.stringify(variableValues ?? {})].join('|'))
          .digest('hex');
        if (!this.rootTypes.has(base)) this.rememberRootTypes(base, documentString, operationName);
        return `${base}#${this.seq}`;
      },
    });
  }

  /** Every successful mutation empties the cache once its transaction committed (the result is out). */
  mutationPlugin(): Plugin {
    return {
      onExecute: ({ args }) => {
        const document = args.document as DocumentNode;
        const operation = document.definitions.find(
          (d): d is OperationDefinitionNode =>
            d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
        );
        if (operation?.operation !== OperationTypeNode.MUTATION) return;
        return { onExecuteDone: () => this.clear() };
      },
    };
  }

  private invalidate(typenames: Set<string> | null): void {
    this.seq += 1;
    this.stats.invalidations += 1;
    this.recent.push({ seq: this.seq, typenames });
    if (this.recent.length > KEEP_INVALIDATIONS) this.recent.shift();
    if (typenames === null) this.inner = this.newInner();
    else void this.inner.invalidate([...typenames].map((typename) => ({ typename })));
  }

  private invalidatedSince(seq: number, typenames: Set<string>): boolean {
    if (seq === this.seq) return false;
    const oldest = this.recent[0];
    if (!oldest || oldest.seq > seq + 1) return true; // too long ago to tell: do not store
    return this.recent.some((inv) => inv.seq > seq && (inv.typenames === null || [...typenames].some((t) => inv.typenames!.has(t))));
  }

  /**
   * The named types of the operation's root fields, as kinds the response depends on: a root
   * list that came back empty holds no object to say so. A scalar root field, or a fragment
   * spread at the root, depends on everything (`Query`, which every cached response holds).
   */
  private rememberRootTypes(base: string, documentString: string, operationName: string | null | undefined): void {
    const roots = new Set<string>();
    try {
      const document = parse(documentString);
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
      );
      const query = this.schema?.getQueryType();
      for (const selection of operation?.selectionSet.selections ?? []) {
        const field = selection.kind === Kind.FIELD ? query?.getFields()[selection.name.value] : undefined;
        const type = field ? getNamedType(field.type) : undefined;
        if (type && (isObjectType(type) || isInterfaceType(type) || isUnionType(type))) roots.add(type.name);
        else if (!(selection.kind === Kind.FIELD && selection.name.value === '__typename')) roots.add(ANY_ROOT);
      }
    } catch {
      roots.add(ANY_ROOT);
    }
    if (this.rootTypes.size >= this.options.maxEntries * 4) this.rootTypes.clear();
    this.rootTypes.set(base, roots);
  }

  private newInner(): Cache {
    return createInMemoryCache({ max: this.options.maxEntries });
  }

  private baseKey(key: string): string {
    return key.slice(0, key.lastIndexOf('#'));
  }

  private seqOf(key: string): number {
    return Number(key.slice(key.lastIndexOf('#') + 1));
  }
}

function hasSessionCookie(header: string | null): boolean {
  return !!header && header.split(';').some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
}
