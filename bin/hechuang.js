#!/usr/bin/env node
// The `hechuang` command: runs the compiled CLI (npm run build writes dist/).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/server/cli/bin.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('hechuang: the service is not built; run `npm run build` (or `npm start`) first\n');
  process.exit(1);
}
await import(entry.href);
