import type { CodegenConfig } from '@graphql-codegen/cli';
import { defineConfig } from '@eddeee888/gcg-typescript-resolver-files';

/**
 * Server: one module per folder under schema/ (schema.graphql, schema.mappers.ts,
 * resolvers/), typed by the server preset. Web: typed documents by the client preset.
 * The client preset also writes web/src/gql/persisted-documents.json: the only documents
 * the server runs when arbitrary documents are off (see server/persisted-documents.ts).
 * `npm run codegen` writes both; `npm run codegen:check` (part of `npm test`) fails when
 * the committed output is stale.
 */
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
    schema: defineConfig({
      importExtension: '.js',
      scalarsModule: false,
      typesPluginsConfig: {
        contextType: './context.js#RequestContext',
        enumsAsTypes: true,
        useTypeImports: true,
      },
    }),
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256', mode: 'replaceDocumentWithHash' } },
      config: { useTypeImports: true, enumsAsTypes: true },
    },
    // Tests: typed documents, written as typed(`query … { … }`) in tests/, sent as their text.
    'tests/gql/': {
      documents: ['tests/**/*.ts', '!tests/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'typed' },
      config: { useTypeImports: true, enumsAsTypes: true, documentMode: 'string', importExtension: '.js' },
    },
  },
  pluckConfig: { globalGqlIdentifierName: ['typed', 'graphql'], modules: [{ name: 'never-imported', identifier: 'typed' }] },
  hooks: {},
};

export default config;
