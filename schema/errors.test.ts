import { describe, expect, it } from 'vitest';
import { createGraphQLError } from 'graphql-yoga';
import { NotFoundError, UnavailableError, ValidationError } from '../lib/errors.js';
import { graphqlLogger, logLevelOf } from './errors.js';

describe("the API's error log", () => {
  it("logs a caller's mistake at info, a dependency down at warn, and a bug at error", () => {
    const badIsbn = ValidationError('ISBN 978-7-5063-0000-0 无效', { field: 'isbn' });
    expect(logLevelOf(badIsbn)).toBe('info');
    // As yoga hands it over: the resolver's error wrapped in a GraphQLError.
    expect(logLevelOf(createGraphQLError(badIsbn.message, { originalError: badIsbn }))).toBe('info');
    expect(logLevelOf(NotFoundError('Book', '9787020024759'))).toBe('info');
    expect(logLevelOf(UnavailableError('书店暂时无法连接'))).toBe('warn');
    expect(logLevelOf(new TypeError('x is undefined'))).toBe('error');

    const lines: [string, unknown][] = [];
    const record = (level: string) => (obj: unknown) => void lines.push([level, obj]);
    const log = graphqlLogger({ debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') });
    log.error(badIsbn);
    log.error(new RangeError('bug'));
    expect(lines.map(([level]) => level)).toEqual(['info', 'error']);
  });
});
