import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development (`npm run dev:web`) API calls go to the service on :3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/graphql': 'http://127.0.0.1:3000' } },
});
