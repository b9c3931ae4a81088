import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`…`)` call of the web app by an import of the document codegen
 * generated for it (`<Name>Document` in src/gql/graphql.ts, which holds only the hash). The
 * client preset's `graphql()` looks documents up in a map keyed by their full text, which
 * would put every query's text, the workbench's too, into the first bundle.
 */
export function persistedDocumentImports(srcDir: string): Plugin {
  const generated = path.join(srcDir, 'gql', 'graphql.ts');
  const call = /\bgraphql\(\s*`\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)[^`]*`\s*\)/g;
  return {
    name: 'hechuang-persisted-document-imports',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.(ts|tsx)$/.test(file) || !file.startsWith(srcDir) || file.startsWith(path.join(srcDir, 'gql'))) return null;
      const names = new Set<string>();
      const replaced = code.replace(call, (_match, name: string) => {
        names.add(name);
        return `__document_${name}`;
      });
      if (names.size === 0) return null;
      const from = JSON.stringify(generated);
      const imports = [...names].map((name) => `import { ${name}Document as __document_${name} } from ${from};`).join('\n');
      return { code: `${imports}\n${replaced}`, map: null };
    },
  };
}
