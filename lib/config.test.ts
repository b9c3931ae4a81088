import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('defaults to the local Neo4j under ./data/neo4j and port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.neo4j.mode).toBe('local');
    expect(config.neo4j.mode === 'local' && config.neo4j.home).toBe(path.join(config.projectRoot, 'data', 'neo4j'));
    expect(config.logLevel).toBe('info');
  });

  it('gives a literature import file its own, longer transaction timeout', () => {
    expect(loadConfig({}).importTxTimeoutMs).toBe(300_000);
    expect(loadConfig({ IMPORT_TX_TIMEOUT_MS: '60000' }).importTxTimeoutMs).toBe(60_000);
    expect(problemsOf({ IMPORT_TX_TIMEOUT_MS: 'soon' })[0]).toMatch(/^IMPORT_TX_TIMEOUT_MS="soon": /);
  });

  it('gives a start of the local Neo4j 120 s unless NEO4J_LOCAL_START_TIMEOUT_MS says otherwise', () => {
    const local = (env: Record<string, string>) => {
      const { neo4j } = loadConfig(env);
      return neo4j.mode === 'local' ? neo4j.startTimeoutMs : null;
    };
    expect(local({})).toBe(120_000);
    expect(local({ NEO4J_LOCAL_START_TIMEOUT_MS: '600000' })).toBe(600_000);
    expect(problemsOf({ NEO4J_LOCAL_START_TIMEOUT_MS: '0' })[0]).toMatch(/^NEO4J_LOCAL_START_TIMEOUT_MS="0": expected a positive number/);
  });

  it('sizes the Neo4j connection pool and its wait, for the local and a remote server alike', () => {
    expect(loadConfig({}).neo4j.pool).toEqual({ maxSize: 50, acquisitionTimeoutMs: 10_000 });
    expect(
      loadConfig({ NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'x', NEO4J_POOL_SIZE: '8', NEO4J_ACQUISITION_TIMEOUT_MS: '2000' }).neo4j
        .pool,
    ).toEqual({
      maxSize: 8,
      acquisitionTimeoutMs: 2_000,
    });
    expect(problemsOf({ NEO4J_POOL_SIZE: '0' })[0]).toMatch(/^NEO4J_POOL_SIZE="0": expected a positive number/);
  });

  it('moves the local Neo4j with DATA_DIR', () => {
    const config = loadConfig({ DATA_DIR: '/srv/hechuang' });
    expect(config.neo4j.mode === 'local' && config.neo4j.home).toBe('/srv/hechuang/neo4j');
  });

  it('uses the configured server and starts nothing local when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'hc', NEO4J_PASSWORD: 'pw' });
    expect(config.neo4j).toMatchObject({ mode: 'remote', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'hc', password: 'pw' });
  });

  it('names each invalid variable with its value and what was expected', () => {
    expect(problemsOf({ PORT: 'abc' })).toEqual(['PORT="abc": expected a TCP port number']);
    expect(problemsOf({ PORT: '70000' })[0]).toMatch(/^PORT="70000": expected a TCP port between 1 and 65535$/);
    expect(problemsOf({ LOG_LEVEL: 'loud' })[0]).toMatch(/^LOG_LEVEL="loud": .*"info"/);
    expect(problemsOf({ NEO4J_LOCAL_HEAP: 'lots' })).toEqual(['NEO4J_LOCAL_HEAP="lots": expected a size such as 512m or 2g']);
    expect(problemsOf({ NEO4J_URI: 'http://x' })[0]).toMatch(/^NEO4J_URI="http:\/\/x": expected a Neo4j URI/);
  });

  it('reports every problem at once, including missing companions', () => {
    const problems = problemsOf({ NEO4J_URI: 'neo4j://db:7687', PORT: '0' });
    expect(problems).toHaveLength(2);
    expect(problems).toContain('NEO4J_PASSWORD=unset: required when NEO4J_URI is set');
    expect(problemsOf({ NEO4J_PASSWORD: 'x' })).toEqual([
      'NEO4J_URI=unset: required when NEO4J_USER or NEO4J_PASSWORD is set (or unset them to use the local Neo4j)',
    ]);
  });
});
