/**
 * The dependency direction, one way (ARCHITECTURE.md draws it):
 *
 *   server (process: HTTP, CLI)  →  schema (GraphQL adapters)  →  services (use cases)
 *     →  graph (storage) | crawlers, topics, purchases (pipelines)  →  domain (pure rules)  →  lib (toolkit)
 *
 * A layer imports only layers below it. Tests, test fixtures (`testing/`) and benchmarks may import
 * anything, but nothing of the product imports them. The web app talks to the server over HTTP only.
 */
const LAYERS = {
  lib: [],
  domain: ['lib'],
  graph: ['domain', 'lib'],
  crawlers: ['domain', 'lib'],
  topics: ['domain', 'lib'],
  purchases: ['domain', 'lib'],
  services: ['graph', 'crawlers', 'topics', 'purchases', 'domain', 'lib'],
  schema: ['services', 'graph', 'domain', 'lib'],
  server: ['schema', 'services', 'graph', 'crawlers', 'topics', 'purchases', 'domain', 'lib'],
};
const ALL = [...Object.keys(LAYERS), 'web', 'tests', 'bench'];
const TEST_CODE = '(^tests/|^bench/|\\.test\\.ts$|/testing/)';

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => ({
  name: `${layer}-imports-only-below`,
  comment: `${layer}/ may import ${allowed.length ? allowed.join(', ') : 'no other layer'} (and itself)`,
  severity: 'error',
  from: { path: `^${layer}/`, pathNot: TEST_CODE },
  to: { path: `^(${ALL.filter((l) => l !== layer && !allowed.includes(l)).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'domain-is-pure',
      comment: 'domain/ holds types, vocabularies and rules: no I/O, no packages, no Node built-ins',
      severity: 'error',
      from: { path: '^domain/', pathNot: TEST_CODE },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'product-never-imports-tests',
      comment: 'tests/, bench/ and testing/ fixtures are for tests only',
      severity: 'error',
      from: { pathNot: TEST_CODE },
      to: { path: TEST_CODE },
    },
    {
      name: 'web-talks-graphql-only',
      comment: 'the web app reaches the server over HTTP; it imports none of its modules',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: `^(${ALL.filter((l) => l !== 'web').join('|')})/` },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^@graphql-typed-document-node/core$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.cache|\\.venv[^/]*|\\.data)/|\\.generated\\.|^web/src/gql/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tests/tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
