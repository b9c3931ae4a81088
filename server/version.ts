import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveProjectRoot } from '../lib/config.js';

export function readServiceVersion(projectRoot: string = resolveProjectRoot()): string {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
