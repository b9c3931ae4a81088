import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';
import { persistedDocumentImports } from './vite-plugin-documents.ts';

// In development (`npm run dev:web`) API calls go to the service on :3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [persistedDocumentImports(path.join(import.meta.dirname, 'src')), react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/graphql': 'http://127.0.0.1:3000' } },
});
